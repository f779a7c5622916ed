#!/usr/bin/env node
// Scores year-over-year verdicts against hand-labelled follow-up gold (tests/fixtures/followup-real/*).
//
//   node scripts/score-followup.mjs --gold FILE [--corpus DIR] [--cmd "npm run --silent cli --"] [--verbose]
//
// Every gold row is a commitment of an earlier report (`report`) with the verdict a careful reader gives it
// from the review part of the later one (`later`), and the result clause (`result_quote`). For every pair the
// command's `followup EARLIER LATER` is run; a gold commitment is paired with the predicted entry whose
// commitment quote overlaps it most (the way score-extraction.mjs matches quotes).
// Printed: verdicts right (strict: an unextracted promise counts as wrong; lenient: as "not_mentioned"),
// the all-"not_mentioned" baseline, results paired with the wrong promise, the confusion table, and how
// often proposals are right per confidence band.
import { execSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const goldFiles = args.flatMap((a, i) => (args[i - 1] === "--gold" ? [a] : []));
if (!goldFiles.length) {
  console.error("usage: score-followup.mjs --gold FILE [--gold FILE…] [--corpus DIR] [--cmd CMD] [--verbose]");
  process.exit(2);
}
const corpus = opt("corpus", "tests/fixtures/followup-real");
const cmd = opt("cmd", "npm run --silent cli --");
const verbose = args.includes("--verbose");

const norm = (s) =>
  String(s ?? "")
    .normalize("NFKC")
    .replace(/[\s\u200b-\u200d\u2060]+/g, ""); // zero-width spaces too (national-2017.txt)
const readJsonl = (f) =>
  readFileSync(f, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));

function longestCommonRun(a, b) {
  let best = 0;
  let prev = new Array(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        cur[j] = prev[j - 1] + 1;
        if (cur[j] > best) best = cur[j];
      }
    }
    prev = cur;
  }
  return best;
}
/** 1 when one quote contains the other, else the share of the gold quote in their longest common run (≥ 0.6). */
function overlap(goldQuote, predQuote) {
  const g = norm(goldQuote);
  const p = norm(predQuote);
  if (!g || !p) return 0;
  if (p.includes(g) || g.includes(p)) return 1;
  const run = longestCommonRun(g, p);
  return run >= 0.6 * Math.min(g.length, p.length) ? run / g.length : 0;
}

const VERDICTS = ["achieved", "partial", "missed", "in_progress", "not_mentioned"];
const BANDS = [0, 0.5, 0.7, 0.85, 1.0001];
const gold = goldFiles.flatMap(readJsonl);
const pairs = [...new Set(gold.map((g) => `${g.report}\t${g.later}`))];

const t = { n: 0, strict: 0, lenient: 0, baseline: 0, extracted: 0, withResult: 0, wrongPair: 0, goldMentioned: 0 };
const confusion = Object.fromEntries(
  VERDICTS.map((v) => [v, Object.fromEntries([...VERDICTS, "unextracted"].map((w) => [w, 0]))]),
);
const bands = BANDS.slice(0, -1).map((lo, i) => ({ lo, hi: BANDS[i + 1], n: 0, right: 0 }));
const perPair = [];

for (const pair of pairs) {
  const [report, later] = pair.split("\t");
  let out;
  try {
    out = JSON.parse(
      execSync(`${cmd} followup ${JSON.stringify(join(corpus, report))} ${JSON.stringify(join(corpus, later))}`, {
        encoding: "utf8",
        maxBuffer: 64 << 20,
        stdio: ["ignore", "pipe", "pipe"],
        timeout: 180000,
      }),
    );
  } catch (e) {
    console.log(`${report} → ${later}: the followup command failed: ${String(e.message).split("\n")[0]}`);
    process.exitCode = 1;
    continue;
  }
  const preds = Array.isArray(out?.matches) ? out.matches : [];
  const used = new Set();
  const p = { n: 0, right: 0 };
  for (const g of gold.filter((x) => x.report === report && x.later === later)) {
    t.n++;
    p.n++;
    if (g.verdict === "not_mentioned") t.baseline++;
    if (g.result_quote) t.goldMentioned++;
    let best = -1;
    let bestScore = 0;
    preds.forEach((m, i) => {
      if (used.has(i)) return;
      // One quote with several targets: the entry of the gold's own target first.
      const words = overlap(g.quote, m.commitment?.quote);
      const ov = words > 0 && g.target != null && m.commitment?.target === g.target ? words + 1e-6 : words;
      if (ov > bestScore) {
        bestScore = ov;
        best = i;
      }
    });
    if (best < 0) {
      confusion[g.verdict].unextracted++;
      if (g.verdict === "not_mentioned") t.lenient++;
      if (verbose) console.log(`  unextracted [${report}] ${g.verdict}: ${g.quote}`);
      continue;
    }
    used.add(best);
    t.extracted++;
    const m = preds[best];
    confusion[g.verdict][m.verdict] = (confusion[g.verdict][m.verdict] ?? 0) + 1;
    const right = m.verdict === g.verdict;
    if (right) {
      t.strict++;
      t.lenient++;
      p.right++;
    }
    const band = bands.find((b) => m.confidence >= b.lo && m.confidence < b.hi);
    if (band) {
      band.n++;
      if (right) band.right++;
    }
    if (m.result) {
      t.withResult++;
      const paired = g.result_quote && overlap(g.result_quote, m.result.quote) > 0;
      if (!paired) {
        t.wrongPair++;
        if (verbose) console.log(`  wrong result [${report}] ${g.quote}\n      got: ${m.result.quote}`);
      }
    }
    if (verbose && !right)
      console.log(
        `  ${g.verdict} → ${m.verdict} (${m.confidence}) [${report}] ${g.quote}${m.result ? `\n      result: ${m.result.quote}` : ""}`,
      );
  }
  perPair.push(`${report} → ${later}: ${p.right} of ${p.n} right`);
}

const pct = (a, b) => `${((100 * a) / Math.max(1, b)).toFixed(1)} %`;
for (const line of perPair) console.log(line);
console.log("\ngold \\ proposed: " + [...VERDICTS, "unextracted"].join(" | "));
for (const v of VERDICTS) console.log(`${v}: ${[...VERDICTS, "unextracted"].map((w) => confusion[v][w]).join(" | ")}`);
console.log("\nconfidence band: proposals, right");
for (const b of bands) console.log(`[${b.lo}, ${Math.min(1, b.hi)}): ${b.n}, ${pct(b.right, b.n)}`);
console.log(`\nextracted ${t.extracted} of ${t.n} gold promises; the review reports on ${t.goldMentioned}`);
console.log(
  `results paired with the wrong promise: ${t.wrongPair} of ${t.withResult} (${pct(t.wrongPair, t.withResult)})`,
);
console.log(`baseline (all not_mentioned): ${pct(t.baseline, t.n)}`);
console.log(`verdicts right: strict ${t.strict} of ${t.n} (${pct(t.strict, t.n)}), lenient ${pct(t.lenient, t.n)}`);
