// What a proposal's confidence means: how often proposals with the same evidence were right on the labelled
// follow-up sets (scripts/calibrate-followup.ts fits this table and checks it set by set, each set left out in turn).
import type { Route } from "~/domain/followup/candidate";

/** The evidence behind a proposal, as the calibration table reads it. */
export interface Evidence {
  /** How the result was read; "none" when nothing was found ("not mentioned"); "learned" by the pairing model. */
  route: Route | "none" | "learned";
  /** The chosen candidate's score (0 when none). */
  score: number;
  /** The best score of a candidate not taken (another figure, another verdict, or one another promise holds). */
  rival: number;
  /** Another candidate about as good gives another verdict. */
  contested: boolean;
  /** A numeric promise. */
  numeric: boolean;
  /** The review speaks of it (names its thing, or gives a figure of its metric) though no result could be read. */
  mentioned: boolean;
  /** Some review clause repeats four characters in a row of what it names or measures (it may speak of it). */
  touched: boolean;
}

export type CalibrationCell = string;

const SCORE_BINS = [0.65, 0.75, 0.85, 0.95] as const;

function bin(value: number, edges: readonly number[]): number {
  let i = 0;
  while (i < edges.length && value >= edges[i]!) i++;
  return i;
}

/**
 * The cell of the table a proposal falls in: route group and score bin; for "not mentioned", kind and how far the
 * review speaks of the promise: never (0), in passing (1: four characters in a row of its thing), clearly (2).
 */
export function cellOf(e: Evidence): CalibrationCell {
  if (e.route === "none") {
    const heard = e.mentioned || e.rival > 0 ? 2 : e.touched ? 1 : 0;
    return `none:${e.numeric ? "numeric" : "deliverable"}:${heard}`;
  }
  // A growth reckoned from two levels is inferred, as a result said in words is: not a figure read as stated.
  const group = e.route === "figure" || e.route === "sum" ? "figure" : "words";
  // A contested proposal counts as one bin less sure.
  return `${group}:${Math.max(0, bin(e.score, SCORE_BINS) - (e.contested ? 1 : 0))}`;
}

/** Share of proposals right per cell, fitted on every labelled follow-up set. */
export const CALIBRATION: Readonly<Record<CalibrationCell, number>> = {
  "none:numeric:0": 0.87,
  "none:numeric:1": 0.72,
  "none:numeric:2": 0.72,
  "none:deliverable:0": 0.86,
  "none:deliverable:1": 0.62,
  "none:deliverable:2": 0.54,
  "figure:0": 0.78,
  "figure:1": 0.96,
  "figure:2": 0.96,
  "figure:3": 0.96,
  "figure:4": 0.97,
  "words:0": 0.76,
  "words:1": 0.76,
  "words:2": 0.76,
  "words:3": 0.85,
  "words:4": 0.92,
};

const FALLBACK = 0.5;

export function confidenceOf(e: Evidence, table: Readonly<Record<CalibrationCell, number>> = CALIBRATION): number {
  return table[cellOf(e)] ?? FALLBACK;
}

export const CELLS: readonly CalibrationCell[] = [
  ...["numeric", "deliverable"].flatMap((kind) => [0, 1, 2].map((b) => `none:${kind}:${b}`)),
  ...["figure", "words"].flatMap((group) => [0, 1, 2, 3, 4].map((b) => `${group}:${b}`)),
];
