// `npm run quality:scorer`: the rules alone against the rules with the learned clause decision, leaving one
// labelled set out. For each set, a model is trained on every other set (its threshold chosen inside them, never on
// the set), and the analyser is run on the set with that model: it takes clauses a rule kept out. Prints per set and
// in total precision, recall and numeric / deliverable recall for both. `--halves`: trained (and its threshold chosen)
// on half A of the places only, scored on both halves, with strict precision (borderline hits counted as wrong).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { clauseProbability as probability, type ClauseModel } from "../app/domain/extraction/clause-model";
import { analyseReport } from "../app/domain/report/analyse";
import { runSets, trainWithThreshold, type ReportRun } from "../tests/quality/clause-training";
import { placeHalf, strictPrecision } from "../tests/quality/halves";
import {
  addReport,
  emptyTotals,
  labelledSets,
  precision,
  recall,
  scoreReport,
  type SetTotals,
} from "../tests/quality/score";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function totals(runs: ReportRun[], model: ClauseModel | null): SetTotals {
  const t = emptyTotals();
  for (const r of runs) {
    const predicted = model ? analyseReport(r.text, { model }).commitments : r.rules;
    const gold = r.set.gold.filter((g) => g.report === r.report);
    const borderline = r.set.borderline.filter((b) => b.report === r.report);
    addReport(t, gold, predicted, scoreReport(gold, borderline, predicted));
  }
  return t;
}

function add(into: SetTotals, t: SetTotals): void {
  for (const key of Object.keys(t) as Array<keyof SetTotals>)
    if (key !== "fields") (into[key] as number) += t[key] as number;
}

interface Counts {
  hits: number;
  extras: number;
  borderline: number;
}

/** What the model would add to the rules at a fixed threshold (shown, never chosen on the set). */
function addedAt(into: Counts, runs: ReportRun[], model: ClauseModel, threshold: number): void {
  for (const r of runs) {
    const taken = r.candidates.filter((c) => c.decidable && probability(model, c.features) >= threshold);
    const found = new Set<number>();
    for (const c of taken) {
      if (typeof c.adds === "number" && !found.has(c.adds)) found.add(c.adds);
      else if (c.adds === "borderline") into.borderline++;
      else into.extras++;
    }
    into.hits += found.size;
  }
}

const f = (x: number) => x.toFixed(3);
const figures = (t: SetTotals) =>
  `${f(precision(t))} / ${f(recall(t))} (${f(t.matchedNumeric / Math.max(1, t.goldNumeric))} / ${f(
    (t.matched - t.matchedNumeric) / Math.max(1, t.gold - t.goldNumeric),
  )}) ${String(t.extra).padStart(3)}`;

const started = performance.now();
const sets = labelledSets(ROOT);
const runs = runSets(sets);
const strict = (t: SetTotals) => f(strictPrecision(t));

if (process.argv.includes("--halves")) {
  // Trained and its threshold chosen on half A of the places only; half B is held out.
  const study = runs.filter((r) => placeHalf(r.set.name) === "A");
  const model = trainWithThreshold(study);
  console.log(`trained on half A (${study.length} reports), threshold ${model.threshold.toFixed(2)}`);
  console.log("half   rules P / R (num / del) extra  strict-P      rules + model P / R (num / del) extra  strict-P");
  for (const half of ["A", "B"] as const) {
    const held = runs.filter((r) => placeHalf(r.set.name) === half);
    const rules = totals(held, null);
    const learned = totals(held, model);
    console.log(`${half}      ${figures(rules)}  ${strict(rules)}      ${figures(learned)}  ${strict(learned)}`);
  }
  process.exit(0);
}
const candidates = runs.flatMap((r) => r.candidates);
console.log(
  `${candidates.length} candidate clauses (${candidates.filter((c) => c.label).length} deliverables), ${candidates.filter((c) => c.decidable).length} kept out by a rule (${candidates.filter((c) => c.decidable && c.label).length} deliverables), the ones the model decides on`,
);
console.log(
  "set             rules P / R (num / del) extra      rules + model P / R (num / del) extra   threshold   at 0.5: +hits / +extras (borderline)",
);
const all = { rules: emptyTotals(), model: emptyTotals() };
for (const set of sets) {
  const held = runs.filter((r) => r.set === set);
  const model = trainWithThreshold(runs.filter((r) => r.set !== set));
  const rules = totals(held, null);
  const learned = totals(held, model);
  const added: Counts = { hits: 0, extras: 0, borderline: 0 };
  addedAt(added, held, model, 0.5);
  add(all.rules, rules);
  add(all.model, learned);
  console.log(
    `${set.name.padEnd(14)}  ${figures(rules)}      ${figures(learned)}   ${model.threshold.toFixed(2)}       +${added.hits} / +${added.extras} (${added.borderline})`,
  );
}
console.log(`${"all".padEnd(14)}  ${figures(all.rules)}      ${figures(all.model)}`);
console.log(
  `strict precision (borderline hits counted as wrong): rules ${strict(all.rules)}, rules + model ${strict(all.model)}`,
);
console.log(`(${Math.round(performance.now() - started)} ms)`);
