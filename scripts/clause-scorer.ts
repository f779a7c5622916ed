// `npm run quality:scorer`: would a small statistical clause scorer decide commitment-or-not better than the rules?
// Candidates are the clauses the deliverable rules decide on (accepted or kept out). A logistic regression over
// hashed character n-grams, the deciding rule, the clause's edges and its length is trained leaving one labelled
// set out and tested on it: its deliverables replace the rules' ones, numeric targets stay rule-read. Prints per
// set the rules' figures and the scorer's, so the rules are kept unless the scorer is better on text it never saw.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Commitment } from "../app/domain/extraction/types";
import type { TraceEntry } from "../app/domain/extraction/rules";
import { analyseReport } from "../app/domain/report/analyse";
import {
  addReport,
  emptyTotals,
  labelledSets,
  overlap,
  precision,
  recall,
  scoreReport,
  type LabelledSet,
  type Predicted,
  type SetTotals,
} from "../tests/quality/score";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DIMENSIONS = 1 << 16;
const EPOCHS = 30;
const RATE = 0.1;
const L2 = 1e-4;

interface Candidate {
  set: string;
  report: string;
  quote: string;
  rule: string;
  commitment: Commitment | null;
  label: 0 | 1 | null;
  features: Uint32Array;
}

interface ReportRun {
  set: LabelledSet;
  report: string;
  numeric: Commitment[];
  rulesPredicted: Commitment[];
  candidates: Candidate[];
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0) % DIMENSIONS;
}

function featuresOf(quote: string, rule: string): Uint32Array {
  const text = quote.normalize("NFKC").replace(/\s+/g, "");
  const names = [
    `rule:${rule}`,
    `head:${text.slice(0, 2)}`,
    `tail:${text.slice(-2)}`,
    `len:${Math.min(6, text.length >> 3)}`,
  ];
  for (let i = 0; i < text.length; i++) {
    names.push(`c:${text[i]}`);
    if (i + 1 < text.length) names.push(`b:${text.slice(i, i + 2)}`);
  }
  if (/\d/.test(text)) names.push("digits");
  return Uint32Array.from(new Set(names.map(hash)));
}

function run(set: LabelledSet, report: string): ReportRun {
  const text = readFileSync(path.join(set.corpus, report), "utf8");
  const trace: TraceEntry[] = [];
  const predicted = analyseReport(text, { trace }).commitments;
  const gold = set.gold.filter((g) => g.report === report);
  const borderline = set.borderline.filter((b) => b.report === report);
  const label = (quote: string): 0 | 1 | null => {
    if (gold.some((g) => g.kind === "deliverable" && overlap(g.quote, quote) > 0)) return 1;
    if (gold.some((g) => overlap(g.quote, quote) > 0) || borderline.some((b) => overlap(b.quote, quote) > 0))
      return null;
    return 0;
  };
  const candidates: Candidate[] = [];
  for (const c of predicted.filter((p) => p.kind === "deliverable"))
    candidates.push({
      set: set.name,
      report,
      quote: c.quote,
      rule: c.rule,
      commitment: c,
      label: label(c.quote),
      features: featuresOf(c.quote, c.rule),
    });
  for (const t of trace.filter((t) => t.rule.startsWith("deliverable."))) {
    const quote = text.slice(t.start, t.end).replace(/\s+/g, "");
    candidates.push({
      set: set.name,
      report,
      quote,
      rule: t.rule,
      commitment: null,
      label: label(quote),
      features: featuresOf(quote, t.rule),
    });
  }
  return { set, report, numeric: predicted.filter((p) => p.kind === "numeric"), rulesPredicted: predicted, candidates };
}

function train(examples: Candidate[]): Float64Array {
  const weights = new Float64Array(DIMENSIONS + 1);
  const labelled = examples.filter((e) => e.label !== null);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let k = 0; k < labelled.length; k++) {
      const e = labelled[(k * 7919 + epoch * 104729) % labelled.length]!;
      const p = probability(weights, e.features);
      const gradient = p - e.label!;
      weights[DIMENSIONS] -= RATE * gradient;
      for (const f of e.features) weights[f] -= RATE * (gradient + L2 * weights[f]!);
    }
  }
  return weights;
}

function probability(weights: Float64Array, features: Uint32Array): number {
  let z = weights[DIMENSIONS]!;
  for (const f of features) z += weights[f]!;
  return 1 / (1 + Math.exp(-z));
}

function totalsOf(runs: ReportRun[], predict: (r: ReportRun) => Predicted[]): SetTotals {
  const totals = emptyTotals();
  for (const r of runs) {
    const gold = r.set.gold.filter((g) => g.report === r.report);
    const borderline = r.set.borderline.filter((b) => b.report === r.report);
    const predicted = predict(r);
    addReport(totals, gold, predicted, scoreReport(gold, borderline, predicted));
  }
  return totals;
}

const f = (x: number) => x.toFixed(3);
const sets = labelledSets(ROOT);
const runs = sets.flatMap((set) => [...new Set(set.gold.map((g) => g.report))].map((report) => run(set, report)));
console.log("set          rules P / R        scorer P / R     (scorer trained without the set)");
const all = { rules: emptyTotals(), scorer: emptyTotals() };
for (const set of sets) {
  const held = runs.filter((r) => r.set === set);
  const weights = train(runs.filter((r) => r.set !== set).flatMap((r) => r.candidates));
  const rules = totalsOf(held, (r) => r.rulesPredicted);
  const scorer = totalsOf(held, (r) => [
    ...r.numeric,
    ...r.candidates
      .filter((c) => probability(weights, c.features) >= 0.5)
      .map((c) => c.commitment ?? { ...r.numeric[0]!, quote: c.quote, kind: "deliverable", target: null, unit: null }),
  ]);
  for (const [key, t] of [
    ["rules", rules],
    ["scorer", scorer],
  ] as const)
    for (const k of Object.keys(t) as Array<keyof SetTotals>)
      if (k !== "fields") (all[key][k] as number) += t[k] as number;
  console.log(
    `${set.name.padEnd(10)}   ${f(precision(rules))} / ${f(recall(rules))}    ${f(precision(scorer))} / ${f(recall(scorer))}`,
  );
}
console.log(
  `${"all".padEnd(10)}   ${f(precision(all.rules))} / ${f(recall(all.rules))}    ${f(precision(all.scorer))} / ${f(recall(all.scorer))}`,
);
const labelled = runs.flatMap((r) => r.candidates).filter((c) => c.label !== null);
console.log(
  `(${labelled.length} labelled candidate clauses, ${labelled.filter((c) => c.label === 1).length} commitments)`,
);
