// `npm run calibrate:followup`: fits the follow-up confidence table (app/domain/followup/calibration.ts) on the
// labelled follow-up sets and checks it the honest way: for each set, a table fitted on the other sets only, then
// how often that set's proposals are right per confidence band. `--write` stores the table fitted on every set.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  CALIBRATION,
  CELLS,
  cellOf,
  confidenceOf,
  type CalibrationCell,
  type Evidence,
} from "../app/domain/followup/calibration";
import { runFollowupSets, type SetRun } from "../tests/quality/followup-run";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const TABLE_FILE = path.join(ROOT, "app/domain/followup/calibration.ts");
const SMOOTHING = 3;
const BANDS = [0, 0.5, 0.7, 0.85, 1.0001];

interface Sample {
  set: string;
  evidence: Evidence;
  right: boolean;
}

function samplesOf(runs: SetRun[]): Sample[] {
  return runs.flatMap((run) =>
    run.scored.flatMap((s) => (s.predicted ? [{ set: run.name, evidence: s.predicted.evidence, right: s.right }] : [])),
  );
}

/** Pool-adjacent-violators: the closest non-decreasing sequence (weighted). */
function monotone(values: number[], weights: number[]): number[] {
  const blocks = values.map((v, i) => ({ v, w: weights[i]!, n: 1 }));
  for (let i = 0; i < blocks.length - 1; ) {
    if (blocks[i]!.v > blocks[i + 1]!.v) {
      const a = blocks[i]!;
      const b = blocks[i + 1]!;
      blocks.splice(i, 2, { v: (a.v * a.w + b.v * b.w) / (a.w + b.w), w: a.w + b.w, n: a.n + b.n });
      if (i > 0) i--;
    } else i++;
  }
  return blocks.flatMap((b) => new Array<number>(b.n).fill(b.v));
}

/** Share right per cell, shrunk toward its group's share, monotone in the score (and against the rival). */
function fit(samples: Sample[]): Record<CalibrationCell, number> {
  const count = new Map<CalibrationCell, { n: number; right: number }>();
  for (const s of samples) {
    const cell = cellOf(s.evidence);
    const c = count.get(cell) ?? { n: 0, right: 0 };
    c.n++;
    if (s.right) c.right++;
    count.set(cell, c);
  }
  const table: Record<CalibrationCell, number> = {};
  const groups = new Map<string, CalibrationCell[]>();
  for (const cell of CELLS) {
    const group = cell.slice(0, cell.lastIndexOf(":"));
    groups.set(group, [...(groups.get(group) ?? []), cell]);
  }
  for (const [group, cells] of groups) {
    const stats = cells.map((cell) => count.get(cell) ?? { n: 0, right: 0 });
    const n = stats.reduce((a, s) => a + s.n, 0);
    const prior = n ? stats.reduce((a, s) => a + s.right, 0) / n : 0.5;
    const shrunk = stats.map((s) => (s.right + SMOOTHING * prior) / (s.n + SMOOTHING));
    const weights = stats.map((s) => s.n + SMOOTHING);
    // Matches grow surer with their score; "not mentioned" grows less sure with a strong rival.
    const fitted = group.startsWith("none")
      ? monotone([...shrunk].reverse(), [...weights].reverse()).reverse()
      : monotone(shrunk, weights);
    cells.forEach((cell, i) => (table[cell] = Math.round(Math.min(0.98, Math.max(0.05, fitted[i]!)) * 100) / 100));
  }
  return table;
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : "  -  ");

function report(name: string, samples: Sample[], table: Record<CalibrationCell, number>) {
  const bands = BANDS.slice(0, -1).map((lo, i) => ({ lo, hi: BANDS[i + 1]!, n: 0, right: 0, sum: 0 }));
  let brier = 0;
  for (const s of samples) {
    const p = confidenceOf(s.evidence, table);
    brier += (p - (s.right ? 1 : 0)) ** 2;
    const band = bands.find((b) => p >= b.lo && p < b.hi)!;
    band.n++;
    band.sum += p;
    if (s.right) band.right++;
  }
  const cells = bands.map(
    (b) =>
      `[${b.lo}, ${Math.min(1, b.hi)}) ${b.n} right ${pct(b.right, b.n)} (said ${b.n ? ((100 * b.sum) / b.n).toFixed(0) : "-"} %)`,
  );
  console.log(`${name.padEnd(14)} brier ${(brier / Math.max(1, samples.length)).toFixed(3)}  ${cells.join("; ")}`);
}

const runs = await runFollowupSets(ROOT);
const samples = samplesOf(runs);
console.log("Each set scored with a table fitted on the other sets only:");
for (const run of runs) {
  const table = fit(samples.filter((s) => s.set !== run.name));
  report(
    run.name,
    samples.filter((s) => s.set === run.name),
    table,
  );
}
console.log("\nThe table in calibration.ts now, on every set:");
report("shipped", samples, { ...CALIBRATION });
const shipped = fit(samples);
console.log("\nThe table fitted on every set, on every set:");
report("all", samples, shipped);
console.log("\ncell: proposals, right, fitted");
for (const cell of CELLS) {
  const inCell = samples.filter((s) => cellOf(s.evidence) === cell);
  console.log(
    `${cell.padEnd(20)} ${String(inCell.length).padStart(4)} ${pct(inCell.filter((s) => s.right).length, inCell.length).padStart(8)}  ${shipped[cell]}`,
  );
}
if (process.argv.includes("--write")) {
  const body = CELLS.map((cell) => `  "${cell}": ${shipped[cell]},`).join("\n");
  const source = readFileSync(TABLE_FILE, "utf8").replace(
    /export const CALIBRATION: Readonly<Record<CalibrationCell, number>> = \{[^}]*\};/,
    `export const CALIBRATION: Readonly<Record<CalibrationCell, number>> = {\n${body}\n};`,
  );
  writeFileSync(TABLE_FILE, source);
  console.log(`\nwrote ${path.relative(ROOT, TABLE_FILE)}`);
}
