// Every weight of the year-over-year matcher in one table: how much each piece of evidence counts toward a match.
// A candidate's score is the product of the factors that apply to it; `accept` is the least score that matches.

export const WEIGHTS = {
  /** A candidate scoring less is no match. */
  accept: 0.55,
  /** One year's progress toward a several-year target of a metric named in four characters or more. */
  progressAccept: 0.45,
  /** A promise whose best result went to another promise takes a weaker one only when it scores this much. */
  fallback: 0.75,

  figure: {
    /** Least similarity of the two metrics' wordings. */
    minSimilarity: 0.6,
    /** A looser reading of the names (`alignment.ts`) is enough when the figure is within this ratio of the target… */
    alignedRatio: 1.25,
    /** …and the names read at least this alike. */
    minAligned: 0.4,
    /** The analyser's metric for the review figure, a second reading. */
    analyserMetric: 0.95,
    /** A short promise metric completed by the figure before it (实施重点项目73个，年度计划投资130亿元). */
    subject: 0.9,
    /** The same value and unit in both (370万人次 promised, 370万人次 reported): evidence the metric is the same. */
    sameValue: 0.15,
    /** A single figure of one kind (瞪羚企业) of a promise listing several (专精特新、瞪羚企业): only a part of it. */
    part: 0.85,
    /** Several figures of one list summed (2 + 17 + 5 家), each of the promise's metric: their mean score × this. */
    sumBonus: 1.05,
    /** Growth rates further apart than this (points) are not the same metric; beyond `farGap` less likely. */
    maxGap: 12,
    /** A ratio to reach over several years (城镇化率达到60% by 2025) is compared even this far below it. */
    maxLevelGap: 25,
    farGap: 6,
    /** A growth of a metric worded the same (similarity `sameMetric`: the same words once normalised) is compared up to this far (points). */
    sameMetric: 0.95,
    maxSameMetricGap: 40,
    far: 0.8,
    /** Counts more than `maxRatio` times apart (or less than `minRatio`) are not the same; beyond 5× less likely. */
    maxRatio: 20,
    minRatio: 0.05,
    farRatio: 5,
    farRatioFactor: 0.75,
  },

  /**
   * A growth promised, a level reported (一般公共预算收入7.04亿元) and the year before's level in the earlier report's
   * review: the growth reckoned from the two counts less than one stated.
   */
  derived: {
    /** Least similarity of the promise's metric and each level's. */
    minSimilarity: 0.8,
    /** The score of a reckoned growth: its metric similarity × timing × this. */
    factor: 0.75,
    /** Reckoned growth beyond this (percent, either way) is two different measures, not one. */
    maxGrowth: 60,
  },

  /** 预计 (an estimate) counts a little less than a final figure. */
  estimated: 0.97,

  period: {
    /** A part-year figure (1—11月) for the year. */
    partial: 0.85,
    /** The reviewed year's figure for a promise due later: progress. */
    early: 0.8,
    /** A multi-year promise's own figure in its due year when the promise is a flow or a rate (one year of several). */
    multiYearDue: 0.9,
    /** A several-year sum or average for a several-year promise due in its last year. */
    yearsDue: 0.9,
    yearsEarly: 0.75,
    /** A cumulative level for a level promise. */
    stock: 0.9,
    stockEarly: 0.8,
    /** The review names no year and none can be inferred. */
    unknown: 0.85,
    /** Deliverables: news of a promise due later, a promise due earlier, news over several years. */
    deliverableEarly: 0.9,
    deliverableLate: 0.8,
    deliverableWide: 0.95,
  },

  name: {
    /** A shared name scores base + perChar × (its length + its uncommon characters), at most max. */
    declaredBase: 0.55,
    base: 0.45,
    perChar: 0.06,
    max: 0.95,
    /** Up to this share of the score depends on how much of the name the clause repeats. */
    wholeName: 0.15,
  },

  stage: {
    /** Where the stage word stands: after the name in its list, elsewhere in the clause, in the next clauses. */
    own: 1,
    clause: 0.95,
    next: 0.85,
  },

  words: {
    /** A numeric promise reported in words (任务如期完成, 未完成年度目标, 加快推进), no figure. */
    outcome: 0.8,
    /** A water quality standard reported met of the same kind of waters, in the review's own words (standard.ts). */
    standardMet: 0.75,
    /** Least similarity of a list item in the clause to the promise's metric for the words to be about it. */
    minSimilarity: 0.75,
    /** Least similarity for the promised act alone (提高…标准, no outcome word) to report on the promise. */
    actSimilarity: 0.85,
    /** A numeric promise that names its projects (张店二中、张店九中等3所学校), reported by their stage. */
    namedItems: 0.85,
  },

  /** Two candidates of one promise with different verdicts within this score of each other: contested. */
  contested: 0.05,
} as const;
