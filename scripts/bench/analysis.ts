// Analysis speed and memory: median time per corpus report and for a generated 50,000-character report, heap growth over runs.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import v8 from "node:v8";
import vm from "node:vm";
import { analyseReport } from "../../app/domain/report/analyse";
import { normalise } from "../../app/domain/text/normalise";
import { readStructure } from "../../app/domain/report/structure";

export interface Figure {
  name: string;
  value: number;
  unit: string;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const REPORTS = path.join(ROOT, "data/reports");
const WARM_UP = 10;
const RUNS = 21;
const MEMORY_RUNS = 200;
const GENERATED_LENGTH = 50_000;

export async function benchAnalysis(): Promise<Figure[]> {
  const figures: Figure[] = [];
  const reports = readdirSync(REPORTS)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => ({ name: file.replace(/\.txt$/, ""), text: readFileSync(path.join(REPORTS, file), "utf8") }));
  for (const report of reports) {
    figures.push({ name: `analysis.${report.name}`, value: medianMs(report.text), unit: "ms" });
  }
  const generated = generateReport(
    reports.map((r) => r.text),
    GENERATED_LENGTH,
  );
  figures.push({ name: "analysis.generated-50k.chars", value: generated.length, unit: "chars" });
  const generatedTimes = timesMs(generated);
  figures.push({ name: "analysis.generated-50k", value: generatedTimes[Math.floor(RUNS / 2)], unit: "ms" });
  figures.push({ name: "analysis.generated-50k.best", value: generatedTimes[0], unit: "ms" });
  figures.push({ name: "analysis.generated-50k.cpu", value: meanCpuMs(generated), unit: "ms" });
  figures.push({ name: "analysis.heap-growth", value: heapGrowthMb(generated), unit: "MB" });
  return figures.map((figure) => ({ ...figure, value: Math.round(figure.value * 100) / 100 }));
}

/** Wall times of RUNS analyses after a warm-up, sorted. */
function timesMs(text: string): number[] {
  for (let i = 0; i < WARM_UP; i++) analyseReport(text);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    analyseReport(text);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times.sort((a, b) => a - b);
}

function medianMs(text: string): number {
  const times = timesMs(text);
  return times[Math.floor(times.length / 2)];
}

/** Processor time per analysis (user + system), which a busy machine inflates less than wall time. */
function meanCpuMs(text: string): number {
  const start = process.cpuUsage();
  for (let i = 0; i < RUNS; i++) analyseReport(text);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / RUNS;
}

/** Heap after MEMORY_RUNS analyses minus heap after the warm-up, both after a full collection. */
function heapGrowthMb(text: string): number {
  const collect = garbageCollector();
  for (let i = 0; i < WARM_UP; i++) analyseReport(text);
  collect();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < MEMORY_RUNS; i++) analyseReport(text);
  collect();
  return (process.memoryUsage().heapUsed - before) / (1024 * 1024);
}

function garbageCollector(): () => void {
  v8.setFlagsFromString("--expose_gc");
  const gc = vm.runInNewContext("gc") as () => void;
  return () => {
    gc();
    gc();
  };
}

/**
 * A long report made of the corpus's own paragraphs in their usual proportions: a title block, every review
 * paragraph under one review part, then every plan paragraph under numbered plan sections, cycled with shifted
 * numbers until the text is long enough.
 */
export function generateReport(corpus: string[], length: number, year = 2025): string {
  const review: string[] = [];
  const plan: string[] = [];
  for (const text of corpus) {
    const clean = normalise(text);
    for (const paragraph of readStructure(clean).paragraphs) {
      const body = clean.text.slice(paragraph.start, paragraph.end);
      if (body.length < 40 || paragraph.glossary) continue;
      if (paragraph.part === "review") review.push(body);
      else if (paragraph.part === "plan") plan.push(body);
    }
  }
  const parts = [
    "政府工作报告",
    `——${year}年1月8日在示范区第三届人民代表大会第五次会议上`,
    "示范区人民政府区长 李明",
    "各位代表：",
  ];
  const numerals = "一二三四五六七八九十";
  let size = 0;
  const add = (line: string) => {
    parts.push(line);
    size += line.length + 1;
  };
  add(`一、${year - 1}年工作回顾`);
  for (let i = 0; size < length * 0.4; i++) add(shift(review[i % review.length], Math.floor(i / review.length)));
  add(`二、${year}年工作安排`);
  for (let i = 0; size < length; i++) {
    if (i % 5 === 0) add(`（${numerals[(i / 5) % 10]}）聚焦重点任务，推动第${i / 5 + 1}方面工作取得新成效`);
    add(shift(plan[i % plan.length], Math.floor(i / plan.length)));
  }
  parts.push("三、全面加强政府自身建设", "我们将坚持依法行政，自觉接受人大监督。");
  return parts.join("\n");
}

function shift(paragraph: string, by: number): string {
  return by === 0 ? paragraph : paragraph.replace(/\d+/g, (digits) => String(Number(digits) + by));
}

/** Run directly (vite-node drops the script from process.argv, so read the real command line). */
function isEntryPoint(): boolean {
  const self = fileURLToPath(import.meta.url);
  let args = process.argv;
  try {
    args = readFileSync("/proc/self/cmdline", "utf8").split("\0");
  } catch {
    // not Linux: fall back on process.argv
  }
  return args.some((arg) => arg.endsWith(".ts") && path.resolve(arg) === self);
}

if (isEntryPoint()) {
  for (const figure of await benchAnalysis()) process.stdout.write(`${figure.name}: ${figure.value} ${figure.unit}\n`);
}
