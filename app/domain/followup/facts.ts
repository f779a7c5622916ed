// What a review part states, clause by clause: numbers with their metric, and clauses that can report on a project.
import type { Result } from "~/domain/extraction/types";
import type { Kind } from "~/domain/vocab";
import { sentencesIn, type Clause, type Sentence } from "~/domain/followup/clauses";
import { canonicalMetric, normaliseMetric } from "~/domain/followup/metric";
import { numbersIn } from "~/domain/followup/numbers";
import {
  headingPeriod,
  openingPeriod,
  parseSpan,
  periodIn,
  reviewYearOf,
  type FactPeriod,
} from "~/domain/followup/period";

/** A result as the analyser gives it (the extraction contract), offsets into the same text. */
export interface ResultInput
  extends Pick<Result, "quote" | "kind" | "metric" | "value" | "unit" | "growth" | "period" | "estimated"> {
  start: number | null;
  end: number | null;
}

export interface SectionInput {
  heading: string;
  part: string;
  start: number;
  end: number;
}

export interface ReviewInput {
  text: string;
  sections: readonly SectionInput[];
  results: readonly ResultInput[];
  /** The report's review period ("2024", "2017-2021"). */
  reviewPeriod: string | null;
  /** The year the report was given (its review speaks of the year before when it names no period). */
  reportYear?: number | null;
}

export interface Fact {
  id: number;
  kind: Kind;
  quote: string; // the clause (or the analyser's quote when the text gave nothing)
  sentence: string;
  clauseIndex: number; // position in `clauses` (for looking at neighbours), -1 for analyser-only facts
  start: number;
  end: number;
  metric: string;
  /** The analyser's metric for the same figure, when it found it: a second reading. */
  altMetric: string | null;
  before: string;
  /** The words after the unit (11条背街巷道: 背街巷道). */
  after: string;
  value: number | null;
  unit: string | null;
  growth: boolean;
  estimated: boolean;
  /** The period its figure (or its news) is of. */
  period: FactPeriod;
  resultIndex: number | null;
}

export interface Review {
  facts: Fact[];
  /** The numeric facts of each clause, by clause index. */
  figuresByClause: Map<number, Fact[]>;
  /** Character pairs → ids of the facts whose words hold them (see factsNear). */
  pairIndex: Map<string, number[]>;
  clauses: Clause[];
  sentences: Sentence[];
  /** The last year the review speaks of (the year whose results it reports). */
  year: number | null;
}

/** A heading that opens a review of past work, whatever the outline made of it (一、2014年工作回顾). */
const REVIEW_HEADING = /工作回顾|回顾|过去(一|五)年(的)?工作|一年来(的)?工作|主要成就/;

/**
 * The review sections: those the outline marks as review; when it marks none (a salutation read as the top
 * heading), the sections whose heading reads as a review, with everything inside them.
 */
function reviewSections(input: ReviewInput): SectionInput[] {
  const marked = input.sections.filter((s) => s.part === "review" && s.end > s.start);
  if (marked.length) return marked;
  const heads = input.sections.filter((s) => REVIEW_HEADING.test(s.heading) && s.end > s.start);
  return input.sections.filter((s) => heads.some((h) => h.start <= s.start && s.end <= h.end));
}

/** Review sections merged into disjoint ranges. */
function ranges(sections: SectionInput[]): [number, number][] {
  const sorted = sections.map((s) => [s.start, s.end] as [number, number]).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/**
 * The period each review heading gives its sentences: its own, else its enclosing heading's, else the reviewed
 * year; and a lookup of the innermost heading around an offset.
 */
function headingPeriods(sections: SectionInput[], year: number | null) {
  const sorted = [...sections].sort((a, b) => a.start - b.start || b.end - a.end);
  const periods: FactPeriod[] = [];
  sorted.forEach((section, i) => {
    let parent: FactPeriod = { kind: "year", year };
    for (let j = i - 1; j >= 0; j--) {
      if (sorted[j]!.start <= section.start && section.end <= sorted[j]!.end) {
        parent = periods[j]!;
        break;
      }
    }
    periods.push(headingPeriod(section.heading, year) ?? parent);
  });
  return (offset: number): FactPeriod => {
    let inner = -1;
    for (let i = 0; i < sorted.length && sorted[i]!.start <= offset; i++) if (offset < sorted[i]!.end) inner = i;
    return inner >= 0 ? periods[inner]! : { kind: "year", year };
  };
}

function overlaps(a: { start: number; end: number }, start: number | null, end: number | null): boolean {
  return start !== null && end !== null && a.start < end && start < a.end;
}

/**
 * The period of a clause: its own words, else the last opening time phrase of its paragraph up to its sentence
 * (2015年是“十二五”收官之年。过去五年，… dates what follows by five years), else its heading's.
 */
function periodReader(sentences: Sentence[], sections: SectionInput[], year: number | null) {
  const headingPeriodAt = headingPeriods(sections, year);
  const context: (FactPeriod | null)[] = [];
  let carried: FactPeriod | null = null;
  sentences.forEach((sentence, i) => {
    const first = sentence.clauses[0]?.text ?? "";
    const opening = openingPeriod(first, year);
    const sameParagraph = i > 0 && sentences[i - 1]!.paragraph === sentence.paragraph;
    if (!sameParagraph) carried = null;
    context.push(opening ?? carried);
    // 2020年空气质量优良天数达到263天 inside a five-year paragraph dates its own sentence only; a time phrase set
    // apart (2020年，…) or opening the paragraph dates what follows too.
    if (opening && (!sameParagraph || !ATTRIBUTIVE_YEAR.test(first))) carried = opening;
  });
  /** `upTo`: only the clause's words before that position count (新增70个、累计达到87个: 累计 dates the 87 only). */
  return (clause: Clause, upTo = clause.text.length): FactPeriod => {
    const own = periodIn(clause.text.slice(0, upTo), year);
    if (own) return own;
    const sentence = sentences[clause.sentence]!;
    const around =
      timeClauseBefore(sentence, clause, year) ?? context[clause.sentence] ?? headingPeriodAt(clause.start);
    // 同比增长 compares with the year before: in a five-year part it is the last year's figure.
    return around.kind === "years" && around.to !== null && sentence.text.includes("同比")
      ? { kind: "year", year: around.to }
      : around;
  };
}

/** A clause that is only a time phrase (…壮大，2011年，全县蔬菜面积…) dates the clauses after it in its sentence. */
function timeClauseBefore(sentence: Sentence, clause: Clause, year: number | null): FactPeriod | null {
  let found: FactPeriod | null = null;
  for (const other of sentence.clauses) {
    if (other.start >= clause.start) break;
    if (other !== sentence.clauses[0] && TIME_CLAUSE.test(other.text)) found = periodIn(other.text, year);
  }
  return found;
}

const TIME_CLAUSE = /^\s*(?:(?:19|20)\d{2}年(?:全年)?|过去一年|这一年|去年|全年)\s*$/;

/** A year that qualifies its sentence's subject (2020年空气质量…), not a time phrase set apart by a comma. */
const ATTRIBUTIVE_YEAR = /^(?:19|20)\d{2}年(?![，,、：:是])/;

/** A start level (由每人每年120元, 从2.8%) before the change that ends elsewhere (提高到200元, 降到1.5%). */
const FROM_BEFORE = /(由|从)[^，；。\d]{0,6}$/;
const CHANGE_TO = /^(提高|增加|提升|上升|上调|增长|降低|下降|下调|减少|缩短|扩大|回落|压减)?(到|至)/;

/** How a rate is reckoned (可比增长, 同口径增长, 按可比价格计算增长): no metric of its own. */
const RATE_BASIS = /按?(可比(价格|口径)?|同口径)(计算)?/g;

/** A figure and its unit, then only a list mark: the next figure is a second measure of the same thing (322户、677人). */
const SECOND_MEASURE = /\d[^\d，；。、]{1,3}[、]?$/;

/** A rate of change named as a noun, then what it did (涨幅回落到, 增速保持在, 降幅为). */
const RATE_NOUN = /(涨幅|增幅|增速|降幅)[^，；。\d%]{0,5}$/;

/** Stage words that name no thing of their own (新开工建设, 建成, 竣工投用). */
const STAGE_ONLY = /^新?(开工|建成|建设|改造|投用|投产|投入使用|开放|运营|启动)+$/;
const STAGE_TAIL = /(基本|全部|全面|顺利|已)?(开工|建成|建设|改造|投用|投产|投入使用|开放|运营|启动)+$/;

/** The thing a stage-only metric counts, taken from the metric before it in its sentence (with its own stage). */
export function thingOf(previous: string, metric: string): string | null {
  if (!STAGE_ONLY.test(normaliseMetric(metric))) return null;
  const thing = normaliseMetric(previous).replace(STAGE_TAIL, "");
  return thing.length >= 2 ? thing + metric : null;
}

/**
 * 存栏规模达到17万头, 水质保持Ⅱ类 in a five-year paragraph: a level reached or kept is the level at the period's end, and
 * so is a stock named by its noun (奶牛存栏3.7万头, 林果面积6万亩, 贷款余额); a flow over the years (新建, 完成, 新增,
 * 累计…) is not.
 */
const REACHED = /(达到|达)$|保持|稳定在|控制在|(存栏|存栏量|面积|余额|保有量|拥有量)(达到|达|为)?$/;
const FLOW =
  /新增|新建|建成|完成|实施|改造|累计|共|引进|培育|带动|帮助|解决|投入|争取|招|办|开工|搬迁|脱贫|减少|增加|提高|下降|增长/;
/**
 * The clauses from the one that names the metric to the one with its figure, as the review says them: the result
 * quoted is a piece of the text (总值100亿元，首次突破百亿，增长7% — not its first and last clauses alone).
 */
function spanOf(clauses: readonly Clause[], from: number, to: number): string {
  return clauses
    .slice(from, to + 1)
    .map((c) => c.text)
    .join("，");
}

function reachedLevel(before: string): boolean {
  return REACHED.test(before) && !FLOW.test(before);
}

/** The end of a change over several years (由240元提高到450元) is the level at their end. */
function factPeriod(level: boolean, period: FactPeriod): FactPeriod {
  return level && period.kind === "years" ? { kind: "stock", year: period.to } : period;
}

/** The period an analyser's result gives ("2024", "2017-2021"). */
function resultPeriod(result: ResultInput, quote: string, year: number | null): FactPeriod {
  const own = periodIn(quote, year);
  if (own) return own;
  const span = parseSpan(result.period);
  if (!span) return { kind: "year", year };
  return span.from === span.to ? { kind: "year", year: span.to } : { kind: "years", from: span.from, to: span.to };
}

/** The sentences of a report's review part (for finding what the matcher missed). */
export function reviewSentences(input: ReviewInput): Sentence[] {
  return sentencesIn(input.text, ranges(reviewSections(input)));
}

/**
 * The figures a 分别 list of `count` figures takes its metrics from, in order: the first 分别 list's (分别达到24302元和
 * 9194元，分别增长8.8%和10%), or one level in each of the clauses just before it (城镇居民人均可支配收入达21560元，
 * 农村居民人均纯收入达9173元，同比分别增长12.1%、17.2%).
 */
function respectiveMetrics(before: readonly Fact[], lastClause: number, count: number): Fact[] {
  const list = before.filter((f) => f.clauseIndex === lastClause);
  if (list.length >= 2 || count < 2) return list;
  const last = before.slice(-count);
  const oneEach = new Set(last.map((f) => f.clauseIndex)).size === count;
  return last.length === count && oneEach && last.every((f) => !f.growth) ? last : list;
}

export function readReview(input: ReviewInput): Review {
  const sections = reviewSections(input);
  const year = reviewYearOf(
    input.reviewPeriod,
    input.reportYear,
    sections.map((s) => s.heading),
  );
  const sentences = sentencesIn(input.text, ranges(sections));
  const clauses = sentences.flatMap((s) => s.clauses);
  const periodOf = periodReader(sentences, sections, year);
  const facts: Fact[] = [];
  let lastFigure: Fact | undefined;
  const push = (fact: Omit<Fact, "id">) => {
    const full = { ...fact, id: facts.length };
    facts.push(full);
    if (full.kind === "numeric") lastFigure = full;
  };

  clauses.forEach((clause, clauseIndex) => {
    const sentence = sentences[clause.sentence]!;
    const base = {
      sentence: sentence.text,
      clauseIndex,
      estimated: /预计/.test(sentence.text),
      period: periodOf(clause),
      resultIndex: null,
      altMetric: null,
      end: clause.end,
    };
    const plain = { ...base, quote: clause.text, start: clause.start };
    push({ ...plain, kind: "deliverable", metric: "", before: "", after: "", value: null, unit: null, growth: false });
    let from: string | null = null;
    // 分别达到24302元和9194元，分别增长8.8%和10%: the figures of a second 分别 list take the metrics of the first, in order.
    const mentions = numbersIn(clause.text);
    const listed =
      lastFigure?.sentence === sentence.text && /分别/.test(clause.text)
        ? respectiveMetrics(
            facts.filter((f) => f.kind === "numeric" && f.sentence === sentence.text),
            lastFigure.clauseIndex,
            mentions.length,
          )
        : [];
    let ordinal = 0;
    for (const mention of mentions) {
      // 补助标准由每人每年120元提高到200元: the level it started from is no result; the end takes its metric.
      if (FROM_BEFORE.test(mention.before) && CHANGE_TO.test(mention.after)) {
        from = mention.metric.replace(FROM_BEFORE, "");
        continue;
      }
      if (from !== null && normaliseMetric(mention.metric).length < 2) {
        mention.metric = from;
        from = null;
      }
      // "一般公共预算收入完成28.6亿元，增长4.2%": the rate belongs to the metric of the clause before.
      const previous = listed.length >= 2 && ordinal < listed.length ? listed[ordinal] : lastFigure;
      ordinal++;
      const sameSentence = previous?.sentence === sentence.text;
      // 剩余贫困人口322户、677人脱贫出列: a figure right after another of its clause in another unit measures the same.
      const twoMeasures =
        previous?.clauseIndex === clauseIndex &&
        previous.unit !== mention.unit &&
        SECOND_MEASURE.test(clause.text.slice(0, mention.index)) &&
        !/分别/.test(clause.text) &&
        !mention.growth;
      const inherit =
        (normaliseMetric(mention.metric.replace(RATE_BASIS, "")).length < 2 || twoMeasures) && sameSentence;
      // "保障性住房基本建成432万套，新开工建设1043万套": a stage alone counts the thing the figure before named.
      const thing = !inherit && sameSentence ? thingOf(previous!.metric, mention.metric) : null;
      const where =
        inherit && previous.clauseIndex !== clauseIndex
          ? { ...base, quote: spanOf(clauses, previous.clauseIndex, clauseIndex), start: previous.start }
          : plain;
      const { value, unit, before, after } = mention;
      // 居民消费价格上涨2.1%: a rise in prices is a rate of change too; so is what a rate noun comes to (涨幅回落到2.6%).
      const growth = mention.growth || (unit === "%" && (/(上涨|涨)$/.test(before) || RATE_NOUN.test(before)));
      push({
        ...where,
        kind: "numeric",
        metric: inherit ? previous.metric : (thing ?? mention.metric),
        before,
        after,
        value,
        unit,
        growth,
        period: factPeriod(
          mention.level || reachedLevel(before),
          inherit
            ? (periodIn(clause.text.slice(0, mention.index + mention.length), year) ?? previous.period)
            : periodOf(clause, mention.index + mention.length),
        ),
      });
    }
  });

  // Link the analyser's results; keep the ones the text scan did not find as facts of their own.
  input.results.forEach((result, resultIndex) => {
    const numeric = result.kind === "numeric" && result.value !== null;
    const twin = facts.find(
      (f) =>
        f.resultIndex === null &&
        overlaps(f, result.start, result.end) &&
        (numeric ? f.kind === "numeric" && f.value === result.value : f.kind === "deliverable"),
    );
    if (twin) {
      twin.resultIndex = resultIndex;
      if (numeric) twin.altMetric = result.metric;
      return;
    }
    if (!numeric && result.kind === "numeric") return;
    const quote = result.quote.replace(/\s+/g, "");
    // The period of the clause it stands in (五年来… paragraphs), else the one the analyser gives.
    const host = clauses.find((c) => overlaps(c, result.start, result.end));
    push({
      kind: result.kind,
      quote,
      sentence: quote,
      clauseIndex: -1,
      start: result.start ?? -1,
      end: result.end ?? -1,
      metric: result.metric,
      altMetric: null,
      before: result.metric,
      after: "",
      value: result.value,
      unit: result.unit,
      growth: result.growth,
      estimated: result.estimated,
      period: host ? (periodIn(quote, year) ?? periodOf(host)) : resultPeriod(result, quote, year),
      resultIndex,
    });
  });
  const figuresByClause = new Map<number, Fact[]>();
  for (const fact of facts)
    if (fact.kind === "numeric")
      figuresByClause.set(fact.clauseIndex, [...(figuresByClause.get(fact.clauseIndex) ?? []), fact]);
  return { facts, figuresByClause, pairIndex: indexPairs(facts), clauses, sentences, year };
}

/** The words a fact can be found by: a figure's metric and the words after it; a clause's text, also canonical. */
function wordsOf(fact: Fact): string[] {
  if (fact.kind === "numeric")
    return [fact.metric, fact.after, fact.altMetric ?? "", fact.metric + fact.after].map(normaliseMetric);
  const canonical = canonicalMetric(fact.quote);
  return canonical === fact.quote ? [fact.quote] : [fact.quote, canonical];
}

function indexPairs(facts: Fact[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (const fact of facts) {
    for (const words of wordsOf(fact)) {
      for (let i = 0; i + 2 <= words.length; i++) {
        const pair = words.slice(i, i + 2);
        const ids = index.get(pair);
        if (!ids) index.set(pair, [fact.id]);
        else if (ids[ids.length - 1] !== fact.id) ids.push(fact.id);
      }
    }
  }
  return index;
}

/**
 * The facts of one kind sharing at least `minShared` character pairs with `texts` (taken as written and in their
 * normal metric form), in review order: nothing else can be similar enough to match, so nothing else is compared.
 */
export function factsNear(review: Review, kind: Kind, texts: readonly string[], minShared = 1): Fact[] {
  const shared = new Uint8Array(review.facts.length);
  const ids: number[] = [];
  const pairs = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const form of [text.replace(/\s+/g, ""), normaliseMetric(text)])
      for (let i = 0; i + 2 <= form.length; i++) pairs.add(form.slice(i, i + 2));
  }
  for (const pair of pairs) {
    for (const id of review.pairIndex.get(pair) ?? []) {
      if (shared[id] === 255) continue;
      shared[id]++;
      if (shared[id] === minShared && review.facts[id]!.kind === kind) ids.push(id);
    }
  }
  return ids.sort((a, b) => a - b).map((id) => review.facts[id]!);
}
