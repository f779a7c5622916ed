// Scoring year-over-year verdicts against hand-labelled follow-up gold, in-process, the way
// scripts/score-followup.mjs scores the CLI: a gold promise is paired with the predicted entry whose quote overlaps
// it most; strict counts an unextracted promise as wrong. Shared by `npm run quality:followup` and the guards.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { overlap, readJsonl } from "./score";

export const VERDICTS = ["achieved", "partial", "missed", "in_progress", "not_mentioned"] as const;
export type GoldVerdict = (typeof VERDICTS)[number];
export const BANDS = [0, 0.5, 0.7, 0.85, 1.0001] as const;

export interface FollowupGold {
  report: string;
  later: string;
  quote: string;
  kind: "numeric" | "deliverable";
  target?: number | null;
  verdict: GoldVerdict;
  result_quote: string | null;
  verdict_note?: string;
}

export interface PredictedMatch {
  commitment: { quote: string; target?: number | null };
  result: { quote: string } | null;
  verdict: string;
  confidence: number;
}

export interface FollowupSet {
  name: string;
  gold: FollowupGold[];
  corpus: string;
}

/** One scored gold promise: what the matcher said, whether it is right, whether its result is the gold's. */
export interface Scored<P extends PredictedMatch = PredictedMatch> {
  gold: FollowupGold;
  predicted: P | null;
  right: boolean;
  /** True when a result was proposed and it is not the gold's result clause. */
  wrongPair: boolean;
}

export interface FollowupTotals {
  n: number;
  strict: number;
  lenient: number;
  baseline: number;
  extracted: number;
  withResult: number;
  wrongPair: number;
  /** Reported in the review (any verdict but "not mentioned" in the gold) and called "not mentioned". */
  silent: number;
  confusion: Record<GoldVerdict, Record<string, number>>;
  bands: { lo: number; hi: number; n: number; right: number }[];
}

export function emptyFollowupTotals(): FollowupTotals {
  return {
    n: 0,
    strict: 0,
    lenient: 0,
    baseline: 0,
    extracted: 0,
    withResult: 0,
    wrongPair: 0,
    silent: 0,
    confusion: Object.fromEntries(
      VERDICTS.map((v) => [v, Object.fromEntries([...VERDICTS, "unextracted"].map((w) => [w, 0]))]),
    ) as FollowupTotals["confusion"],
    bands: BANDS.slice(0, -1).map((lo, i) => ({ lo, hi: BANDS[i + 1]!, n: 0, right: 0 })),
  };
}

/** The gold promises of one pair against the matcher's entries for it. */
export function scorePair<P extends PredictedMatch>(
  gold: readonly FollowupGold[],
  predicted: readonly P[],
): Scored<P>[] {
  const used = new Set<number>();
  return gold.map((g) => {
    let best = -1;
    let bestScore = 0;
    predicted.forEach((m, i) => {
      if (used.has(i)) return;
      // One quote with several targets (总投资1200亿元的159个项目): the entry of the gold's own target first.
      const words = overlap(g.quote, m.commitment.quote);
      const o = words > 0 && g.target != null && m.commitment.target === g.target ? words + 1e-6 : words;
      if (o > bestScore) [best, bestScore] = [i, o];
    });
    if (best < 0) return { gold: g, predicted: null, right: false, wrongPair: false };
    used.add(best);
    const m = predicted[best]!;
    const wrongPair = m.result !== null && !(g.result_quote && overlap(g.result_quote, m.result.quote) > 0);
    return { gold: g, predicted: m, right: m.verdict === g.verdict, wrongPair };
  });
}

export function addScored(t: FollowupTotals, scored: readonly Scored[]): void {
  for (const s of scored) {
    t.n++;
    if (s.gold.verdict === "not_mentioned") t.baseline++;
    const m = s.predicted;
    if (!m) {
      t.confusion[s.gold.verdict].unextracted!++;
      if (s.gold.verdict === "not_mentioned") t.lenient++;
      continue;
    }
    t.extracted++;
    if (m.verdict === "not_mentioned" && s.gold.verdict !== "not_mentioned") t.silent++;
    t.confusion[s.gold.verdict][m.verdict] = (t.confusion[s.gold.verdict][m.verdict] ?? 0) + 1;
    if (s.right) {
      t.strict++;
      t.lenient++;
    }
    const band = t.bands.find((b) => m.confidence >= b.lo && m.confidence < b.hi);
    if (band) {
      band.n++;
      if (s.right) band.right++;
    }
    if (m.result) {
      t.withResult++;
      if (s.wrongPair) t.wrongPair++;
    }
  }
}

/** The follow-up development sets: the real consecutive reports (three labellers) and the invented reviews. */
export function followupSets(root: string): FollowupSet[] {
  const real = path.join(root, "tests/fixtures/followup-real");
  const invented = path.join(root, "tests/fixtures/followup-invented");
  const sets: FollowupSet[] = [
    "fu-hailaer",
    "fu-national-a",
    "fu-national-b",
    "fu-national-c",
    "fu-national-d",
    "fu-qingyuan",
    "fu-xushui",
    "fu-gaotang",
    "fu-yixian",
    "fu-shunping",
    "fu-dingxing",
    "fu-mancheng",
    "fu-laiyuan",
    "fu-fuping",
    "fu-boye",
    "fu-laishui",
    "fu-rongcheng",
    "fu-xushui2",
    "fu-shunping2",
    "fu-yixian2",
    "fu-shunping3",
    "fu-boye2",
    "fu-qingyuan2",
    "fu-xushui3",
    "fu-dingxing2",
    "fu-fuping2",
    "fu-laishui2",
    "fu-qingyuan3",
    "fu-yixian3",
    "fu-laiyuan2",
    "fu-qingyuan4",
    "fu-shunping4",
    "fu-xushui4",
    "fu-yixian4",
  ].map((name) => ({
    name,
    gold: readJsonl<FollowupGold>(path.join(real, `${name}-gold.jsonl`)),
    corpus: real,
  }));
  if (existsSync(path.join(invented, "gold.jsonl")))
    sets.push({ name: "invented", gold: readJsonl<FollowupGold>(path.join(invented, "gold.jsonl")), corpus: invented });
  return sets;
}

/** The (earlier, later) file pairs of a set, in gold order. */
export function pairsOf(set: FollowupSet): [string, string][] {
  const keys = [...new Set(set.gold.map((g) => `${g.report}\t${g.later}`))];
  return keys.map((k) => k.split("\t") as [string, string]);
}

export const readText = (file: string) => readFileSync(file);
