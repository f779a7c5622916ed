// `npm run quality`: extraction quality on every labelled set, the analyser run in-process.
// Prints per set precision and recall (numeric and deliverable recall apart), field accuracy on matched numeric
// targets, sector accuracy where the gold has a sector, and the totals.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { analyseReport } from "../app/domain/report/analyse";
import {
  addReport,
  emptyTotals,
  labelledSets,
  precision,
  recall,
  scoreReport,
  type LabelledSet,
  type SetTotals,
} from "../tests/quality/score";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function scoreSet(set: LabelledSet): SetTotals {
  const totals = emptyTotals();
  for (const report of new Set(set.gold.map((g) => g.report))) {
    const text = readFileSync(path.join(set.corpus, report), "utf8");
    const predicted = analyseReport(text).commitments;
    const gold = set.gold.filter((g) => g.report === report);
    const score = scoreReport(
      gold,
      set.borderline.filter((b) => b.report === report),
      predicted,
    );
    addReport(totals, gold, predicted, score);
  }
  return totals;
}

const f = (x: number) => x.toFixed(3);
const ratio = (a: number, b: number) => (b ? f(a / b) : "  -  ");

function row(name: string, t: SetTotals): string {
  const deliverables = t.gold - t.goldNumeric;
  const cells = [
    name.padEnd(10),
    String(t.gold).padStart(5),
    String(t.matched).padStart(5),
    String(t.extra).padStart(5),
    f(precision(t)),
    f(recall(t)),
    ratio(t.matchedNumeric, t.goldNumeric),
    ratio(t.matched - t.matchedNumeric, deliverables),
    ratio(t.fields.unit, t.fieldN),
    ratio(t.fields.comparator, t.fieldN),
    ratio(t.fields.growth, t.fieldN),
    ratio(t.fields.deadline, t.fieldN),
    t.sectorN ? `${ratio(t.sectorRight, t.sectorN)} (${t.sectorN})` : "  -  ",
  ];
  return cells.join("  ");
}

function sum(all: SetTotals[]): SetTotals {
  const total = emptyTotals();
  for (const t of all) {
    for (const key of Object.keys(total) as Array<keyof SetTotals>) {
      if (key === "fields")
        for (const k of Object.keys(total.fields) as Array<keyof SetTotals["fields"]>) total.fields[k] += t.fields[k];
      else total[key] += t[key];
    }
  }
  return total;
}

const started = performance.now();
const sets = labelledSets(ROOT);
const header = "set          gold  hit  extra  P      R      R-num  R-del  unit   cmp    growth dline  sector";
console.log(header);
const results = sets.map((set) => {
  const totals = scoreSet(set);
  console.log(row(set.name, totals));
  return totals;
});
console.log(row("all", sum(results)));
console.log(`(${Math.round(performance.now() - started)} ms)`);
