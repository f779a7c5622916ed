// A growth promised (一般公共预算收入增长7%) and only a level reported (一般公共预算收入7.04亿元): the earlier report's
// own review gave the year before's level (6.82亿元), so the growth is reckoned from the two levels. The year before's
// levels are the analyser's results of the earlier report (already read: no second reading of its text).
import type { Candidate } from "~/domain/followup/candidate";
import { factsNear, type Fact, type ResultInput, type Review } from "~/domain/followup/facts";
import { timedVerdict } from "~/domain/followup/figures";
import { metricSimilarity } from "~/domain/followup/metric";
import { numbersIn } from "~/domain/followup/numbers";
import { parseSpan } from "~/domain/followup/period";
import type { PromiseReading } from "~/domain/followup/promise";
import { numericTiming } from "~/domain/followup/timing";
import { convert, isPercent } from "~/domain/followup/units";
import { WEIGHTS } from "~/domain/followup/weights";

const W = WEIGHTS.derived;

/** Measures whose growth is reckoned at constant prices (生产总值, 增加值): two years' levels do not give it. */
const REAL_GROWTH = /生产总值|GDP|增加值|经济总量|经济增长/i;

/** An amount or a count (not a rate, not a growth): a figure of the review or of the earlier report's results. */
function isAmount(figure: Pick<Fact, "kind" | "value" | "growth" | "unit">): boolean {
  return (
    figure.kind === "numeric" && figure.value !== null && figure.value > 0 && !figure.growth && !isPercent(figure.unit)
  );
}

/** A level of one year: an amount or a count, said of that year alone. */
function isYearLevel(fact: Fact, year: number | null): boolean {
  return isAmount(fact) && year !== null && fact.period.kind === "year" && (fact.period.year ?? year) === year;
}

function bestSimilarity(wordings: readonly string[], metric: string): number {
  return Math.max(0, ...wordings.filter((w) => w.length >= 2).map((w) => metricSimilarity(w, metric)));
}

const levelsByYear = new WeakMap<readonly ResultInput[], { year: number; levels: ResultInput[] }>();

/** The earlier results that are one year's level (read once per report). */
function levelsOf(previous: readonly ResultInput[], year: number): ResultInput[] {
  const cached = levelsByYear.get(previous);
  if (cached?.year === year) return cached.levels;
  const levels = previous.filter((result) => {
    const span = parseSpan(result.period);
    return isAmount(result) && span !== null && span.from === year && span.to === year;
  });
  levelsByYear.set(previous, { year, levels });
  return levels;
}

/**
 * The year before's level of the same metric among the earlier report's results: one value only (two different values
 * of a metric that reads the same leave the base unknown).
 */
function baseLevel(level: Fact, previous: readonly ResultInput[], year: number): number | null {
  const values = new Set<number>();
  for (const result of levelsOf(previous, year)) {
    if (result.value === null || metricSimilarity(level.metric, result.metric) < W.minSimilarity) continue;
    const value = convert(result.value, result.unit, level.unit);
    if (value !== null && value > 0) values.add(Math.round(value * 1e6) / 1e6);
  }
  return values.size === 1 ? [...values][0]! : null;
}

/** Candidates reckoned from two years' levels, for a growth promise; none without the earlier review. */
export function derivedGrowthCandidates(
  r: PromiseReading,
  review: Review,
  previous: readonly ResultInput[],
): Candidate[] {
  const p = r.promise;
  if (!previous.length || !r.numeric || !r.growth || p.target === null || review.year === null) return [];
  if (REAL_GROWTH.test(p.metric + r.context)) return [];
  const wordings = [p.metric, r.context, r.prefix];
  const near = factsNear(review, "numeric", wordings, 2);
  // The review states a growth of the metric somewhere (of another period, or refused): it is not reckoned over it.
  if (near.some((f) => f.growth && bestSimilarity(wordings, f.metric) >= W.minSimilarity)) return [];
  const out: Candidate[] = [];
  for (const level of near) {
    if (!isYearLevel(level, review.year)) continue;
    const sim = bestSimilarity(wordings, level.metric);
    if (sim < W.minSimilarity) continue;
    // 旅游收入达到38亿元，…增长20%: the promise's sentence names the level itself; the level's promise takes it.
    const stated = numbersIn(`${p.lead ?? ""}，${p.quote}`).some(
      (m) =>
        convert(m.value, m.unit, level.unit) !== null && metricSimilarity(m.metric, level.metric) >= W.minSimilarity,
    );
    if (stated) continue;
    const timing = numericTiming(r.timing, level.period, review.year);
    if (timing.factor === 0 || timing.when !== "due") continue;
    const base = baseLevel(level, previous, review.year - 1);
    if (base === null) continue;
    const growth = (100 * level.value!) / base - 100;
    if (Math.abs(growth) > W.maxGrowth) continue;
    out.push({
      fact: level,
      score: sim * timing.factor * W.factor,
      verdict: timedVerdict(r, Math.round(growth * 10) / 10, timing, level.sentence),
      route: "derived",
      anchors: [`d:${level.id}`],
      value: level.value,
      unit: level.unit,
    });
  }
  return out;
}
