// What the learned pairing decision reads of one promise and one review clause: features that carry across places
// (how much of the promise's rarer wording the clause repeats, figures of the same dimension, stage words, the
// clause's period, competition for the clause, the hand-written matcher's own view). No place names, no set strings.
import type { Verdict } from "~/domain/vocab";
import type { Candidate } from "~/domain/followup/candidate";
import type { Fact, Review } from "~/domain/followup/facts";
import { onlyTitle } from "~/domain/followup/evidence";
import { normaliseMetric } from "~/domain/followup/metric";
import { sharedName } from "~/domain/followup/names";
import type { PromiseReading } from "~/domain/followup/promise";
import { stageOf } from "~/domain/followup/stage";
import { convert, unitFit } from "~/domain/followup/units";
import { deliverableVerdict, numericVerdict } from "~/domain/followup/verdict";

export const PAIR_FEATURES = [
  "charRecall",
  "bigramRecall",
  "trigramRecall",
  "bigramPrecision",
  "commonRunShare",
  "commonRunLength",
  "metricRecall",
  "numericPromise",
  "clauseFigure",
  "sameDimension",
  "figureCloseness",
  "stageCompleted",
  "stageUnderWay",
  "stageOther",
  "periodYear",
  "periodYears",
  "periodOther",
  "titleOnly",
  "sharedName",
  "clauseShare",
  "recallGap",
  "ruleScore",
  "ruleChoseThis",
  "ruleChoseOther",
  "takenByOther",
  "clauseLength",
  "figureRejected",
  "growthMismatch",
  "oneOfSeveral",
] as const;

/** A review clause the model may pair with a promise, with what it reads and the verdict it would give. */
export interface PairCandidate {
  clauseIndex: number;
  fact: Fact;
  features: number[];
  verdict: Verdict;
  value: number | null;
  unit: string | null;
}

/** Most clauses compared per promise (those repeating most of its rarer wording). */
const MAX_CANDIDATES = 24;
const NOISE = /[\d.%％，、。；：“”"（）()\s《》·\-—]/g;

const strip = (text: string) => text.replace(NOISE, "");

function grams(text: string, n: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + n <= text.length; i++) out.add(text.slice(i, i + n));
  return out;
}

function longestCommonRun(a: string, b: string): number {
  if (!a || !b) return 0;
  let best = 0;
  let prev = new Uint16Array(b.length + 1);
  let row = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      row[j] = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? prev[j - 1]! + 1 : 0;
      if (row[j]! > best) best = row[j]!;
    }
    [prev, row] = [row, prev];
  }
  return best;
}

/** The review's clauses as the model reads them: their character pairs and triples, and how rare each is. */
export interface ReviewGrams {
  texts: string[];
  chars: Set<string>[];
  idf1: Map<string, number>;
  bigrams: Set<string>[];
  trigrams: Set<string>[];
  idf2: Map<string, number>;
  idf3: Map<string, number>;
  /** Character pair → clauses holding it. */
  index: Map<string, number[]>;
  /** The plain (deliverable) fact of each clause. */
  factOf: Map<number, Fact>;
  defaultIdf: number;
}

export function reviewGrams(review: Review): ReviewGrams {
  const texts = review.clauses.map((c) => strip(c.text));
  const chars = texts.map((t) => grams(t, 1));
  const bigrams = texts.map((t) => grams(t, 2));
  const trigrams = texts.map((t) => grams(t, 3));
  const n = texts.length;
  const df2 = new Map<string, number>();
  const df3 = new Map<string, number>();
  const df1 = new Map<string, number>();
  for (const set of chars) for (const g of set) df1.set(g, (df1.get(g) ?? 0) + 1);
  const index = new Map<string, number[]>();
  bigrams.forEach((set, i) => {
    for (const g of set) {
      df2.set(g, (df2.get(g) ?? 0) + 1);
      const ids = index.get(g);
      if (ids) ids.push(i);
      else index.set(g, [i]);
    }
  });
  for (const set of trigrams) for (const g of set) df3.set(g, (df3.get(g) ?? 0) + 1);
  const idf = (df: number) => Math.log((n + 1) / (df + 0.5));
  const factOf = new Map<number, Fact>();
  for (const f of review.facts)
    if (f.kind === "deliverable" && f.clauseIndex >= 0 && !factOf.has(f.clauseIndex)) factOf.set(f.clauseIndex, f);
  return {
    texts,
    chars,
    idf1: new Map([...df1].map(([g, d]) => [g, idf(d)])),
    bigrams,
    trigrams,
    idf2: new Map([...df2].map(([g, d]) => [g, idf(d)])),
    idf3: new Map([...df3].map(([g, d]) => [g, idf(d)])),
    index,
    factOf,
    defaultIdf: idf(0),
  };
}

function weighted(mine: Set<string>, theirs: Set<string>, idf: Map<string, number>, fallback: number) {
  let shared = 0;
  let total = 0;
  for (const g of mine) {
    const w = idf.get(g) ?? fallback;
    total += w;
    if (theirs.has(g)) shared += w;
  }
  return { shared, total };
}

/** The words of a promise the clause should repeat: its quote without figures, and its metric. */
function promiseText(r: PromiseReading): string {
  return strip(r.promise.quote);
}

function periodFeatures(fact: Fact, reviewYear: number | null): [number, number, number] {
  const p = fact.period;
  if (p.kind === "year" && (p.year === null || reviewYear === null || p.year === reviewYear)) return [1, 0, 0];
  if (p.kind === "years") return [0, 1, 0];
  return [0, 0, 1];
}

/** The figure of the clause that reads as the promise's quantity, closest to the target. */
function closestFigure(r: PromiseReading, review: Review, clauseIndex: number) {
  const { target, unit } = r.promise;
  if (!r.numeric || target === null) return null;
  let best: { value: number; unit: string | null; closeness: number } | null = null;
  for (const f of review.figuresByClause.get(clauseIndex) ?? []) {
    if (f.value === null || f.growth !== r.growth || unitFit(unit, f.unit) <= 0) continue;
    const value = convert(f.value, f.unit, unit);
    if (value === null || value <= 0 || target <= 0) continue;
    const closeness = Math.exp(-Math.abs(Math.log(value / target)));
    if (!best || closeness > best.closeness) best = { value, unit: f.unit, closeness };
  }
  return best;
}

/**
 * The verdict a clause the rules did not take would give: the rules' own verdict for it when they had one, else a
 * figure of the promise's quantity by the numeric rule, else the clause's stage against the promise's goal.
 */
function verdictOf(
  r: PromiseReading,
  clauseText: string,
  figure: ReturnType<typeof closestFigure>,
  rule: Candidate | undefined,
): { verdict: Verdict; value: number | null; unit: string | null } {
  if (rule) return { verdict: rule.verdict, value: rule.value, unit: rule.unit };
  if (figure && r.promise.target !== null) {
    const verdict = numericVerdict({
      target: r.promise.target,
      upper: r.upper,
      value: figure.value,
      comparator: r.promise.comparator,
      growth: r.growth,
      lowerIsBetter: r.lowerIsBetter,
    });
    return { verdict, value: figure.value, unit: r.promise.unit };
  }
  const stage = stageOf(clauseText);
  if (stage) return { verdict: deliverableVerdict(stage, r.goal), value: null, unit: null };
  return { verdict: r.numeric ? "achieved" : "in_progress", value: null, unit: null };
}

export interface RuleView {
  /** Every candidate the rules read for the promise (also those below the acceptance score). */
  candidates: readonly Candidate[];
  /** The clause the rules chose, or null. */
  chosenClause: number | null;
}

/**
 * For each promise, the clauses it may be paired with (those sharing its rarer wording, and any the rules read),
 * each with its features and verdict.
 */
export function pairCandidates(
  readings: readonly PromiseReading[],
  review: Review,
  rules: readonly RuleView[],
  ownNames: readonly string[],
): PairCandidate[][] {
  const g = reviewGrams(review);
  const takenBy = new Map<number, number>();
  rules.forEach((rule, p) => {
    if (rule.chosenClause !== null) takenBy.set(rule.chosenClause, p);
  });
  const raw = readings.map((r, p) => {
    const text = promiseText(r);
    const mine2 = grams(text, 2);
    const mine3 = grams(text, 3);
    const metric2 = grams(strip(normaliseMetric(r.promise.metric ?? "")), 2);
    const hits = new Map<number, number>();
    for (const gram of mine2) {
      const w = g.idf2.get(gram);
      if (w === undefined) continue;
      for (const c of g.index.get(gram)!) hits.set(c, (hits.get(c) ?? 0) + w);
    }
    const ruleByClause = new Map<number, Candidate>();
    for (const c of rules[p]!.candidates) {
      const at = c.fact.clauseIndex;
      if (at < 0) continue;
      const held = ruleByClause.get(at);
      if (!held || c.score > held.score) ruleByClause.set(at, c);
    }
    const ranked = [...hits]
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_CANDIDATES)
      .map(([c]) => c);
    const clauses = [...new Set([...ranked, ...ruleByClause.keys()])];
    return { r, p, text, mine2, mine3, metric2, clauses, ruleByClause };
  });
  // First pass: the wording each promise shares with each clause, for competition between promises.
  const recalls = raw.map(({ mine2, clauses }) =>
    clauses.map((c) => {
      const { shared, total } = weighted(mine2, g.bigrams[c]!, g.idf2, g.defaultIdf);
      return total > 0 ? shared / total : 0;
    }),
  );
  const bestOnClause = new Map<number, number>();
  raw.forEach(({ clauses }, p) =>
    clauses.forEach((c, i) => bestOnClause.set(c, Math.max(bestOnClause.get(c) ?? 0, recalls[p]![i]!))),
  );
  return raw.map(({ r, p, text, mine3, metric2, clauses, ruleByClause }) => {
    const own = recalls[p]!;
    const top = [...own].sort((a, b) => b - a);
    return clauses.flatMap((c, i): PairCandidate[] => {
      const fact = g.factOf.get(c);
      if (!fact) return [];
      const clauseText = review.clauses[c]!.text;
      const recall2 = own[i]!;
      const uni = weighted(grams(text, 1), g.chars[c]!, g.idf1, g.defaultIdf);
      const tri = weighted(mine3, g.trigrams[c]!, g.idf3, g.defaultIdf);
      const prec = weighted(g.bigrams[c]!, grams(text, 2), g.idf2, g.defaultIdf);
      const metric = weighted(metric2, g.bigrams[c]!, g.idf2, g.defaultIdf);
      const run = longestCommonRun(text, g.texts[c]!);
      const figures = review.figuresByClause.get(c) ?? [];
      const figure = closestFigure(r, review, c);
      const stage = stageOf(clauseText);
      const rule = ruleByClause.get(c);
      const names = r.numeric ? r.items : r.names;
      const other = top[0] === recall2 ? (top[1] ?? 0) : top[0]!;
      const taker = takenBy.get(c);
      const features = [
        uni.total > 0 ? uni.shared / uni.total : 0,
        recall2,
        tri.total > 0 ? tri.shared / tri.total : 0,
        prec.total > 0 ? prec.shared / prec.total : 0,
        text.length ? run / text.length : 0,
        Math.min(1, run / 8),
        metric.total > 0 ? metric.shared / metric.total : 0,
        r.numeric ? 1 : 0,
        figures.length ? 1 : 0,
        figure ? 1 : 0,
        figure?.closeness ?? 0,
        stage === "completed" ? 1 : 0,
        stage === "under_way" ? 1 : 0,
        stage === "preparing" || stage === "stalled" ? 1 : 0,
        ...periodFeatures(fact, review.year),
        onlyTitle(r.promise.quote, clauseText) ? 1 : 0,
        names && sharedName(names, clauseText, ownNames) ? 1 : 0,
        (bestOnClause.get(c) ?? 0) > 0 ? recall2 / bestOnClause.get(c)! : 0,
        recall2 - other,
        rule?.score ?? 0,
        rules[p]!.chosenClause === c ? 1 : 0,
        rules[p]!.chosenClause !== null && rules[p]!.chosenClause !== c ? 1 : 0,
        taker !== undefined && taker !== p ? 1 : 0,
        Math.min(1, clauseText.length / 60),
        // The rules read every figure of the promise's dimension; one they gave no candidate they had a reason to refuse.
        r.numeric && !rule && figures.some((f) => unitFit(r.promise.unit, f.unit) > 0) ? 1 : 0,
        r.numeric && figures.length && !figures.some((f) => f.growth === r.growth) ? 1 : 0,
        r.oneOfSeveral || r.lifetimeTotal ? 1 : 0,
      ];
      const { verdict, value, unit } = verdictOf(r, clauseText, figure, rule);
      return [{ clauseIndex: c, fact, features, verdict, value, unit }];
    });
  });
}
