// `npm run quality:followup`: year-over-year verdicts on every follow-up development set, in-process (the same
// document reading, analysis and matcher as `cli followup`). Prints per set and in total: verdicts right (strict:
// an unextracted promise is wrong; lenient: it counts as "not mentioned"), the all-"not mentioned" baseline,
// results paired with the wrong promise, the confusion table and how often each confidence band is right.
//   --set NAME      only that set (repeatable)
//   --errors        list every wrong verdict and wrong pairing
//   --notes         with --errors: the labeller's note and the evidence behind each proposal
//   --half A|B      only the sets of one half of the places (tests/quality/halves.ts)
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  VERDICTS,
  addScored,
  emptyFollowupTotals,
  type FollowupTotals,
  type Scored,
} from "../tests/quality/followup-score";
import { runFollowupSets, type PredictedWithEvidence } from "../tests/quality/followup-run";
import { placeHalf } from "../tests/quality/halves";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const only = args.flatMap((a, i) => (args[i - 1] === "--set" ? [a] : []));
const listErrors = args.includes("--errors");
const withNotes = args.includes("--notes");
const half = args.flatMap((a, i) => (args[i - 1] === "--half" ? [a] : []))[0];

// The real sets split by place (tests/quality/halves.ts): half A to study, half B held out.
const halfOf = (name: string) => (name === "invented" ? "invented" : placeHalf(name));

const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)} %`;

function printTotals(name: string, t: FollowupTotals) {
  console.log(
    `${name.padEnd(14)} right ${String(t.strict).padStart(3)} / ${String(t.n).padStart(3)} = ${pct(t.strict, t.n).padStart(7)}` +
      `  lenient ${pct(t.lenient, t.n).padStart(7)}  baseline ${pct(t.baseline, t.n).padStart(7)}` +
      `  wrong pairs ${t.wrongPair} / ${t.withResult} = ${pct(t.wrongPair, t.withResult)}  extracted ${t.extracted}` +
      `  silent ${t.silent}`,
  );
}

function printDetail(t: FollowupTotals) {
  const cols = [...VERDICTS, "unextracted"];
  console.log(`  gold \\ proposed   ${cols.map((c) => c.slice(0, 11).padStart(11)).join(" ")}`);
  for (const v of VERDICTS)
    console.log(`  ${v.padEnd(16)} ${cols.map((c) => String(t.confusion[v][c] ?? 0).padStart(11)).join(" ")}`);
  console.log(
    `  confidence: ${t.bands.map((b) => `[${b.lo}, ${Math.min(1, b.hi)}) ${b.n} → ${pct(b.right, b.n)}`).join("; ")}`,
  );
}

function printErrors(scored: Scored<PredictedWithEvidence>[]) {
  for (const s of scored) {
    const m = s.predicted;
    if (s.right && !s.wrongPair) continue;
    const got = m ? `${m.verdict} (${m.confidence})` : "unextracted";
    console.log(
      `  ${s.gold.kind === "numeric" ? "N" : "D"} ${s.gold.verdict} → ${got}${s.wrongPair ? " [wrong pair]" : ""} [${s.gold.report}] ${s.gold.quote}`,
    );
    if (m?.result) console.log(`      result: ${m.result.quote}`);
    if (s.gold.result_quote && (!m?.result || s.wrongPair)) console.log(`      gold:   ${s.gold.result_quote}`);
    if (withNotes && s.gold.verdict_note) console.log(`      note:   ${s.gold.verdict_note}`);
    if (withNotes && m) console.log(`      why:    ${JSON.stringify(m.evidence)}`);
  }
}

const started = performance.now();
const all = emptyFollowupTotals();
const halves = new Map<string, FollowupTotals>();
for (const run of await runFollowupSets(ROOT, only)) {
  if (half && halfOf(run.name) !== half) continue;
  const totals = emptyFollowupTotals();
  addScored(totals, run.scored);
  addScored(all, run.scored);
  const h = halves.get(halfOf(run.name)) ?? emptyFollowupTotals();
  addScored(h, run.scored);
  halves.set(halfOf(run.name), h);
  printTotals(run.name, totals);
  printDetail(totals);
  if (listErrors) printErrors(run.scored);
}
for (const [name, t] of [...halves].sort()) printTotals(`half ${name}`, t);
printTotals("all", all);
printDetail(all);
console.log(`(${Math.round(performance.now() - started)} ms)`);
