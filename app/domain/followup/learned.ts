// The learned pairing decision: a conditional logit over each promise's candidate clauses and "none" (the review does
// not report it), fitted by `npm run train:matcher` on the labelled follow-up sets (pairing-model.json). A clause's
// probability is its share against every other clause of the promise and against "none", so it says how likely the
// promise is reported there at all.
import type { Evidence } from "~/domain/followup/calibration";
import type { PairCandidate } from "~/domain/followup/pairing";

/** What "none" is weighed by: the promise itself, as the rules saw it. */
export const NONE_FEATURES = ["numeric", "mentioned", "touched", "rival", "candidates"] as const;

export interface PairModel {
  features: readonly string[];
  /** Standardisation of each clause feature (x − mean) / scale, then weights. */
  mean: readonly number[];
  scale: readonly number[];
  weights: readonly number[];
  /** The utility of "none": bias + weights · NONE_FEATURES. */
  noneBias: number;
  noneWeights: readonly number[];
  /** Least probability for a clause the rules did not take to report a promise they found nothing for. */
  threshold: number;
  /** A clause the rules took is dropped (not mentioned) when the model gives it less than this. */
  veto: number;
}

export function utility(model: PairModel, x: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < model.weights.length; i++) z += (model.weights[i]! * (x[i]! - model.mean[i]!)) / model.scale[i]!;
  return z;
}

export function noneFeatures(evidence: Evidence, candidates: number): number[] {
  const { numeric, mentioned, touched, rival } = evidence;
  return [numeric ? 1 : 0, mentioned ? 1 : 0, touched ? 1 : 0, rival, Math.log1p(candidates) / 4];
}

export function noneUtility(model: PairModel, y: readonly number[]): number {
  let z = model.noneBias;
  for (let i = 0; i < model.noneWeights.length; i++) z += model.noneWeights[i]! * y[i]!;
  return z;
}

export interface PairChoice {
  candidate: PairCandidate;
  probability: number;
}

/** Each candidate clause with its probability of being the promise's result, best first. */
export function rankPairs(model: PairModel, candidates: readonly PairCandidate[], evidence: Evidence): PairChoice[] {
  const none = noneUtility(model, noneFeatures(evidence, candidates.length));
  const utilities = candidates.map((c) => utility(model, c.features));
  const top = Math.max(none, ...utilities);
  const total = Math.exp(none - top) + utilities.reduce((s, u) => s + Math.exp(u - top), 0);
  return candidates
    .map((candidate, i) => ({ candidate, probability: Math.exp(utilities[i]! - top) / total }))
    .sort((a, b) => b.probability - a.probability);
}
