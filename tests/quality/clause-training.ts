// Training and evaluating the learned clause decision (app/domain/extraction/clause-model.ts) on the labelled sets:
// every clause with no number in a plan part is a candidate, labelled by the gold (a clause overlapping a gold
// deliverable is one; a clause overlapping a borderline row or nothing is not). The model learns from, and decides on,
// the candidates a rule looked at and kept out. Shared by `npm run train:clauses` and `npm run quality:scorer`.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { ClauseModel } from "~/domain/extraction/clause-model";
import type { ClauseCandidate } from "~/domain/extraction/rules";
import type { Commitment } from "~/domain/extraction/types";
import { analyseReport } from "~/domain/report/analyse";
import { overlap, scoreReport, type LabelledSet } from "./score";

export const DIMENSIONS = 1 << 15;
const EPOCHS = 12;
const RATE = 0.2;
const L2 = 1e-4;
const THRESHOLDS = [0.01, 0.02, 0.03, 0.04, ...Array.from({ length: 19 }, (_, i) => 0.05 + i * 0.05)];

export interface LabelledCandidate extends ClauseCandidate {
  label: 0 | 1;
  /**
   * What taking it would add to the rules' predictions: the index of a gold deliverable the rules missed that it
   * overlaps, "borderline" (neither hit nor extra), or "extra" (a second prediction of a found item is one).
   */
  adds: number | "borderline" | "extra";
}

export interface ReportRun {
  set: LabelledSet;
  report: string;
  text: string;
  rules: Commitment[];
  candidates: LabelledCandidate[];
}

export function runReport(set: LabelledSet, report: string): ReportRun {
  const text = readFileSync(path.join(set.corpus, report), "utf8");
  const found: ClauseCandidate[] = [];
  const rules = analyseReport(text, { model: null, candidates: found }).commitments;
  const gold = set.gold.filter((g) => g.report === report);
  const borderline = set.borderline.filter((b) => b.report === report);
  const { goldMatch } = scoreReport(gold, borderline, rules);
  const candidates = found.map((c): LabelledCandidate => {
    const quote = c.commitment?.quote ?? "";
    const deliverable = gold.findIndex((g) => g.kind === "deliverable" && overlap(g.quote, quote) > 0);
    const positive = deliverable >= 0;
    const missed = gold.findIndex(
      (g, i) => g.kind === "deliverable" && goldMatch[i]! < 0 && overlap(g.quote, quote) > 0,
    );
    return {
      ...c,
      label: positive ? 1 : 0,
      adds: c.accepted
        ? "borderline"
        : missed >= 0
          ? missed
          : borderline.some((b) => overlap(b.quote, quote) > 0)
            ? "borderline"
            : "extra",
    };
  });
  return { set, report, text, rules, candidates };
}

/** The clauses the learned decision decides on (a rule looked at them and kept them out): what it learns from. */
export const decidable = (runs: ReportRun[]): LabelledCandidate[] =>
  runs.flatMap((r) => r.candidates).filter((c) => c.decidable);

export function runSets(sets: LabelledSet[]): ReportRun[] {
  return sets.flatMap((set) => [...new Set(set.gold.map((g) => g.report))].map((report) => runReport(set, report)));
}

/** Logistic regression by Adagrad over hashed binary features, visited in a fixed order (reproducible). */
export function train(examples: LabelledCandidate[], threshold = 0.5): ClauseModel {
  const weights = new Float32Array(DIMENSIONS);
  const squares = new Float32Array(DIMENSIONS).fill(1e-6);
  const mask = DIMENSIONS - 1;
  let bias = 0;
  let biasSquares = 1e-6;
  const model = { dimensions: DIMENSIONS, bias, threshold, weights };
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let k = 0; k < examples.length; k++) {
      const e = examples[(k * 7919 + epoch * 104729) % examples.length]!;
      let z = bias;
      for (const f of e.features) z += weights[f & mask]!;
      const gradient = 1 / (1 + Math.exp(-z)) - e.label;
      biasSquares += gradient * gradient;
      bias -= (RATE * gradient) / Math.sqrt(biasSquares);
      for (const f of e.features) {
        const i = f & mask;
        const g = gradient + L2 * weights[i]!;
        squares[i] += g * g;
        weights[i] -= (RATE * g) / Math.sqrt(squares[i]!);
      }
    }
  }
  model.bias = bias;
  return model;
}

function probability(model: ClauseModel, features: readonly number[]): number {
  let z = model.bias;
  const mask = model.dimensions - 1;
  for (const f of features) z += model.weights[f & mask]!;
  return 1 / (1 + Math.exp(-z));
}

/**
 * The analyser's precision a threshold must keep on the folds held out inside the training sets. 0.93 was tried
 * first: leaving one set out it spent 125 extras for 22 hits where 0.95 spends 54 for 19, and text nobody here has
 * seen scores about 0.013 below the sets inside (README, "Round deliv12d"), so 0.95 keeps the bar of 0.92.
 */
export const PRECISION_FLOOR = 0.95;

/**
 * The threshold, chosen inside the training sets only: leaving each of them out in turn, a model trained on the
 * others scores its candidates the rules left, and the lowest threshold (the most recall) at which the analyser's
 * precision over all of them, the rules' predictions with the added clauses, stays at PRECISION_FLOOR is kept
 * (a clause on a borderline row is neither a hit nor an extra, as the scorer counts; 1 takes nothing).
 */
export function chooseThreshold(runs: ReportRun[]): number {
  const names = [...new Set(runs.map((r) => r.set.name))];
  const scored: Array<{ p: number; adds: LabelledCandidate["adds"]; report: string }> = [];
  let ruleHits = 0;
  let ruleExtras = 0;
  for (const r of runs) {
    const gold = r.set.gold.filter((g) => g.report === r.report);
    const { goldMatch, outcome } = scoreReport(
      gold,
      r.set.borderline.filter((b) => b.report === r.report),
      r.rules,
    );
    ruleHits += goldMatch.filter((m) => m >= 0).length;
    ruleExtras += outcome.filter((o) => o === "extra").length;
  }
  for (const name of names) {
    const model = train(decidable(runs.filter((r) => r.set.name !== name)));
    for (const r of runs.filter((r) => r.set.name === name))
      for (const c of r.candidates)
        if (c.decidable)
          scored.push({ p: probability(model, c.features), adds: c.adds, report: `${r.set.name}/${r.report}` });
  }
  let best = { threshold: 1, hits: 0 };
  for (const threshold of THRESHOLDS) {
    const hit = new Set<string>();
    let extras = 0;
    for (const s of scored) {
      if (s.p < threshold || s.adds === "borderline") continue;
      const key = `${s.report}#${s.adds}`;
      if (s.adds !== "extra" && !hit.has(key)) hit.add(key);
      else extras++;
    }
    const hits = ruleHits + hit.size;
    if (hits / Math.max(1, hits + ruleExtras + extras) >= PRECISION_FLOOR && hit.size > best.hits)
      best = { threshold, hits: hit.size };
  }
  return best.threshold;
}

/** A model trained on `runs`, its threshold chosen inside them. */
export function trainWithThreshold(runs: ReportRun[]): ClauseModel {
  const model = train(decidable(runs));
  model.threshold = chooseThreshold(runs);
  return model;
}
