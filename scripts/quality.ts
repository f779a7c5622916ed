// `npm run quality [-- --items]`: extraction quality on every labelled set, the analyser run in-process.
// 1. Per set: precision and recall (numeric and deliverable recall apart), field accuracy on matched numeric
//    targets, sector accuracy where the gold has a sector, and the totals.
// 2. Per rule: hits and false positives by set (an accepting rule's hit is a labelled commitment it made; a
//    rejecting rule's hit is a candidate it kept out that no label wants, its false positive a labelled
//    commitment it cost). Rules whose hits all come from one set are suspect: written for that set.
// 3. Leave one set out: each set scored again with the rules that only it needs switched off.
// 4. Halves of the places (tests/quality/halves.ts): A, which rounds read, and B, held out, with strict precision
//    (predictions on borderline rows counted as wrong).
// `--items` lists every labelled item with the rule that found it, or the rules that kept it out, every
// prediction no label wants (EXTRA) with the rule that made it, every prediction on a borderline row (BORDERLINE), and every wrong sector (SECTOR: gold ← found).
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { RULES } from "../app/domain/extraction/rule-registry";
import type { TraceEntry } from "../app/domain/extraction/rules";
import { analyseReport } from "../app/domain/report/analyse";
import {
  addReport,
  emptyTotals,
  fieldErrors,
  labelledSets,
  matchesGold,
  overlap,
  precision,
  recall,
  scoreReport,
  type GoldItem,
  type LabelledSet,
  type SetTotals,
} from "../tests/quality/score";
import { placeHalf, strictPrecision } from "../tests/quality/halves";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const listItems = process.argv.includes("--items");

interface RuleCount {
  hits: Map<string, number>;
  falsePositives: Map<string, number>;
}

const ruleCounts = new Map<string, RuleCount>();
const itemLines: string[] = [];

function count(rule: string, set: string, field: keyof RuleCount): void {
  let entry = ruleCounts.get(rule);
  if (!entry) ruleCounts.set(rule, (entry = { hits: new Map(), falsePositives: new Map() }));
  entry[field].set(set, (entry[field].get(set) ?? 0) + 1);
}

const texts = new Map<string, string>();
function textOf(set: LabelledSet, report: string): string {
  const file = path.join(set.corpus, report);
  let text = texts.get(file);
  if (text === undefined) texts.set(file, (text = readFileSync(file, "utf8")));
  return text;
}

/** Scores one set; with `attribute`, counts what each rule did and lists items. */
function scoreSet(set: LabelledSet, disabled: ReadonlySet<string>, attribute: boolean): SetTotals {
  const totals = emptyTotals();
  for (const report of new Set(set.gold.map((g) => g.report))) {
    const text = textOf(set, report);
    const trace: TraceEntry[] = [];
    const predicted = analyseReport(text, { disabled, trace }).commitments;
    const gold = set.gold.filter((g) => g.report === report);
    const borderline = set.borderline.filter((b) => b.report === report);
    const score = scoreReport(gold, borderline, predicted);
    addReport(totals, gold, predicted, score);
    if (!attribute) continue;
    predicted.forEach((p, i) => {
      if (score.outcome[i] === "hit") count(p.rule, set.name, "hits");
      else if (score.outcome[i] === "extra") count(p.rule, set.name, "falsePositives");
    });
    const missed = gold.filter((_, i) => score.goldMatch[i]! < 0);
    for (const entry of trace) {
      const candidate = { quote: text.slice(entry.start, entry.end), target: entry.target, unit: entry.unit };
      const wants = (g: GoldItem) =>
        entry.rule.startsWith("quantity.")
          ? g.kind === "numeric" && matchesGold(g, candidate) > 0
          : entry.rule.startsWith("deliverable.")
            ? g.kind === "deliverable" && overlap(g.quote, candidate.quote) > 0
            : overlap(g.quote, candidate.quote) > 0;
      if (missed.some(wants)) count(entry.rule, set.name, "falsePositives");
      else if (!gold.some(wants) && !borderline.some((b) => overlap(b.quote, candidate.quote)))
        count(entry.rule, set.name, "hits");
    }
    if (listItems) {
      gold.forEach((g, i) => {
        const at = score.goldMatch[i]!;
        const blockers = trace
          .filter((t) => overlap(g.quote, text.slice(t.start, t.end)) > 0)
          .map((t) => t.rule)
          .filter((rule, j, all) => all.indexOf(rule) === j);
        const by =
          at >= 0 ? predicted[at]!.rule : `MISSED${blockers.length ? ` (kept out by ${blockers.join(", ")})` : ""}`;
        itemLines.push(`${set.name}\t${report}\t${g.kind}\t${g.quote}\t${by}`);
        if (at >= 0 && g.kind === "numeric")
          for (const field of fieldErrors(g, predicted[at]!)) {
            const p = predicted[at]!;
            const read = (x: {
              target?: unknown;
              unit?: unknown;
              comparator?: unknown;
              growth?: unknown;
              deadline?: unknown;
            }) =>
              `${String(x.target ?? "-")} ${String(x.unit ?? "-")} ${String(x.comparator ?? "-")} ${x.growth ? "growth" : "level"} ${String(x.deadline ?? "-")}`;
            itemLines.push(`${set.name}\t${report}\tFIELD\t${g.quote}\t${field}: ${read(g)} ← ${read(p)}`);
          }
        if (at >= 0 && g.sector && predicted[at]!.sector !== g.sector)
          itemLines.push(`${set.name}\t${report}\tSECTOR\t${g.quote}\t${g.sector} ← ${predicted[at]!.sector ?? "-"}`);
      });
      predicted.forEach((p, i) => {
        if (score.outcome[i] === "extra") itemLines.push(`${set.name}\t${report}\tEXTRA\t${p.quote}\t${p.rule}`);
        if (score.outcome[i] === "borderline")
          itemLines.push(`${set.name}\t${report}\tBORDERLINE\t${p.quote}\t${p.rule} ${p.target ?? ""}${p.unit ?? ""}`);
      });
    }
  }
  return totals;
}

const f = (x: number) => x.toFixed(3);

const ratio = (a: number, b: number) => (b ? f(a / b) : "  -  ");

function row(name: string, t: SetTotals): string {
  const deliverables = t.gold - t.goldNumeric;
  return [
    name.padEnd(10),
    String(t.gold).padStart(5),
    String(t.matched).padStart(5),
    String(t.extra).padStart(5),
    ` ${f(precision(t))}`,
    f(recall(t)),
    ratio(t.matchedNumeric, t.goldNumeric),
    ratio(t.matched - t.matchedNumeric, deliverables),
    ratio(t.fields.unit, t.fieldN),
    ratio(t.fields.comparator, t.fieldN),
    ratio(t.fields.growth, t.fieldN),
    ratio(t.fields.deadline, t.fieldN),
    t.sectorN ? `${ratio(t.sectorRight, t.sectorN)} (${t.sectorN})` : "  -",
  ].join("  ");
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

const total = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);

const started = performance.now();
const sets = labelledSets(ROOT);
const HEADER = "set          gold   hit  extra  P      R      R-num  R-del  unit   cmp    growth dline  sector";
const NONE = new Set<string>();

console.log("Per set (all rules on)");
console.log(HEADER);
const results = sets.map((set) => {
  const totals = scoreSet(set, NONE, true);
  console.log(row(set.name, totals));
  return totals;
});
console.log(row("all", sum(results)));

console.log("\nPer rule: hits / false positives by set (* = all hits from one set: suspect)");
const setNames = sets.map((s) => s.name);
console.log(["rule".padEnd(36), ...setNames.map((n) => n.padStart(9)), "  total"].join(""));
const known = RULES.map((r) => r.id);
const ids = [...known, ...[...ruleCounts.keys()].filter((id) => !known.includes(id))];
const onlyOneSet = new Map<string, string>();
for (const id of ids) {
  const counts = ruleCounts.get(id) ?? { hits: new Map(), falsePositives: new Map() };
  const hitSets = [...counts.hits.keys()];
  if (hitSets.length === 1) onlyOneSet.set(id, hitSets[0]!);
  const cells = setNames.map((name) =>
    `${counts.hits.get(name) ?? 0}/${counts.falsePositives.get(name) ?? 0}`.padStart(9),
  );
  const mark = hitSets.length === 1 ? "*" : hitSets.length === 0 ? "-" : " ";
  console.log(`${mark}${id.padEnd(35)}${cells.join("")}  ${total(counts.hits)}/${total(counts.falsePositives)}`);
}

console.log("\nLeave one set out: each set with the rules that only it needs switched off");
console.log(HEADER);
const held = sets.map((set) => {
  const own = new Set([...onlyOneSet].filter(([, name]) => name === set.name).map(([id]) => id));
  const totals = scoreSet(set, own, false);
  console.log(`${row(set.name, totals)}  ${own.size ? `without ${[...own].join(", ")}` : ""}`);
  return totals;
});
console.log(row("all", sum(held)));

console.log("\nHalves of the places (all rules): A study, B held out; strict P counts borderline hits as wrong");
console.log(`${HEADER}  strict-P`);
for (const half of ["A", "B"] as const) {
  const totals = sum(results.filter((_, i) => placeHalf(sets[i]!.name) === half));
  console.log(`${row(`half ${half}`, totals)}  ${f(strictPrecision(totals))}`);
}
console.log(`${row("all", sum(results))}  ${f(strictPrecision(sum(results)))}`);
console.log(`\n(${Math.round(performance.now() - started)} ms)`);
if (listItems) console.log(`\n${itemLines.join("\n")}`);
