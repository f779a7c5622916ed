import { describe, expect, it } from "vitest";
import { deliverable, numeric, reviewOf } from "~/domain/followup/fixture.test-helpers";
import { NONE_FEATURES, rankPairs, type PairModel } from "~/domain/followup/learned";
import { applyPairModel, matchFollowUps, matchParts } from "~/domain/followup/match";
import { PAIR_FEATURES, type PairCandidate } from "~/domain/followup/pairing";

// An invented county review: a paraphrased project count, a renamed road programme, a distractor of another period.
const TEXT = [
  "一、2023年工作回顾",
  "过去一年，我们招引亿元以上产业项目33个，新签约落地项目总投资86亿元。",
  "改建乡村公路37公里，新建桥梁4座。",
  "五年来，累计改造老旧街巷120条。",
  "滨河湿地公园一期工程主体完工。",
  "二、2024年主要目标",
  "继续做好各项工作。",
].join("\n");
const REVIEW = reviewOf(TEXT, "一、2023年工作回顾", "二、2024年主要目标", "2023");
const PROMISES = [
  numeric("引进亿元以上项目20个以上", "引进亿元以上项目", 20, "个", ">="),
  numeric("建设农村公路25公里", "农村公路", 25, "公里", null),
  deliverable("启动滨河湿地公园建设"),
  deliverable("建成城市应急指挥中心"),
];

const feature = (c: PairCandidate, name: (typeof PAIR_FEATURES)[number]) => c.features[PAIR_FEATURES.indexOf(name)]!;

/** A model that weighs nothing but the given clause features (and "none" by its bias). */
function modelOf(weights: Partial<Record<(typeof PAIR_FEATURES)[number], number>>, noneBias: number): PairModel {
  return {
    features: [...PAIR_FEATURES],
    mean: PAIR_FEATURES.map(() => 0),
    scale: PAIR_FEATURES.map(() => 1),
    weights: PAIR_FEATURES.map((f) => weights[f] ?? 0),
    noneBias,
    noneWeights: NONE_FEATURES.map(() => 0),
    threshold: 0.5,
    veto: 0,
  };
}

describe("candidate clauses of a promise (learned pairing)", () => {
  const { matches, pairs } = matchParts(PROMISES, REVIEW);

  it("reads one row of every feature for each candidate clause", () => {
    expect(pairs).toHaveLength(PROMISES.length);
    for (const c of pairs.flat()) {
      expect(c.features).toHaveLength(PAIR_FEATURES.length);
      for (const x of c.features) expect(Number.isFinite(x)).toBe(true);
    }
  });

  it("finds the paraphrased clause by its rarer wording, with the figure of the promise's dimension", () => {
    const projects = pairs[0]!.find((c) => c.fact.quote.includes("招引亿元以上产业项目33个"))!;
    expect(projects).toBeDefined();
    expect(feature(projects, "sameDimension")).toBe(1);
    expect(feature(projects, "figureCloseness")).toBeCloseTo(20 / 33, 2);
    expect(feature(projects, "periodYear")).toBe(1);
    // A clause of another period and another thing repeats less of it.
    const streets = pairs[0]!.find((c) => c.fact.quote.includes("老旧街巷"));
    if (streets) expect(feature(streets, "bigramRecall")).toBeLessThan(feature(projects, "bigramRecall"));
  });

  it("gives the verdict by the numeric rule on the chosen clause's figure, and by stage words for deliverables", () => {
    const road = pairs[1]!.find((c) => c.fact.quote.includes("改建乡村公路37公里"))!;
    expect(road.verdict).toBe("achieved");
    expect(road.value).toBe(37);
    // To start it was the promise: works well under way keep it.
    const park = pairs[2]!.find((c) => c.fact.quote.includes("主体完工"))!;
    expect(park.verdict).toBe("achieved");
    expect(feature(park, "stageUnderWay") + feature(park, "stageCompleted")).toBe(1);
  });

  it("reads a five-year clause as such", () => {
    const streets = pairs.flat().find((c) => c.fact.quote.includes("老旧街巷"));
    if (streets) expect(feature(streets, "periodYears")).toBe(1);
  });

  it("keeps the rules' matches untouched when no model is given", () => {
    expect(matchFollowUps(PROMISES, REVIEW)).toEqual(matches);
  });
});

describe("the learned decision", () => {
  const { matches, pairs } = matchParts(PROMISES, REVIEW);

  it("gives each clause its share against the others and against none", () => {
    const ranked = rankPairs(modelOf({ bigramRecall: 4 }, 0), pairs[0]!, matches[0]!.evidence);
    const total = ranked.reduce((s, c) => s + c.probability, 0);
    expect(total).toBeLessThan(1);
    expect(ranked[0]!.probability).toBeGreaterThanOrEqual(ranked.at(-1)!.probability);
  });

  it("reports the likeliest clause with the model's probability as confidence where the rules found nothing", () => {
    const eager = modelOf({ bigramRecall: 8, charRecall: 4 }, -6);
    const i = matches.findIndex((m) => m.result === null && pairs[matches.indexOf(m)]!.length > 0);
    expect(i).toBeGreaterThanOrEqual(0);
    const learned = applyPairModel(matches[i]!, pairs[i]!, eager);
    expect(learned.result).not.toBeNull();
    expect(learned.evidence.route).toBe("learned");
    expect(learned.confidence).toBeGreaterThanOrEqual(eager.threshold);
    expect(learned.confidence).toBeLessThanOrEqual(1);
  });

  it("says not mentioned when none is likelier than any clause", () => {
    const shy = modelOf({}, 10);
    for (const [i, m] of matches.entries()) if (!m.result) expect(applyPairModel(m, pairs[i]!, shy)).toEqual(m);
  });

  it("drops a clause the rules took when the model finds it unlikely, and keeps it otherwise", () => {
    const i = matches.findIndex((m) => m.result !== null);
    expect(i).toBeGreaterThanOrEqual(0);
    const doubting = { ...modelOf({}, 10), veto: 0.5 };
    const dropped = applyPairModel(matches[i]!, pairs[i]!, doubting);
    expect(dropped.result).toBeNull();
    expect(dropped.verdict).toBe("not_mentioned");
    expect(applyPairModel(matches[i]!, pairs[i]!, { ...doubting, veto: 0 })).toEqual(matches[i]);
  });
});
