// Matches earlier promises to what a later review reports, one result per promise, each with a verdict and a confidence.
import type { Verdict } from "~/domain/vocab";
import { confidenceOf, type Evidence } from "~/domain/followup/calibration";
import type { Candidate } from "~/domain/followup/candidate";
import { readReview, type Review, type ResultInput, type ReviewInput } from "~/domain/followup/facts";
import { derivedGrowthCandidates } from "~/domain/followup/derived";
import { figureCandidates } from "~/domain/followup/figures";
import { readPromise, type PromiseInput, type PromiseReading } from "~/domain/followup/promise";
import { normaliseMetric } from "~/domain/followup/metric";
import { WEIGHTS } from "~/domain/followup/weights";
import { isMentioned, isTouched, wordCandidates } from "~/domain/followup/words";
import { rankPairs, type PairModel } from "~/domain/followup/learned";
import { pairCandidates, type PairCandidate } from "~/domain/followup/pairing";

export type { PromiseInput };

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
  /** How often proposals with this evidence were right on the labelled sets (see calibration.ts). */
  confidence: number;
  evidence: Evidence;
}

export interface MatchOptions {
  /** The jurisdiction's own names (张店区, 张店): never enough to identify a project. */
  ownNames?: readonly string[];
  /**
   * A learned pairing decision on top of the rules (see learned.ts). Off by default: fitted by `npm run train:matcher`
   * it did not beat the rules when each labelled set was left out in turn.
   */
  model?: PairModel | null;
  /** The earlier report's results (its own review): the year before's levels, from which a growth can be reckoned. */
  previous?: readonly ResultInput[];
}

function candidatesFor(r: PromiseReading, review: Review, options: MatchOptions): Candidate[] {
  return [...figureCandidates(r, review), ...wordCandidates(r, review, options.ownNames ?? [])];
}

const round2 = (x: number) => Math.round(x * 100) / 100;

interface Ranked extends Candidate {
  promise: number;
}

/**
 * The least score a candidate needs. One year's figure toward a several-year target (固定资产投资累计达到500亿元 by
 * 2015, 62.5亿元 in 2011) is far from it by nature, which its score counts against it: as progress of a metric named in
 * four characters or more, it is taken a little lower.
 */
function acceptance(r: PromiseReading, c: Candidate): number {
  return c.progress && normaliseMetric(r.promise.metric).length >= 4 ? WEIGHTS.progressAccept : WEIGHTS.accept;
}

/**
 * Best candidates first; each promise takes its best whose anchors no promise stating something else holds (one
 * figure serves one promise). A promise beaten to its best takes a weaker one only when it is still good.
 */
function assign(readings: readonly PromiseReading[], all: readonly Ranked[]): Map<number, Ranked> {
  const ranked = all
    .filter((c) => c.score >= acceptance(readings[c.promise]!, c))
    .sort((a, b) => b.score - a.score || a.promise - b.promise);
  const taken = new Map<string, string>(); // anchor → sameness of the promise holding it
  const chosen = new Map<number, Ranked>();
  const blocked = new Set<number>();
  for (const c of ranked) {
    if (chosen.has(c.promise)) continue;
    const key = readings[c.promise]!.sameness;
    if (!c.progress && !c.shared && c.anchors.some((a) => taken.has(a) && taken.get(a) !== key)) {
      blocked.add(c.promise);
      continue;
    }
    if (blocked.has(c.promise) && c.score < WEIGHTS.fallback) continue;
    chosen.set(c.promise, c);
    if (!c.progress && !c.shared) for (const a of c.anchors) taken.set(a, key);
  }
  return chosen;
}

/** The rules' matches, and for each promise the clauses the learned decision compares. */
function readMatches(promises: readonly PromiseInput[], review: Review, options: MatchOptions = {}) {
  const readings = promises.map(readPromise);
  const all: Ranked[] = readings.flatMap((r, promise) =>
    candidatesFor(r, review, options).map((c) => ({ ...c, promise })),
  );
  // A growth promise left without a result: reckoned from two years' levels (the earlier review read only then).
  const found = new Set(all.filter((c) => c.score >= WEIGHTS.accept).map((c) => c.promise));
  readings.forEach((r, promise) => {
    if (found.has(promise) || !options.previous) return;
    for (const c of derivedGrowthCandidates(r, review, options.previous)) all.push({ ...c, promise });
  });
  const byPromise = new Map<number, Ranked[]>();
  for (const c of all) byPromise.set(c.promise, [...(byPromise.get(c.promise) ?? []), c]);
  const chosen = assign(readings, all);

  const matches = readings.map((r, index): FollowUpMatch => {
    const c = chosen.get(index);
    const others = (byPromise.get(index) ?? []).filter((o) => o !== c);
    const rival = Math.max(0, ...others.map((o) => o.score));
    const base = { rival: round2(rival), numeric: r.numeric, mentioned: false, touched: false };
    if (!c) {
      const mentioned = rival > 0 || isMentioned(r, review, options.ownNames ?? []);
      const touched = mentioned || isTouched(r, review);
      const evidence: Evidence = { ...base, route: "none", score: 0, contested: false, mentioned, touched };
      return {
        commitmentIndex: index,
        result: null,
        verdict: "not_mentioned",
        confidence: confidenceOf(evidence),
        evidence,
      };
    }
    const contested = others.some((o) => o.verdict !== c.verdict && o.score >= c.score - WEIGHTS.contested);
    const evidence: Evidence = { ...base, route: c.route, score: round2(c.score), contested };
    return {
      commitmentIndex: index,
      result: resultOf(c),
      verdict: c.verdict,
      confidence: confidenceOf(evidence),
      evidence,
    };
  });
  const rules = readings.map((_, i) => ({
    candidates: byPromise.get(i) ?? [],
    chosenClause: chosen.get(i)?.fact.clauseIndex ?? null,
  }));
  return { matches, pairs: () => pairCandidates(readings, review, rules, options.ownNames ?? []) };
}

/** The review's fact a candidate reads, as a match reports it. */
function resultOf(c: Pick<Candidate, "fact" | "value" | "unit">): NonNullable<FollowUpMatch["result"]> {
  const { quote, sentence, start, end, resultIndex } = c.fact;
  return { quote, sentence, value: c.value, unit: c.unit, start, end, resultIndex };
}

/**
 * The learned decision on one promise: a clause the rules took stays unless the model finds it unlikely (then
 * nothing is reported); when the rules found nothing, the model's likeliest clause if likely enough, with the verdict
 * the rules or the verdict rule give on it and the model's probability as confidence.
 */
export function applyPairModel(match: FollowUpMatch, pairs: readonly PairCandidate[], model: PairModel): FollowUpMatch {
  const ranked = rankPairs(model, pairs, match.evidence);
  if (match.result) {
    const at = match.result.start;
    const p = ranked.find((c) => c.candidate.fact.start <= at && at < c.candidate.fact.end)?.probability;
    if (p === undefined || p >= model.veto) return match;
    const evidence: Evidence = { ...match.evidence, route: "none", score: 0, contested: false, mentioned: true };
    return { ...match, result: null, verdict: "not_mentioned", confidence: round2(1 - p), evidence };
  }
  const best = ranked[0];
  if (!best || best.probability < model.threshold) return match;
  const { candidate: c, probability: p } = best;
  const evidence: Evidence = { ...match.evidence, route: "learned", score: round2(p), contested: false };
  return {
    ...match,
    result: resultOf(c),
    verdict: c.verdict,
    confidence: round2(p),
    evidence,
  };
}

/** Rules, then the learned decision when one is given. */
function matchReview(promises: readonly PromiseInput[], review: Review, options: MatchOptions = {}) {
  const { matches, pairs } = readMatches(promises, review, options);
  const model = options.model;
  if (!model) return matches;
  const compared = pairs();
  return matches.map((m, i) => applyPairModel(m, compared[i]!, model));
}

/** The rules' matches and the learned decision's candidates of a review, for fitting and measuring the model. */
export function matchParts(promises: readonly PromiseInput[], review: ReviewInput, options: MatchOptions = {}) {
  const { matches, pairs } = readMatches(promises, readReview(review), options);
  return { matches, pairs: pairs() };
}

/** Every candidate result of one promise with its score and verdict, best first (for explaining a proposal). */
export function explainPromise(promise: PromiseInput, review: ReviewInput, options: MatchOptions = {}) {
  return candidatesFor(readPromise(promise), readReview(review), options)
    .sort((a, b) => b.score - a.score)
    .map((c) => ({
      quote: c.fact.quote,
      score: round2(c.score),
      verdict: c.verdict,
      route: c.route,
      period: c.fact.period,
    }));
}

/** Earlier promises against a later report's review part. */
export function matchFollowUps(promises: readonly PromiseInput[], review: ReviewInput, options: MatchOptions = {}) {
  return matchReview(promises, readReview(review), options);
}
