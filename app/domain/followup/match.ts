// Matches earlier promises to what a later review reports, one result per promise, each with a verdict and a confidence.
import type { Verdict } from "~/domain/vocab";
import { confidenceOf, type Evidence } from "~/domain/followup/calibration";
import type { Candidate } from "~/domain/followup/candidate";
import { readReview, type Review, type ReviewInput } from "~/domain/followup/facts";
import { figureCandidates } from "~/domain/followup/figures";
import { readPromise, type PromiseInput, type PromiseReading } from "~/domain/followup/promise";
import { WEIGHTS } from "~/domain/followup/weights";
import { isMentioned, isTouched, wordCandidates } from "~/domain/followup/words";

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
}

function candidatesFor(r: PromiseReading, review: Review, options: MatchOptions): Candidate[] {
  return [...figureCandidates(r, review), ...wordCandidates(r, review, options.ownNames ?? [])];
}

const round2 = (x: number) => Math.round(x * 100) / 100;

interface Ranked extends Candidate {
  promise: number;
}

/**
 * Best candidates first; each promise takes its best whose anchors no promise stating something else holds (one
 * figure serves one promise). A promise beaten to its best takes a weaker one only when it is still good.
 */
function assign(readings: readonly PromiseReading[], all: readonly Ranked[]): Map<number, Ranked> {
  const ranked = all
    .filter((c) => c.score >= WEIGHTS.accept)
    .sort((a, b) => b.score - a.score || a.promise - b.promise);
  const taken = new Map<string, string>(); // anchor → sameness of the promise holding it
  const chosen = new Map<number, Ranked>();
  const blocked = new Set<number>();
  for (const c of ranked) {
    if (chosen.has(c.promise)) continue;
    const key = readings[c.promise]!.sameness;
    if (!c.progress && c.anchors.some((a) => taken.has(a) && taken.get(a) !== key)) {
      blocked.add(c.promise);
      continue;
    }
    if (blocked.has(c.promise) && c.score < WEIGHTS.fallback) continue;
    chosen.set(c.promise, c);
    if (!c.progress) for (const a of c.anchors) taken.set(a, key);
  }
  return chosen;
}

function matchReview(promises: readonly PromiseInput[], review: Review, options: MatchOptions = {}) {
  const readings = promises.map(readPromise);
  const all: Ranked[] = readings.flatMap((r, promise) =>
    candidatesFor(r, review, options).map((c) => ({ ...c, promise })),
  );
  const byPromise = new Map<number, Ranked[]>();
  for (const c of all) byPromise.set(c.promise, [...(byPromise.get(c.promise) ?? []), c]);
  const chosen = assign(readings, all);

  return readings.map((r, index): FollowUpMatch => {
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
      result: {
        quote: c.fact.quote,
        sentence: c.fact.sentence,
        value: c.value,
        unit: c.unit,
        start: c.fact.start,
        end: c.fact.end,
        resultIndex: c.fact.resultIndex,
      },
      verdict: c.verdict,
      confidence: confidenceOf(evidence),
      evidence,
    };
  });
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
