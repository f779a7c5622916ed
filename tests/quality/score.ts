// Scoring extracted commitments against hand-labelled gold, the way ../shared/eval/score-extraction.mjs matches
// them (quotes overlap after NFKC and whitespace removal; numeric gold needs the same quantity). Shared by
// `npm run quality` and the quality guards.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

export interface GoldItem {
  report: string;
  quote: string;
  kind: "numeric" | "deliverable";
  target: number | null;
  unit: string | null;
  comparator?: string | null;
  growth?: boolean;
  deadline?: number | null;
  sector?: string | null;
}

export interface BorderlineItem {
  report: string;
  quote: string;
}

/** What a prediction must carry to be scored (the app's Commitment has all of it). */
export interface Predicted {
  quote: string;
  kind: string;
  target: number | null;
  unit: string | null;
  comparator: string | null;
  growth: boolean;
  deadline: number | null;
  sector?: string | null;
  rule?: string;
}

export interface LabelledSet {
  name: string;
  gold: GoldItem[];
  borderline: BorderlineItem[];
  corpus: string;
}

export const readJsonl = <T>(file: string): T[] =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);

/** NFKC without whitespace or zero-width spaces (a labeller quoting national-2017.txt kept its U+200B). */
const norm = (s: string | null | undefined) =>
  String(s ?? "")
    .normalize("NFKC")
    .replace(/[\s\u200b-\u200d\u2060]+/g, "");
const MAGNITUDE: Record<string, number> = { 十: 10, 百: 100, 千: 1e3, 万: 1e4, 亿: 1e8 };

type Quantity = { v: number; u: string } | null;

export function baseQuantity(value: number | null | undefined, unit: string | null | undefined): Quantity {
  if (value === null || value === undefined || Number.isNaN(Number(value))) return null;
  let v = Number(value);
  let u = norm(unit);
  // 1000万 (units as written, the people counted left unsaid) is ten million of something: a bare magnitude has no unit.
  while (u.length > 0 && MAGNITUDE[u[0]!] && !u.startsWith("百分")) {
    v *= MAGNITUDE[u[0]!]!;
    u = u.slice(1);
  }
  return { v, u };
}

export function sameQuantity(a: Quantity, b: Quantity): boolean {
  if (!a || !b) return false;
  const tolerance = 1e-9 * Math.max(1, Math.abs(a.v), Math.abs(b.v));
  return Math.abs(a.v - b.v) <= tolerance && (a.u === b.u || !a.u || !b.u);
}

function longestCommonRun(a: string, b: string): number {
  let best = 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) best = Math.max(best, (current[j] = previous[j - 1]! + 1));
    }
    previous = current;
  }
  return best;
}

export function overlap(goldQuote: string, predicted: string): number {
  const g = norm(goldQuote);
  const p = norm(predicted);
  if (!g || !p) return 0;
  if (p.includes(g) || g.includes(p)) return 1;
  const run = longestCommonRun(g, p);
  return run >= 0.6 * g.length ? run / g.length : 0;
}

/** Whether a prediction (or a rejected candidate) would match a gold item. */
export function matchesGold(gold: GoldItem, predicted: Pick<Predicted, "quote" | "target" | "unit">): number {
  const o = overlap(gold.quote, predicted.quote);
  if (!o) return 0;
  if (
    gold.kind === "numeric" &&
    !sameQuantity(baseQuantity(gold.target, gold.unit), baseQuantity(predicted.target, predicted.unit))
  )
    return 0;
  return o;
}

export interface ReportScore {
  report: string;
  /** For each gold item, the index of the matched prediction or -1. */
  goldMatch: number[];
  /** For each prediction: "hit", "borderline" or "extra". */
  outcome: Array<"hit" | "borderline" | "extra">;
}

export function scoreReport(gold: GoldItem[], borderline: BorderlineItem[], predicted: Predicted[]): ReportScore {
  const used = new Set<number>();
  const goldMatch = gold.map((g) => {
    let best = -1;
    let bestScore = 0;
    predicted.forEach((p, i) => {
      if (used.has(i)) return;
      const o = matchesGold(g, p);
      if (o > bestScore) [best, bestScore] = [i, o];
    });
    if (best >= 0) used.add(best);
    return best;
  });
  const outcome = predicted.map((p, i) =>
    used.has(i) ? "hit" : borderline.some((b) => overlap(b.quote, p.quote)) ? "borderline" : "extra",
  ) as ReportScore["outcome"];
  return { report: gold[0]?.report ?? "", goldMatch, outcome };
}

export interface SetTotals {
  gold: number;
  goldNumeric: number;
  predicted: number;
  matched: number;
  matchedNumeric: number;
  extra: number;
  borderline: number;
  fieldN: number;
  fields: { unit: number; comparator: number; growth: number; deadline: number };
  sectorN: number;
  sectorRight: number;
}

export function emptyTotals(): SetTotals {
  return {
    gold: 0,
    goldNumeric: 0,
    predicted: 0,
    matched: 0,
    matchedNumeric: 0,
    extra: 0,
    borderline: 0,
    fieldN: 0,
    fields: { unit: 0, comparator: 0, growth: 0, deadline: 0 },
    sectorN: 0,
    sectorRight: 0,
  };
}

export function addReport(totals: SetTotals, gold: GoldItem[], predicted: Predicted[], score: ReportScore): void {
  totals.gold += gold.length;
  totals.goldNumeric += gold.filter((g) => g.kind === "numeric").length;
  totals.predicted += predicted.length;
  totals.extra += score.outcome.filter((o) => o === "extra").length;
  totals.borderline += score.outcome.filter((o) => o === "borderline").length;
  gold.forEach((g, i) => {
    const at = score.goldMatch[i]!;
    if (at < 0) return;
    const p = predicted[at]!;
    totals.matched++;
    if (g.sector) {
      totals.sectorN++;
      if (p.sector === g.sector) totals.sectorRight++;
    }
    if (g.kind !== "numeric") return;
    totals.matchedNumeric++;
    totals.fieldN++;
    const wrong = fieldErrors(g, p);
    for (const field of Object.keys(totals.fields) as Array<keyof SetTotals["fields"]>)
      if (!wrong.includes(field)) totals.fields[field]++;
  });
}

/** The fields of a matched numeric target that the prediction reads differently from the gold. */
export function fieldErrors(g: GoldItem, p: Predicted): Array<keyof SetTotals["fields"]> {
  const wrong: Array<keyof SetTotals["fields"]> = [];
  const gq = baseQuantity(g.target, g.unit);
  if (!(norm(p.unit) === norm(g.unit) || (sameQuantity(gq, baseQuantity(p.target, p.unit)) && norm(p.unit))))
    wrong.push("unit");
  if ((p.comparator ?? null) !== (g.comparator ?? null)) wrong.push("comparator");
  if (Boolean(p.growth) !== Boolean(g.growth)) wrong.push("growth");
  if ((p.deadline ?? null) !== (g.deadline ?? null)) wrong.push("deadline");
  return wrong;
}

export function precision(t: SetTotals): number {
  return t.matched / Math.max(1, t.matched + t.extra);
}

export function recall(t: SetTotals): number {
  return t.matched / Math.max(1, t.gold);
}

/**
 * Every labelled set: the development set (../shared/eval on ../shared/corpus/reports, or the repo's copy), the
 * held-out set, and every folder under tests/fixtures with a gold.jsonl (probe rounds and any set added later).
 */
export function labelledSets(root: string): LabelledSet[] {
  const sets: LabelledSet[] = [];
  const shared = path.join(root, "../shared/eval/dev-gold-commitments.jsonl");
  const sectorGold = (name: string) => path.join(root, `tests/fixtures/sector/${name}-sectors.jsonl`);
  const dev = existsSync(shared)
    ? [shared, path.join(root, "../shared/eval/dev-gold-borderline.jsonl"), path.join(root, "../shared/corpus/reports")]
    : [
        path.join(root, "tests/fixtures/eval/dev-commitments.jsonl"),
        path.join(root, "tests/fixtures/eval/dev-borderline.jsonl"),
        path.join(root, "data/reports"),
      ];
  // The sector files are the same rows with a gold `sector` added: prefer them when present.
  sets.push(load("dev", existsSync(sectorGold("dev")) ? sectorGold("dev") : dev[0]!, dev[1]!, dev[2]!));
  const eval_ = path.join(root, "tests/fixtures/eval");
  const heldout = existsSync(sectorGold("heldout"))
    ? sectorGold("heldout")
    : path.join(eval_, "heldout-commitments.jsonl");
  sets.push(load("heldout", heldout, path.join(eval_, "heldout-borderline.jsonl"), path.join(root, "data/reports")));
  const fixtures = path.join(root, "tests/fixtures");
  for (const dir of readdirSync(fixtures).sort()) {
    // `gold.jsonl`, or several sets in one folder as `<name>-gold.jsonl` with `<name>-borderline.jsonl`.
    const files =
      existsSync(path.join(fixtures, dir)) && statSync(path.join(fixtures, dir)).isDirectory()
        ? readdirSync(path.join(fixtures, dir))
            .filter((f) => f === "gold.jsonl" || f.endsWith("-gold.jsonl"))
            .sort()
        : [];
    for (const file of files) {
      const name = file === "gold.jsonl" ? dir : file.slice(0, -"-gold.jsonl".length);
      const borderline = file === "gold.jsonl" ? "borderline.jsonl" : `${name}-borderline.jsonl`;
      const set = load(
        name,
        path.join(fixtures, dir, file),
        path.join(fixtures, dir, borderline),
        path.join(fixtures, dir),
      );
      // A verdict set that reuses another set's commitments (invented reviews of the seed reports) is not a new
      // extraction set: scoring it again would count the same labels twice.
      const scored = new Set(sets.flatMap((s) => s.gold.map((g) => g.report)));
      if (set.gold.every((g) => scored.has(g.report))) continue;
      sets.push(set);
    }
  }
  return sets;
}

function load(name: string, goldFile: string, borderlineFile: string, corpus: string): LabelledSet {
  return {
    name,
    gold: readJsonl<GoldItem>(goldFile),
    borderline: existsSync(borderlineFile) ? readJsonl<BorderlineItem>(borderlineFile) : [],
    corpus,
  };
}
