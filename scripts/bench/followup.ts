// Follow-up speed: generated pairs of reports (consecutive years, made of the corpus's own paragraphs; 60,000
// characters each, and 30,000 each), timed as the `followup` command does it: analyse both, then match the earlier
// plan to the later review.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { followUpReports } from "../../app/domain/followup/reports";
import { analyseReport } from "../../app/domain/report/analyse";
import { generateReport, type Figure } from "./analysis";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const REPORTS = path.join(ROOT, "data/reports");
/** Each report 60,000 characters, and a pair of 30,000 each (60,000 together). */
const LENGTHS = [60_000, 30_000];
const WARM_UP = 3;
const RUNS = 11;

export function benchFollowUp(): Figure[] {
  return LENGTHS.flatMap((length) => benchPair(length));
}

function benchPair(length: number): Figure[] {
  const corpus = readdirSync(REPORTS)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => readFileSync(path.join(REPORTS, file), "utf8"));
  const earlier = generateReport(corpus, length, 2024);
  const later = generateReport([...corpus].reverse(), length, 2025);
  const name = `followup.generated-${length / 1000}k-each`;
  const run = () => {
    const a = { text: earlier, analysis: analyseReport(earlier) };
    const b = { text: later, analysis: analyseReport(later) };
    const matchStart = process.hrtime.bigint();
    const matches = followUpReports(a, b);
    return {
      match: Number(process.hrtime.bigint() - matchStart) / 1e6,
      matches,
      promises: a.analysis.commitments.length,
    };
  };
  for (let i = 0; i < WARM_UP; i++) run();
  const totals: number[] = [];
  const matching: number[] = [];
  let last = run();
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    last = run();
    totals.push(Number(process.hrtime.bigint() - start) / 1e6);
    matching.push(last.match);
  }
  totals.sort((a, b) => a - b);
  matching.sort((a, b) => a - b);
  const median = (values: number[]) => values[Math.floor(values.length / 2)]!;
  return [
    { name: `${name}.chars`, value: earlier.length + later.length, unit: "chars" },
    { name: `${name}.promises`, value: last.promises, unit: "items" },
    { name, value: median(totals), unit: "ms" },
    { name: `${name}.matching`, value: median(matching), unit: "ms" },
  ].map((figure) => ({ ...figure, value: Math.round(figure.value * 100) / 100 }));
}

for (const figure of benchFollowUp()) process.stdout.write(`${figure.name}: ${figure.value} ${figure.unit}\n`);
