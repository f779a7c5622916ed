// Figures of a review that can report on a numeric promise: the same metric (in other words), a comparable unit, a
// plausible size, a period that can speak for the promise — and figures of one list summed when the promise names
// them together (专精特新、瞪羚企业8家 against 2 + 17 + 5 家).
import type { Verdict } from "~/domain/vocab";
import type { Candidate } from "~/domain/followup/candidate";
import { factsNear, type Fact, type Review } from "~/domain/followup/facts";
import { isActOnly, sameKind, sameQuantityKind, sameThresholds } from "~/domain/followup/evidence";
import type { FactPeriod } from "~/domain/followup/period";
import { alignedSimilarity } from "~/domain/followup/alignment";
import { direction, isLifetimeTotal, metricSimilarity, normaliseMetric } from "~/domain/followup/metric";
import { namesOf, sharedName } from "~/domain/followup/names";
import type { PromiseReading } from "~/domain/followup/promise";
import { numericTiming, type Timing } from "~/domain/followup/timing";
import { convert, isPercent, unitFit } from "~/domain/followup/units";
import { numericVerdict } from "~/domain/followup/verdict";
import { WEIGHTS } from "~/domain/followup/weights";

const W = WEIGHTS.figure;
/** 总投资, 年度计划投资: the size of a list of projects, not a metric of its own. */
const SIZE_OF_PROJECTS = /^(年度|全年|年)?(总投资|投资总额|计划投资|投资)$/;

/** How one figure reads against the promise, before its period: null when it cannot be the same metric. */
interface Reading {
  similarity: number;
  /** One kind of several the promise lists: a part of the promise, whole only when summed with the others. */
  part: boolean;
  fit: number;
  /** In the promise's unit, signed (a fall against a promised rise is negative). */
  value: number;
  plausible: number;
}

/** What a rank is of (县域经济综合实力跃居全省 → 县域经济综合实力): without its scope and its verbs. */
function rankTopic(metric: string): string {
  return metric.replace(/全省|全市|全国|全区|全县|排名|排位|位次|跃居|位居|稳居|居|位列|列|进入|挺进|跻身|第/g, "");
}

/** How alike the metrics read, and whether only one kind of a promise listing several matched (a part of it). */
function similarity(r: PromiseReading, fact: Fact): { sim: number; part: boolean } {
  const p = r.promise;
  // The words after the last 、 name one kind only when the promise lists several (…、瞪羚企业).
  // Acts alone (启动建设, 建成启用) say nothing of the object: 启动建设2个景区化村庄 is not 启动3个片区房屋征收.
  const promised = [p.metric, r.categories.length ? "" : r.context, r.prefix].filter(
    (w) => w.length >= 2 && !isActOnly(w),
  );
  if (fact.unit === "名" && p.unit === "名")
    return { sim: Math.max(metricSimilarity(rankTopic(p.metric), rankTopic(fact.metric)), 0), part: false };
  // 11条背街巷道: the thing counted may be named after the number.
  const reported = [fact.metric, ...(fact.after ? [fact.metric + fact.after, fact.after] : [])].filter(
    (w) => !isActOnly(w),
  );
  const whole = Math.max(
    ...promised.flatMap((a) => reported.map((b) => metricSimilarity(a, b))),
    r.subjectMetric ? W.subject * metricSimilarity(r.subjectMetric, fact.metric) : 0,
    fact.altMetric ? W.analyserMetric * metricSimilarity(p.metric, fact.altMetric) : 0,
  );
  // 专精特新、瞪羚企业 promised: a figure of one kind (省级专精特新企业) is part of it.
  const kind = Math.max(0, ...r.categories.map((c) => metricSimilarity(c, fact.metric)));
  return kind > whole ? { sim: kind, part: true } : { sim: whole, part: false };
}

/** 总投资164.3亿元的25个省、市重点项目 → 省、市重点项目: the kind of projects a total investment sizes, as they are counted. */
const SIZED_PROJECTS = /总投资[\d.]+[万亿]?元的(?:\d+[个项])?([^，；。\d]{0,12}?项目)/;

function kindOfSizedProjects(text: string): string | null {
  const sized = SIZED_PROJECTS.exec(text);
  // 博远电气等总投资56.5亿元的9个项目: the projects named before 等 are a few of the year's, not its list.
  if (!sized || /等$/.test(text.slice(0, sized.index))) return null;
  return sized[1]!.replace(/^(的|共)/, "");
}

/**
 * 总投资164.3亿元的25个省、市重点项目 against 总投资160.4亿元的28个省、市重点项目: a list of projects of one kind, sized
 * and counted, is the year's list of that kind again (a kind not said, 总投资…的36个项目, is the list of the sentence).
 */
function sameSizedList(promise: string, clause: string): boolean {
  const promised = kindOfSizedProjects(promise);
  const reported = kindOfSizedProjects(clause);
  if (promised === null || reported === null) return false;
  return reported === "项目" || metricSimilarity(promised, reported) >= 0.75;
}

function sameProjects(r: PromiseReading, fact: Fact): boolean {
  const p = r.promise;
  if (sharedName(namesOf(p.quote, p.entities), fact.sentence)) return true;
  if (sameSizedList(p.quote, fact.quote)) return true;
  const subject = r.subjectMetric?.slice(0, -p.metric.length);
  // The figure before only names the projects when it is not itself their size (总投资…，总投资).
  if (!subject || SIZE_OF_PROJECTS.test(normaliseMetric(subject)) || isLifetimeTotal(subject)) return false;
  return fact.sentence.split(/[，、]/).some((piece) => metricSimilarity(subject!, piece) >= 0.75);
}

/**
 * 新建支七街、纬二十五街等4条道路 against 完成仙洲路北延、平安大街东延…等6条道路改造提升: both count things they name,
 * none is the same and the counts differ: another list of the kind (the same count with other examples is the same
 * list: 城里村路、裕城街等23条小街小巷 / 东壕、西壕等23条小街小巷).
 */
function otherListedItems(r: PromiseReading, fact: Fact): boolean {
  const items = r.items ?? (r.names.declared ? r.names : null);
  if (!items || !fact.before.endsWith("等")) return false;
  const at = fact.quote.indexOf(fact.before);
  const listed = at < 0 ? "" : fact.quote.slice(0, at + fact.before.length);
  return listed.includes("、") && sharedName(items, listed) === null;
}

/** One figure for a list of things (甲、乙、丙三大产业实现产值116.7亿元), not item by item (分别). */
function isCombinedTotal(fact: Fact): boolean {
  const at = fact.quote.indexOf(fact.metric);
  const list =
    at > 0
      ? fact.quote
          .slice(0, at)
          .split(/[，；：]/)
          .at(-1)!
      : "";
  return /、$/.test(list) && !/\d/.test(list) && !/分别/.test(fact.quote);
}

/** 推进投资5000万元的甲线、乙线迁改: the investment is the size of the works named after it, whatever verb leads. */
const sizesNamedWorks = (metric: string, quote: string) =>
  /投资$/.test(metric) && /投资[\d.]+[万亿]?元的[^，；。]{4,}/.test(quote);

/**
 * A looser name (旅游业总收入 / 旅游综合收入, 农村公路 / 农村道路) is the promise's only when the figure itself fits:
 * the same unit, a count or amount (a rate fits too many figures by chance), within `alignedRatio` of the target.
 */
function numberBacked(r: PromiseReading, fact: Fact, converted: number): boolean {
  const p = r.promise;
  if (r.growth || isPercent(p.unit) || unitFit(p.unit, fact.unit) !== 1 || !(p.target! > 0)) return false;
  const ratio = converted / p.target!;
  if (ratio > W.alignedRatio || ratio < 1 / W.alignedRatio) return false;
  const reported = [fact.metric, ...(fact.after ? [fact.metric + fact.after] : [])];
  const aligned = Math.max(...reported.map((b) => alignedSimilarity(p.metric, b)));
  return aligned >= W.minAligned;
}

const SIGNED = /签约|签订|签署|洽谈/;
const ATTRACTED = /引进|招引|引入|招商|落地|落户/;

function readFigure(r: PromiseReading, fact: Fact): Reading | null {
  const read = figureReading(r, fact);
  return typeof read === "string" ? null : read;
}

/** Why a figure cannot be the promise's (for explaining a silence), or how it reads. */
export function figureReading(r: PromiseReading, fact: Fact): Reading | string {
  const p = r.promise;
  if (fact.kind !== "numeric" || fact.value === null || p.target === null) return "not a figure";
  const fit = unitFit(p.unit, fact.unit);
  if (fit === 0) return "unit";
  if ((isPercent(p.unit) || isPercent(fact.unit)) && r.growth !== fact.growth) return "growth against level";
  const converted = convert(fact.value, fact.unit, p.unit);
  if (converted === null) return "unit conversion";
  // The same value in the same unit (370万人次 and 370万人次) is evidence the two speak of one thing.
  const same = fit === 1 && Math.abs(converted - p.target) < 1e-9 && p.target !== 0;
  if (!sameThresholds(p.metric, fact.metric) || !sameKind(p.metric, fact.metric, fact.unit)) return "threshold or kind";
  if (r.oneOfSeveral && isCombinedTotal(fact)) return "combined total of a list";
  if (!sameQuantityKind(`${r.promise.quote}`, r.timing.measure === "flow", fact.before, fact.unit))
    return "count against size";
  if (!same && otherListedItems(r, fact)) return "another list's items";
  const { sim: raw, part } = similarity(r, fact);
  let sim = Math.min(1, raw + (same ? W.sameValue : 0));
  if (sim < W.minSimilarity && numberBacked(r, fact, converted)) sim = W.minSimilarity;
  if (sim < W.minSimilarity) return "metric similarity";
  // 总投资 sizes a list of projects: only the same projects, named again, or their kind make it the same figure.
  const sizeOfProjects =
    SIZE_OF_PROJECTS.test(normaliseMetric(p.metric)) || r.lifetimeTotal || sizesNamedWorks(p.metric, p.quote);
  if (sizeOfProjects && !sameProjects(r, fact)) return "another projects' size";
  // Projects signed are not projects built: their size reports a promise to attract or sign them, no other.
  if (sizeOfProjects && SIGNED.test(fact.quote) && !SIGNED.test(p.quote) && !ATTRACTED.test(p.quote))
    return "projects signed";
  // The projects' total investment over their life is not what they invested in one year (完成投资318亿元).
  if (r.lifetimeTotal && !isLifetimeTotal(fact.metric)) return "lifetime total against a year's";
  // Nor is what a year invests (年度计划投资41亿元) reported by what the year's projects cost over their life.
  if (sizeOfProjects && !r.lifetimeTotal && isLifetimeTotal(fact.metric)) return "a year's against lifetime total";
  // 增长6% promised, 下降3.2% reported: a rate of -3.2 %. Counts that went the other way are another metric.
  const want = direction(r.context || p.metric);
  const got = direction(fact.before);
  const opposite = want !== null && got !== null && want !== got;
  if (opposite && !(r.growth && fact.growth)) return "opposite direction";
  const value = opposite ? -converted : converted;
  // The same metric, read as it is worded (一般公共预算收入…增长33.4% for 增长10%): far from the target is still its result.
  const plausible =
    plausibility(r, value) ||
    (r.growth && raw >= W.sameMetric && Math.abs(value - p.target) <= W.maxSameMetricGap ? W.far : 0);
  return plausible === 0 ? "implausible size" : { similarity: sim, part, fit, value, plausible };
}

/**
 * A ratio (参保率达到96.9%, 失业率控制在4.5%以内) stated in a several-year paragraph is the level at its end, not a
 * sum of its years: for a level promise it is the period's last year's level.
 */
function levelPeriod(r: PromiseReading, fact: Fact): FactPeriod {
  const ratio = isPercent(fact.unit) && !fact.growth && !r.growth && r.timing.measure === "level";
  return ratio && fact.period.kind === "years" ? { kind: "stock", year: fact.period.to } : fact.period;
}

function isMultiYearLevel(r: PromiseReading): boolean {
  const { year, deadline, measure } = r.timing;
  return measure === "level" && year !== null && deadline !== null && deadline > year;
}

function plausibility(r: PromiseReading, value: number): number {
  const target = r.promise.target!;
  if (r.growth || isPercent(r.promise.unit)) {
    const gap = Math.abs(value - target);
    // A ratio to reach in several years (城镇化率达到60%) may be far below it on the way.
    const max = !r.growth && isMultiYearLevel(r) ? W.maxLevelGap : W.maxGap;
    return gap > max ? 0 : gap > W.farGap ? W.far : 1;
  }
  if (target <= 0) return 1;
  const ratio = value / target;
  if (ratio > W.maxRatio || ratio < W.minRatio) return 0;
  return ratio > W.farRatio || ratio < 1 / W.farRatio ? W.farRatioFactor : 1;
}

/** The review says the target was not met (低于预期目标, 未完成年度目标): short of it is missed, not partly done. */
const SAID_SHORT = /低于[^，。；]{0,8}(预期|目标)|未(能)?(完成|实现|达到)[^，。；]{0,6}(目标|任务)/;

/** Before the deadline one year's figure is progress; only a level already reached is the promise kept. */
export function timedVerdict(r: PromiseReading, value: number, timing: Timing, sentence = ""): Verdict {
  const p = r.promise;
  const reached = numericVerdict({
    target: p.target!,
    upper: r.upper,
    value,
    comparator: p.comparator,
    growth: r.growth,
    lowerIsBetter: r.lowerIsBetter,
  });
  if (timing.when === "due") return reached === "partial" && SAID_SHORT.test(sentence) ? "missed" : reached;
  return r.timing.measure === "level" && reached === "achieved" ? reached : "in_progress";
}

interface Scored {
  fact: Fact;
  reading: Reading;
  timing: Timing;
  score: number;
}

/** Figures of one list (same sentence, same unit, same period, none a part of another: 其中) that can be added. */
function sums(r: PromiseReading, scored: Scored[]): Candidate[] {
  // Only a promise that lists kinds (专精特新、瞪羚企业) adds up figures of several kinds.
  if (r.growth || isPercent(r.promise.unit) || !r.categories.length) return [];
  const groups = new Map<string, Scored[]>();
  for (const s of scored) {
    if (/^其中/.test(s.fact.before) || s.fact.period.kind !== "year") continue;
    const key = `${s.fact.sentence}|${s.fact.unit}|${s.fact.clauseIndex >= 0 ? "" : "x"}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const out: Candidate[] = [];
  for (const items of groups.values()) {
    const distinct = items.filter(
      (s, i) => items.findIndex((o) => o.fact.start === s.fact.start && o.fact.value === s.fact.value) === i,
    );
    if (distinct.length < 2) continue;
    const value = distinct.reduce((sum, s) => sum + s.reading.value, 0);
    const best = distinct.reduce((a, b) => (b.score > a.score ? b : a));
    const timing = best.timing;
    const fact = { ...best.fact, quote: best.fact.sentence, start: Math.min(...distinct.map((s) => s.fact.start)) };
    out.push({
      fact: { ...fact, end: Math.max(...distinct.map((s) => s.fact.end)) },
      score: Math.min(1, (distinct.reduce((sum, s) => sum + s.score, 0) / distinct.length) * W.sumBonus),
      verdict: timedVerdict(r, value, timing),
      route: "sum",
      anchors: distinct.map((s) => `n:${s.fact.id}`),
      value: convert(value, r.promise.unit, best.fact.unit),
      unit: best.fact.unit,
    });
  }
  return out;
}

export function figureCandidates(r: PromiseReading, review: Review): Candidate[] {
  if (!r.numeric) return [];
  const scored: Scored[] = [];
  const p = r.promise;
  const wordings = [p.metric, r.context, r.prefix, r.subjectMetric ?? "", ...r.categories];
  for (const fact of factsNear(review, "numeric", wordings)) {
    const reading = readFigure(r, fact);
    if (!reading) continue;
    const timing = numericTiming(r.timing, levelPeriod(r, fact), review.year);
    if (timing.factor === 0) continue;
    const score =
      reading.similarity * reading.fit * timing.factor * reading.plausible * (fact.estimated ? WEIGHTS.estimated : 1);
    scored.push({ fact, reading, timing, score });
  }
  const singles: Candidate[] = scored.map((s) => ({
    fact: s.fact,
    score: s.score * (s.reading.part ? W.part : 1),
    verdict: timedVerdict(r, s.reading.value, s.timing, s.fact.sentence),
    route: "figure",
    progress: s.timing.when === "early",
    anchors: [`n:${s.fact.id}`],
    value: s.fact.value,
    unit: s.fact.unit,
  }));
  return [...singles, ...sums(r, scored)];
}

/** Why one review figure was not proposed for a promise (its reading, then its period), or null when it was. */
export function figureRefusal(r: PromiseReading, fact: Fact, review: Review): string | null {
  if (!r.numeric) return "a deliverable";
  const reading = figureReading(r, fact);
  if (typeof reading === "string") return reading;
  return numericTiming(r.timing, levelPeriod(r, fact), review.year).factor === 0 ? "period" : null;
}
