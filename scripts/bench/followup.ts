// Follow-up speed: pairs of reports of 30,000 and 60,000 characters each (real review and plan paragraphs of the
// follow-up corpus put together), analysed and matched; median wall time of the whole (both analyses and the
// matcher) and of the matcher alone, and processor time, which a busy machine inflates less.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { followUpInputs, followUpReports } from "../../app/domain/followup/reports";
import { matchFollowUps } from "../../app/domain/followup/match";
import type { PairModel } from "../../app/domain/followup/learned";
import { analyseReport } from "../../app/domain/report/analyse";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const CORPUS = path.join(ROOT, "tests/fixtures/followup-real");
const LENGTHS = [30_000, 60_000];
const WARM_UP = 5;
const RUNS = 15;

const read = (name: string) => readFileSync(path.join(CORPUS, name), "utf8").split("\n").slice(1).join("\n");

/** The paragraphs between a report's review heading and its plan heading, or after the plan heading. */
function part(text: string, which: "review" | "plan"): string[] {
  const lines = text.split("\n").map((l) => l.trim());
  const review = lines.findIndex((l) => /^一、.*(回顾|过去)/.test(l));
  const plan = lines.findIndex((l, i) => i > review && /^二、/.test(l));
  const slice = which === "review" ? lines.slice(review + 1, plan) : lines.slice(plan + 1);
  return slice.filter((l) => l.length > 20 && !/^[一二三四五六七八九十]、/.test(l));
}

/** One report of about `length` characters: the head of `base`, then review and plan parts grown from `donors`. */
function grow(base: string, donors: string[], length: number): string {
  const lines = base.split("\n");
  const planAt = lines.findIndex((l) => /^\s*二、/.test(l));
  const head = lines.slice(0, planAt);
  const tail = lines.slice(planAt);
  const reviews = donors.flatMap((d) => part(d, "review"));
  const plans = donors.flatMap((d) => part(d, "plan"));
  let text = [...head, ...tail].join("\n");
  for (let i = 0; text.length < length && i < reviews.length + plans.length; i++) {
    if (i % 2 === 0 && reviews.length) head.push(reviews[(i / 2) % reviews.length]!);
    else if (plans.length) tail.push(plans[Math.floor(i / 2) % plans.length]!);
    text = [...head, ...tail].join("\n");
  }
  return text.slice(0, length);
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The learned pairing decision (off in the product), measured on its own for when it is switched on. */
const PAIR_MODEL = JSON.parse(
  readFileSync(path.join(ROOT, "app/domain/followup/pairing-model.json"), "utf8"),
) as PairModel;

function learnedCpuMs(earlierText: string, laterText: string): number {
  const earlier = { text: earlierText, analysis: analyseReport(earlierText) };
  const later = { text: laterText, analysis: analyseReport(laterText) };
  const { promises, review, options } = followUpInputs(earlier, later);
  const times: number[] = [];
  for (let i = 0; i < WARM_UP + RUNS; i++) {
    const cpu = process.cpuUsage();
    matchFollowUps(promises, review, { ...options, model: PAIR_MODEL });
    const used = process.cpuUsage(cpu);
    if (i >= WARM_UP) times.push((used.user + used.system) / 1000);
  }
  return median(times);
}

const donors = [
  "national-2015.txt",
  "national-2016.txt",
  "national-2017.txt",
  "hailaer-2012.txt",
  "hailaer-2013.txt",
].map(read);

function once(earlierText: string, laterText: string) {
  const earlier = { text: earlierText, analysis: analyseReport(earlierText) };
  const later = { text: laterText, analysis: analyseReport(laterText) };
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  followUpReports(earlier, later);
  const used = process.cpuUsage(cpu);
  return {
    matchMs: Number(process.hrtime.bigint() - start) / 1e6,
    matchCpuMs: (used.user + used.system) / 1000,
    promises: earlier.analysis.commitments.length,
  };
}

for (const length of LENGTHS) {
  const earlierText = grow(read("national-2018.txt"), donors, length);
  const laterText = grow(read("national-2019.txt"), [...donors].reverse(), length);
  for (let i = 0; i < WARM_UP; i++) once(earlierText, laterText);
  const whole: number[] = [];
  const matcher: number[] = [];
  const matcherCpu: number[] = [];
  let promises = 0;
  const cpuStart = process.cpuUsage();
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    const run = once(earlierText, laterText);
    whole.push(Number(process.hrtime.bigint() - start) / 1e6);
    matcher.push(run.matchMs);
    matcherCpu.push(run.matchCpuMs);
    promises = run.promises;
  }
  const cpu = process.cpuUsage(cpuStart);
  const name = `followup.pair-2x${length / 1000}k`;
  const figures: [string, number, string][] = [
    [`${name}.chars`, earlierText.length + laterText.length, "chars"],
    [`${name}.promises`, promises, "promises"],
    [name, median(whole), "ms"],
    [`${name}.cpu`, (cpu.user + cpu.system) / 1000 / RUNS, "ms"],
    [`${name}.matcher`, median(matcher), "ms"],
    [`${name}.matcher.cpu`, median(matcherCpu), "ms"],
    [`${name}.matcher-learned.cpu`, learnedCpuMs(earlierText, laterText), "ms"],
  ];
  for (const [figure, value, unit] of figures)
    process.stdout.write(`${figure}: ${Math.round(value * 100) / 100} ${unit}\n`);
}
