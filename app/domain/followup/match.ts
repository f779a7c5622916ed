// Matches earlier promises to what a later review reports, one result per promise, each with a verdict and a confidence.
import type { Comparator, Kind, Verdict } from "~/domain/vocab";
import { readReview, type Fact, type Review, type ReviewInput } from "~/domain/followup/facts";
import { direction, metricSimilarity, normaliseMetric } from "~/domain/followup/metric";
import { nameScore, namesOf, sharedName, type NameHit } from "~/domain/followup/names";
import { numbersIn } from "~/domain/followup/numbers";
import { goalOf, isMilestone, isPreparation, stageOf, type Stage } from "~/domain/followup/stage";
import { deliverableTiming, measureOf, numericTiming, type PromiseTiming, type Timing } from "~/domain/followup/timing";
import { convert, isPercent, unitFit } from "~/domain/followup/units";
import { deliverableVerdict, lowerIsBetter, numericVerdict } from "~/domain/followup/verdict";

export interface PromiseInput {
  quote: string;
  kind: Kind;
  metric: string;
  target: number | null;
  unit: string | null;
  comparator: Comparator | null;
  growth: boolean;
  deadline: number | null;
  entities: readonly string[];
  /** Plan year of the report that made the promise (for multi-year targets and open deadlines). */
  year?: number | null;
  /** The words before the quote in its sentence ("实施重点项目73个，" before "年度计划投资130亿元"). */
  lead?: string;
}

export interface MatchedResult {
  quote: string;
  sentence: string;
  value: number | null;
  unit: string | null;
  start: number;
  end: number;
  resultIndex: number | null;
}

export interface FollowUpMatch {
  commitmentIndex: number;
  result: MatchedResult | null;
  verdict: Verdict;
  confidence: number;
}

export interface MatchOptions {
  /** The jurisdiction's own names (张店区, 张店): never enough to identify a project. */
  ownNames?: readonly string[];
}

interface Candidate {
  promise: number;
  fact: Fact;
  score: number;
  anchor: string;
  verdict: Verdict;
}

const THRESHOLD = 0.55;
const SIZE_OF_PROJECTS = /^(年度)?(总投资|投资总额|计划投资)$/;
/** A promise whose best result went to another promise takes a weaker one only when it is this good. */
const FALLBACK_THRESHOLD = 0.75;

function timingOf(p: PromiseInput): PromiseTiming {
  return { year: p.year ?? null, deadline: p.deadline, measure: measureOf(p.quote, p.growth) };
}

/** The words before the target in the promise's own quote (for rewordings the analyser's metric lacks). */
function promiseContext(p: PromiseInput): string {
  const mentions = numbersIn(p.quote.replace(/\s+/g, ""));
  return (mentions.find((m) => m.value === p.target) ?? mentions[0])?.before ?? "";
}

/** "实施重点项目73个，年度计划投资130亿元": a short metric takes its subject from the figure before it. */
function withSubject(p: PromiseInput): string | null {
  const subject = p.lead ? numbersIn(p.lead.replace(/\s+/g, "")).at(-1)?.metric : undefined;
  return subject && normaliseMetric(p.metric).length <= 6 ? subject + p.metric : null;
}

interface Wording {
  context: string;
  subjectMetric: string | null;
}

function numericCandidate(
  p: PromiseInput,
  { context, subjectMetric }: Wording,
  fact: Fact,
  review: Review,
): Omit<Candidate, "anchor"> | null {
  if (fact.kind !== "numeric" || fact.value === null || p.target === null) return null;
  const fit = unitFit(p.unit, fact.unit);
  if (fit === 0) return null;
  if ((isPercent(p.unit) || isPercent(fact.unit)) && p.growth !== fact.growth) return null;
  const sim = Math.max(
    metricSimilarity(p.metric, fact.metric),
    context ? metricSimilarity(context, fact.metric) : 0,
    subjectMetric ? 0.9 * metricSimilarity(subjectMetric, fact.metric) : 0,
    fact.altMetric ? 0.95 * metricSimilarity(p.metric, fact.altMetric) : 0,
  );
  if (sim < 0.6) return null;
  // 总投资 sizes a list of projects: only the same projects, named again, make it the same figure.
  if (SIZE_OF_PROJECTS.test(normaliseMetric(p.metric)) && !sharedName(namesOf(p.quote, p.entities), fact.sentence))
    return null;
  // 增长6% promised, 下降3.2% reported: a rate of -3.2 %. Counts that went the other way are another metric.
  const want = direction(context || p.metric);
  const got = direction(fact.before);
  const opposite = want !== null && got !== null && want !== got;
  if (opposite && !(p.growth && fact.growth)) return null;
  const converted = convert(fact.value, fact.unit, p.unit);
  if (converted === null) return null;
  const value = opposite ? -converted : converted;
  let plausible = 1;
  if (p.growth || isPercent(p.unit)) {
    const gap = Math.abs(value - p.target);
    if (gap > 12) return null;
    if (gap > 6) plausible = 0.8;
  } else if (p.target > 0) {
    const ratio = value / p.target;
    if (ratio > 20 || ratio < 0.05) return null;
    if (ratio > 5 || ratio < 0.2) plausible = 0.75;
  }
  const timing = timingOf(p);
  const period = numericTiming(timing, fact.period, review.year);
  if (period.factor === 0) return null;
  const reached = numericVerdict({
    target: p.target,
    value,
    comparator: p.comparator,
    growth: p.growth,
    lowerIsBetter: lowerIsBetter(`${p.metric}${context}`),
  });
  // Before the deadline one year's figure is progress; only a level already reached is the promise kept.
  const verdict =
    period.when === "due" ? reached : timing.measure === "level" && reached === "achieved" ? reached : "in_progress";
  const score = sim * fit * period.factor * plausible * (fact.estimated ? 0.97 : 1);
  return { promise: -1, fact, score, verdict };
}

/** Not yet due: done is done, anything else is progress. Due earlier: a later status is at most progress. */
function timedDeliverableVerdict(verdict: Verdict, when: Timing["when"]): Verdict {
  if (when === "early") return verdict === "achieved" ? verdict : "in_progress";
  if (when === "late") return verdict === "achieved" ? "in_progress" : verdict;
  return verdict;
}

/** The stage stated for the named thing: after it in its list, else anywhere in the clause, else in the next clauses. */
function stageFor(hit: NameHit, fact: Fact, review: Review, goal: string): { stage: Stage; factor: number } | null {
  // 主体完工 promised and 主体完工 reported: the milestone promised is the one reached.
  if (isMilestone(goal) && isMilestone(fact.quote.slice(hit.at))) return { stage: "completed", factor: 1 };
  let after = "";
  for (const piece of fact.quote.slice(hit.at).split("、")) {
    after += piece;
    const stage = stageOf(after);
    if (stage) return { stage, factor: 1 };
  }
  const inClause = stageOf(fact.quote);
  if (inClause) return { stage: inClause, factor: 0.95 };
  const clause = review.clauses[fact.clauseIndex];
  for (let i = 1; clause && i <= 2; i++) {
    const next = review.clauses[fact.clauseIndex + i];
    if (!next || next.sentence !== clause.sentence) break;
    const stage = stageOf(next.text);
    if (stage) return { stage, factor: 0.85 };
  }
  return null;
}

function deliverableCandidates(p: PromiseInput, review: Review, ownNames: readonly string[]): Candidate[] {
  const names = namesOf(p.quote, p.entities);
  if (!names.names.length) return [];
  const goal = goalOf(p.quote);
  const timing = timingOf(p);
  const out: Candidate[] = [];
  for (const fact of review.facts) {
    if (fact.kind !== "deliverable") continue;
    const hit = sharedName(names, fact.quote, ownNames);
    if (!hit) continue;
    const stage = stageFor(hit, fact, review, p.quote);
    if (!stage) continue;
    const period = deliverableTiming(timing, fact.period, review.year);
    if (period.factor === 0) continue;
    const stageVerdict = deliverableVerdict(
      // A promise that is itself a preparation step (签约, 立项) is kept when that step is reported.
      stage.stage === "preparing" && isPreparation(p.quote) ? "completed" : stage.stage,
      goal,
    );
    out.push({
      promise: -1,
      fact,
      score: nameScore(hit, names) * stage.factor * period.factor * (fact.estimated ? 0.97 : 1),
      anchor: `${fact.clauseIndex}:${hit.overlap}`,
      verdict: timedDeliverableVerdict(stageVerdict, period.when),
    });
  }
  return out;
}

/** Promises that state the same thing twice (main targets and again in a section) may share one result. */
function sameness(p: PromiseInput): string {
  if (p.kind === "numeric" && p.target !== null)
    return `n:${normaliseMetric(p.metric)}:${p.target}:${p.unit}:${p.growth}:${p.comparator}`;
  return `d:${namesOf(p.quote, p.entities).names.join("|")}`;
}

function candidatesFor(p: PromiseInput, index: number, review: Review, options: MatchOptions): Candidate[] {
  const list: Candidate[] = [];
  if (p.kind === "numeric" && p.target !== null) {
    const words = { context: promiseContext(p), subjectMetric: withSubject(p) };
    for (const fact of review.facts) {
      const c = numericCandidate(p, words, fact, review);
      if (c) list.push({ ...c, promise: index, anchor: `n:${fact.id}` });
    }
  } else {
    for (const c of deliverableCandidates(p, review, options.ownNames ?? [])) list.push({ ...c, promise: index });
  }
  return list;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function matchReview(promises: readonly PromiseInput[], review: Review, options: MatchOptions = {}) {
  const all = promises.flatMap((p, i) => candidatesFor(p, i, review, options));
  const byPromise = new Map<number, Candidate[]>();
  for (const c of all) byPromise.set(c.promise, [...(byPromise.get(c.promise) ?? []), c]);
  const keys = promises.map(sameness);
  const ranked = all.filter((c) => c.score >= THRESHOLD).sort((a, b) => b.score - a.score || a.promise - b.promise);
  const taken = new Map<string, string>(); // anchor → sameness key of the promise holding it
  const chosen = new Map<number, Candidate>();
  const blocked = new Set<number>();
  for (const c of ranked) {
    if (chosen.has(c.promise)) continue;
    const holder = taken.get(c.anchor);
    if (holder !== undefined && holder !== keys[c.promise]) {
      blocked.add(c.promise);
      continue;
    }
    if (blocked.has(c.promise) && c.score < FALLBACK_THRESHOLD) continue;
    chosen.set(c.promise, c);
    taken.set(c.anchor, keys[c.promise]!);
  }

  return promises.map((p, index): FollowUpMatch => {
    const c = chosen.get(index);
    const others = (byPromise.get(index) ?? []).filter((o) => o !== c);
    const rival = Math.max(0, ...others.map((o) => o.score));
    if (!c) {
      const generic = p.kind === "deliverable" && namesOf(p.quote, p.entities).names.length === 0;
      const confidence = Math.min(generic ? 0.6 : 0.8, 0.8 - 0.5 * rival);
      return { commitmentIndex: index, result: null, verdict: "not_mentioned", confidence: round2(confidence) };
    }
    const contested = others.some((o) => o.verdict !== c.verdict && o.score >= c.score - 0.05);
    const confidence = (0.15 + 0.83 * c.score) * (contested ? 0.85 : 1);
    return {
      commitmentIndex: index,
      result: {
        quote: c.fact.quote,
        sentence: c.fact.sentence,
        value: c.fact.kind === "numeric" ? c.fact.value : null,
        unit: c.fact.kind === "numeric" ? c.fact.unit : null,
        start: c.fact.start,
        end: c.fact.end,
        resultIndex: c.fact.resultIndex,
      },
      verdict: c.verdict,
      confidence: round2(Math.min(0.98, confidence)),
    };
  });
}

/** Every candidate result of one promise with its score and verdict, best first (for explaining a proposal). */
export function explainPromise(promise: PromiseInput, review: ReviewInput, options: MatchOptions = {}) {
  return candidatesFor(promise, 0, readReview(review), options)
    .sort((a, b) => b.score - a.score)
    .map((c) => ({ quote: c.fact.quote, score: round2(c.score), verdict: c.verdict, period: c.fact.period }));
}

/** Earlier promises against a later report's review part. */
export function matchFollowUps(promises: readonly PromiseInput[], review: ReviewInput, options: MatchOptions = {}) {
  return matchReview(promises, readReview(review), options);
}
