// Results said in words: a named thing's stage (民祥科技…竣工投产, 济潍高速建成通车，临临高速主体完工), several named
// things at different stages (some done → in progress), and a numeric target's outcome said without its figure
// (淘汰落后产能年度任务如期完成, 外贸进出口等指标未完成年度目标, 地下综合管廊建设加快).
import type { Verdict } from "~/domain/vocab";
import type { Candidate, Route } from "~/domain/followup/candidate";
import { isActOnly, onlyTitle } from "~/domain/followup/evidence";
import { factsNear, type Fact, type Review } from "~/domain/followup/facts";
import { canonicalMetric, metricSimilarity, normaliseMetric } from "~/domain/followup/metric";
import {
  distinctLength,
  nameScore,
  restUnsaid,
  sharedName,
  shortFormHit,
  type NameHit,
  type Names,
} from "~/domain/followup/names";
import type { PromiseReading } from "~/domain/followup/promise";
import {
  actsOf,
  aimsAtMilestone,
  effortAround,
  isMilestone,
  isPreparation,
  passedLowerLevel,
  quotaFallMet,
  reportsAct,
  stageOf,
  type Stage,
} from "~/domain/followup/stage";
import type { FactPeriod } from "~/domain/followup/period";
import { deliverableTiming, type Timing } from "~/domain/followup/timing";
import { unitFit } from "~/domain/followup/units";
import { deliverableVerdict } from "~/domain/followup/verdict";
import { standardCandidates } from "~/domain/followup/standard";
import { titleCandidates } from "~/domain/followup/titles";
import { WEIGHTS } from "~/domain/followup/weights";

/** The stage stated for the named thing: after it in its list, else anywhere in the clause, else in the next clauses. */
function stageFor(hit: NameHit, fact: Fact, review: Review, goal: string): { stage: Stage; factor: number } | null {
  // 主体完工 promised and 主体完工 reported: the milestone promised is the one reached.
  if (aimsAtMilestone(goal) && isMilestone(fact.quote.slice(hit.at))) return { stage: "completed", factor: 1 };
  // 取消…收费 promised, 取消…收费 reported: the act promised is the one done.
  if (reportsAct(actsOf(goal), fact.quote)) return { stage: "completed", factor: WEIGHTS.stage.own };
  // …浓度下降率完成市定任务 promised, …浓度同比下降11.5% reported: the quota is not said, the fall is.
  if (fact.period.kind !== "years" && quotaFallMet(goal, fact.quote.slice(hit.at)))
    return { stage: "completed", factor: WEIGHTS.stage.own };
  let after = "";
  for (const piece of fact.quote.slice(hit.at).split("、")) {
    after += piece;
    const stage = stageOf(after);
    if (stage) return { stage, factor: WEIGHTS.stage.own };
  }
  const inClause = stageOf(fact.quote);
  if (inClause) return { stage: inClause, factor: WEIGHTS.stage.clause };
  const clause = review.clauses[fact.clauseIndex];
  for (let i = 1; clause && i <= 2; i++) {
    const next = review.clauses[fact.clauseIndex + i];
    if (!next || next.sentence !== clause.sentence) break;
    const stage = stageOf(next.text);
    if (stage) return { stage, factor: WEIGHTS.stage.next };
  }
  return null;
}

/** The clause and the next two of its sentence: where a stage for a name in the clause may be said. */
function stageWindow(fact: Fact, review: Review): string {
  const clause = review.clauses[fact.clauseIndex];
  let text = fact.quote;
  for (let i = 1; clause && i <= 2; i++) {
    const next = review.clauses[fact.clauseIndex + i];
    if (!next || next.sentence !== clause.sentence) break;
    text += next.text;
  }
  return text;
}

/** Not yet due: done is done, anything else is progress. Due earlier: a later status is at most progress. */
function timedVerdict(verdict: Verdict, when: Timing["when"]): Verdict {
  if (when === "early") return verdict === "achieved" ? verdict : "in_progress";
  if (when === "late") return verdict === "achieved" ? "in_progress" : verdict;
  return verdict;
}

/**
 * 完成全年财政收入任务 against 完成全部财政收入7.8亿元: the amount reached, without the task it is measured against,
 * does not say the task was done.
 */
function amountForTask(promise: string, clause: string, sentence: string): boolean {
  return (
    /(任务|目标|标准)[。；，]?$/.test(promise.trim()) &&
    /(完成|达到|实现|达)[^，；。\d]{0,14}\d/.test(clause) &&
    !/任务|目标|标准|计划/.test(sentence)
  );
}

interface NamedCandidate extends Candidate {
  name: string;
}

/** Every clause that names one of `names` with a stage, as a candidate for that name. */
function stageCandidates(
  r: PromiseReading,
  names: Names,
  review: Review,
  ownNames: readonly string[],
  route: Route,
  factor: number,
): NamedCandidate[] {
  if (!names.names.length) return [];
  const out: NamedCandidate[] = [];
  // A shared name is at least three characters in a row: two character pairs.
  for (const fact of factsNear(review, "deliverable", names.names, 2)) {
    // A numeric promise's items in a clause with its figure: the figure decides (引进品牌首店6家).
    if (r.numeric && hasOwnFigure(r, fact, review)) continue;
    const timing = deliverableTiming(r.timing, fact.period, review.year);
    if (timing.factor === 0) continue;
    if (amountForTask(r.promise.quote, fact.quote, fact.sentence)) continue;
    // Each name the clause reports on (哈萨尔、东升路两个市民广场投入使用 reports on both).
    for (const name of names.names) {
      const hit =
        sharedName({ ...names, names: [name] }, fact.quote, ownNames) ??
        (r.numeric ? null : shortFormHit(name, fact.quote, ownNames));
      if (!hit || restUnsaid(hit, stageWindow(fact, review), names, r.promise.quote)) continue;
      const stage = stageFor(hit, fact, review, r.promise.quote);
      if (!stage) continue;
      // A promise that is itself a preparation step (签约, 立项) is kept when that step is reported.
      let reached = stage.stage === "preparing" && isPreparation(r.promise.quote) ? "completed" : stage.stage;
      if (reached === "completed" && passedLowerLevel(fact.quote, r.promise.quote)) reached = "under_way";
      out.push({
        name,
        fact,
        score: nameScore(hit, names) * stage.factor * timing.factor * factor * (fact.estimated ? WEIGHTS.estimated : 1),
        verdict: timedVerdict(deliverableVerdict(reached, r.goal), timing.when),
        route,
        anchors: [`${fact.clauseIndex}:${hit.overlap}`],
        value: null,
        unit: null,
      });
    }
  }
  return out;
}

function pairs(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 2 <= text.length; i++) out.push(text.slice(i, i + 2));
  return out;
}

/**
 * A name not found by itself, but most of it in a list clause that reports on another name of the promise
 * (华汇地下金街 in 华汇地下商业街、众和地壹街…全面竣工; 上海合作组织峰会 in …、上合组织青岛峰会、…): the list restates
 * the promise's, so the name has the clause's stage.
 */
function coveredBy(name: string, clause: string): boolean {
  if (!clause.includes("、")) return false;
  const own = pairs(name);
  return own.length > 0 && own.filter((pair) => clause.includes(pair)).length >= 0.4 * own.length;
}

/**
 * Several named things (建设概念验证中心和中试基地; 华润雪花、冷饮厂、玉佳禾等项目开工建设): all done is done; some done
 * and the rest not reported is partly done; some done and others under way is progress; all stalled is missed.
 */
function together(names: Names, found: NamedCandidate[]): Candidate[] {
  if (names.names.length < 2 || !found.length) return found;
  const best = new Map<string, NamedCandidate>();
  for (const c of found) if (!best.has(c.name) || best.get(c.name)!.score < c.score) best.set(c.name, c);
  for (const name of names.names) {
    if (best.has(name)) continue;
    const host = [...best.values()].find((c) => coveredBy(name, c.fact.quote));
    if (host) best.set(name, { ...host, name });
  }
  const each = [...new Set(best.values())];
  const verdicts = new Set(each.map((c) => c.verdict));
  const all = each.length === names.names.length;
  let verdict: Verdict;
  if (verdicts.size === 1 && (all || !verdicts.has("achieved"))) verdict = each[0]!.verdict;
  else if (verdicts.size === 1) verdict = "partial";
  else verdict = [...verdicts].every((v) => v === "missed") ? "missed" : "in_progress";
  const top = each.reduce((a, b) => (b.score > a.score ? b : a));
  const joined: Candidate = {
    ...top,
    verdict,
    score: top.score * (all ? 1 : 0.95),
    anchors: each.flatMap((c) => c.anchors),
    fact: each.length > 1 ? { ...top.fact, quote: top.fact.sentence } : top.fact,
  };
  return [joined];
}

/** Outcome words a numeric target is reported with when its figure is not given. */
const DONE =
  /超额完成|全面完成|如期完成|圆满完成|顺利完成|提前完成|完成(了)?(全年|年度)?(目标)?任务|实现(了)?(全年|年度)?(预期)?目标|超过(全年)?预期目标|好于预期|达到(了)?预期|任务完成|全部完成/;
const SHORT = /未完成|未能完成|没有完成|未能实现|未实现|未达到|低于(预期|目标)|滞后/;

function outcomeOf(text: string): Stage | null {
  if (SHORT.test(text)) return "stalled";
  if (DONE.test(text)) return "completed";
  const stage = stageOf(text);
  return stage === "under_way" ? stage : null;
}

const OUTCOME_WORDS = new RegExp(`(${DONE.source}|${SHORT.source})`, "g");

/**
 * What a piece names, without the outcome said of it (超额完成哈哈腔演出任务 names 哈哈腔演出; “双代”工作圆满完成 names
 * “双代”): the outcome words are no part of the thing, and they dilute its likeness to the promise's metric.
 */
function withoutOutcome(piece: string): string {
  const bare = piece.replace(OUTCOME_WORDS, "");
  // What is left must still name something (超额完成年度投资计划 leaves only 投资: the words are about the plan).
  return bare !== piece && normaliseMetric(bare).length >= 3 ? bare : piece;
}

/** A clause with a figure that could be the promise's own: the figure decides there, not the words. */
function hasOwnFigure(r: PromiseReading, fact: Fact, review: Review): boolean {
  return (review.figuresByClause.get(fact.clauseIndex) ?? []).some(
    (f) => unitFit(r.promise.unit, f.unit) > 0 && metricSimilarity(r.promise.metric, f.metric) >= 0.5,
  );
}

/** What is measured of a thing, when a metric ends with it (…服务经费标准, 进出口总额, 参保率). */
const QUANTITY_HEAD = /(标准|经费|资金|补助|比例|比重|总额|金额|价格|费用|[^效]率)$/;

/** Whether a clause names the quantity a numeric promise measures (…经费标准 needs 标准), when it names one. */
function measuredIn(r: PromiseReading, text: string): boolean {
  const head = QUANTITY_HEAD.exec(normaliseMetric(r.promise.metric))?.[0].slice(-2);
  return !head || canonicalMetric(text).includes(head);
}

/** Where a clause names what the promise measures: a list item of the same metric, or its object's name. */
function objectIn(r: PromiseReading, text: string, ownNames: readonly string[]): { at: number; score: number } | null {
  // The thing without what is measured of it (基本公共卫生服务均等化 for …服务经费标准) is another topic.
  if (!measuredIn(r, text)) return null;
  let best: { at: number; score: number } | null = null;
  // Acts alone (开工建设) or common words alone (项目建设) name no object: any works' news would read as its.
  const wordings = [r.promise.metric, r.context].filter(
    (w) => w.length >= 2 && !isActOnly(w) && distinctLength(normaliseMetric(w), ownNames) > 0,
  );
  let at = 0;
  for (const piece of text.split(/[、，]|等|和|及|与/)) {
    const named = withoutOutcome(piece);
    const sim = Math.max(0, ...wordings.map((w) => metricSimilarity(w, named)));
    if (sim >= WEIGHTS.words.minSimilarity && (!best || sim > best.score)) best = { at, score: sim };
    at += piece.length + 1;
  }
  const hit = r.object ? sharedName(r.object, text, ownNames) : null;
  const named = hit ? nameScore(hit, r.object!) : 0;
  return hit && named > (best?.score ?? 0) ? { at: hit.at, score: named } : best;
}

/** The kinds a numeric promise lists before its figure (淘汰钢铁2700万吨、水泥4200万吨、平板玻璃3500万标准箱等). */
function siblingsOf(quote: string): string[] {
  const list = quote.replace(/\s+/g, "").split(/等|，|；/)[0]!;
  if (!list.includes("、")) return [];
  return list
    .split("、")
    .map((item) => item.replace(/[\d.]+[^\d、]*$/, "").replace(/^.*(淘汰|压减|退出|化解|新增|新建|培育|引进)/, ""))
    .filter((item) => item.length >= 2);
}

/**
 * A clause restating the promise's list of kinds, two of them or more and 等 (钢铁、水泥等15个重点行业): it speaks of
 * every kind the promise listed, those it names and those 等 stands for.
 */
function listCovering(r: PromiseReading, text: string): { at: number; score: number } | null {
  const siblings = siblingsOf(r.promise.quote);
  const named = siblings.filter((item) => text.includes(item));
  if (named.length < 2 || !/等/.test(text)) return null;
  return { at: Math.min(...named.map((item) => text.indexOf(item))), score: WEIGHTS.words.minSimilarity };
}

/**
 * 投资1.3亿元实施自来水管网改造工程, then "1.3亿元的供水主管网改造等工程进展顺利": the same amount before 的 and a
 * works noun names the same works by their size; their stage is the news.
 */
function sizeNaming(r: PromiseReading, text: string): { at: number; score: number } | null {
  const p = r.promise;
  if (p.target === null || !p.unit?.endsWith("元") || !/工程|项目/.test(p.quote)) return null;
  const at = text.indexOf(`${p.target}${p.unit}的`);
  return at >= 0 && /工程|项目/.test(text.slice(at)) ? { at, score: WEIGHTS.words.minSimilarity } : null;
}

/** The binding indicators of energy and emissions (约束性指标): a review reports them together. */
const BINDING = /能耗|二氧化碳|化学需氧量|氨氮|二氧化硫|氮氧化物/;
const BINDING_REPORT = /约束性指标/;

function bindingIndicators(r: PromiseReading, text: string): { at: number; score: number } | null {
  const at = text.search(BINDING_REPORT);
  return at >= 0 && BINDING.test(r.promise.metric + r.context) ? { at, score: WEIGHTS.words.minSimilarity } : null;
}

// 增加值 is a noun (规模以上工业增加值), not a raise.
const RAISE = /提高|增加(?!值)|上调|提升/;
const LOWER = /降低|下调|减少|压减|压缩|缩短|减轻/;
const EFFORT_BEFORE = /(推动|推进|着力|努力|积极|持续|进一步|逐步|稳步)$/;

/**
 * 提高低保、优抚…等标准 for a promise to raise a standard by 5 %: the act is reported, its size is not. With effort
 * before it (推动降低用能、用网…成本) the act is under way.
 */
function actOutcome(r: PromiseReading, text: string): Stage | null {
  const promised = RAISE.test(r.context) ? RAISE : LOWER.test(r.context) ? LOWER : null;
  const act = promised?.exec(text);
  if (!act) return null;
  return EFFORT_BEFORE.test(text.slice(0, act.index)) ? "under_way" : "completed";
}

/** 居民消费价格涨幅保持较低水平, 失业率为多年来最低: a ceiling reported as kept, in words. */
const LOW_LEVEL = /较低水平|多年来最低|历史最低|低位运行|保持低位/;

/** The outcome the clause (or the next clauses of its sentence) states for the object named at `at`. */
function outcomeAt(r: PromiseReading, fact: Fact, review: Review, hit: { at: number; score: number }): Stage | null {
  const after = fact.quote.slice(hit.at);
  // The act alone (提高…标准) says little: only of a thing named closely (not 保障水平 for 供水保障水平).
  const act = hit.score >= WEIGHTS.words.actSimilarity ? actOutcome(r, fact.quote) : null;
  const own = outcomeOf(after) ?? act ?? (effortAround(fact.quote) ? "under_way" : null);
  if (own) return own;
  if (r.lowerIsBetter && r.promise.comparator !== ">=" && LOW_LEVEL.test(after)) return "completed";
  // 去年我国进出口总额出现下降，预期增长目标未能实现: the outcome in the next clause of the sentence.
  const clause = review.clauses[fact.clauseIndex];
  for (let i = 1; clause && i <= 2; i++) {
    const next = review.clauses[fact.clauseIndex + i];
    if (!next || next.sentence !== clause.sentence) break;
    if (SHORT.test(next.text)) return "stalled";
    if (DONE.test(next.text) && /目标|任务|指标/.test(next.text)) return "completed";
  }
  return null;
}

/**
 * Work under way at the end of several years, or a state reached by their end (建成投用, 全部投产) when they end in the
 * promise's year and began before it: the promise was made for work not yet done, so it was done in its year.
 * A failure over several years (没有完成“十一五”规划目标) still never decides one year.
 */
function stateAtEnd(r: PromiseReading, period: FactPeriod, outcome: Stage): boolean {
  if (outcome === "under_way") return true;
  if (outcome === "stalled" || period.kind !== "years") return false;
  const { year, deadline } = r.timing;
  const due = deadline ?? year;
  return year !== null && due !== null && period.to === due && period.from !== null && period.from <= year;
}

function isMultiYear(r: PromiseReading): boolean {
  const { year, deadline } = r.timing;
  return year !== null && deadline !== null && deadline > year;
}

function outcomeCandidates(r: PromiseReading, review: Review, ownNames: readonly string[]): Candidate[] {
  const out: Candidate[] = [];
  const texts = [r.promise.metric, r.context, ...(r.object?.names ?? []), ...siblingsOf(r.promise.quote)];
  const near = factsNear(review, "deliverable", texts, 1);
  const binding = BINDING.test(r.promise.metric + r.context) ? factsNear(review, "deliverable", ["约束性指标"], 2) : [];
  for (const fact of [...new Set([...near, ...binding])]) {
    const sized = sizeNaming(r, fact.quote);
    const hit =
      sized ?? objectIn(r, fact.quote, ownNames) ?? listCovering(r, fact.quote) ?? bindingIndicators(r, fact.quote);
    if (!hit) continue;
    const outcome = outcomeAt(r, fact, review, hit);
    // The works named by their size: the amounts in the clause are sizes, not results.
    if (!outcome || (!sized && hasOwnFigure(r, fact, review))) continue;
    // Done or not done over several years (累计提高, 没有完成“十一五”规划目标) never decides one year's target; work
    // under way at their end (加快推进) still is.
    if (fact.period.kind === "years" && !isMultiYear(r) && !stateAtEnd(r, fact.period, outcome)) continue;
    const timing = deliverableTiming(r.timing, fact.period, review.year);
    if (timing.factor === 0) continue;
    out.push({
      fact,
      score: hit.score * timing.factor * WEIGHTS.words.outcome,
      verdict: timedVerdict(deliverableVerdict(outcome, "finish"), timing.when),
      route: "words",
      anchors: [`w:${fact.clauseIndex}:${hit.at}`],
      value: null,
      unit: null,
    });
  }
  return out;
}

/** An investment sizing works (投资5000万元推进博文路西段建设, 总投资8.1亿元的军民融合雷达产业园). */
const INVESTMENT = /^(年度|全年|年)?(总投资|投资总额|计划投资|投资)$/;
const SIZE_BEFORE_NAME = /^.*?投资[\d.]+[万亿]?元(的|推进|实施|启动|建设|新建|完成|加快)*/;

/**
 * The works a promise's only figure, their investment, sizes (总投资8.1亿元的军民融合雷达产业园和总投资5亿元的民爆产业园
 * → 军民融合雷达产业园, 民爆产业园): with no count or size of their own, their stage is the promise's news. Null when
 * the promise counts something else too (总投资…的15个项目: the count's promise takes the stage).
 */
function sizedWorks(r: PromiseReading): Names | null {
  const p = r.promise;
  if (!p.unit?.endsWith("元") || !r.names.concrete) return null;
  if (!r.lifetimeTotal && !INVESTMENT.test(normaliseMetric(p.metric))) return null;
  if (/\d/.test(p.quote.replace(/[\d.]+[万亿]?元/g, ""))) return null;
  // 总投资8.1亿元的甲和总投资5亿元的乙: each figure sizes the works named right after it.
  const own = r.names.names.filter((name) => name.includes(`${p.target}${p.unit}`));
  const names = (own.length ? own : r.names.names)
    .map((name) => name.replace(SIZE_BEFORE_NAME, ""))
    .filter((name) => name.length >= 3);
  return names.length ? { ...r.names, names } : null;
}

export function wordCandidates(r: PromiseReading, review: Review, ownNames: readonly string[]): Candidate[] {
  return wordCandidatesOf(r, review, ownNames).filter((c) => !onlyTitle(r.promise.quote, clauseOf(c.fact, review)));
}

const clauseOf = (fact: Fact, review: Review) => review.clauses[fact.clauseIndex]?.text ?? fact.quote;

function wordCandidatesOf(r: PromiseReading, review: Review, ownNames: readonly string[]): Candidate[] {
  if (!r.numeric)
    return [
      ...together(r.names, stageCandidates(r, r.names, review, ownNames, "stage", 1)),
      ...titleCandidates(r, review, ownNames),
      ...standardCandidates(r, review),
    ];
  // The stage of the projects a total investment sizes is no news of that investment (the count's promise takes it),
  // unless the investment is all the promise counts: then the works it sizes are judged by their stage.
  const works = sizedWorks(r);
  if (works)
    return together(works, stageCandidates(r, works, review, ownNames, "items", WEIGHTS.words.namedItems)).map((c) => ({
      ...c,
      shared: true,
    }));
  if (r.lifetimeTotal) return [];
  const items = r.items
    ? together(r.items, stageCandidates(r, r.items, review, ownNames, "items", WEIGHTS.words.namedItems))
    : [];
  return [...items, ...outcomeCandidates(r, review, ownNames)];
}

/**
 * Whether the review speaks of the promise at all: a clause naming its thing, or a figure of its metric in any
 * unit or period. A promise mentioned without a result that could be read is "not mentioned" with less confidence.
 */
export function isMentioned(r: PromiseReading, review: Review, ownNames: readonly string[]): boolean {
  const wordings = [r.promise.metric, r.context].filter((w) => w.length >= 3);
  if (
    factsNear(review, "numeric", wordings).some((fact) =>
      wordings.some((w) => metricSimilarity(w, fact.metric) >= WEIGHTS.words.minSimilarity),
    )
  )
    return true;
  if (r.numeric && factsNear(review, "deliverable", wordings, 2).some((fact) => objectIn(r, fact.quote, ownNames)))
    return true;
  const names = r.numeric ? r.items : r.names;
  return (
    names !== null &&
    factsNear(review, "deliverable", names.names, 2).some((fact) => sharedName(names, fact.quote, ownNames) !== null)
  );
}

/** Four Chinese characters in a row of each text (the pieces a review repeats when it speaks of the same thing). */
function fourGrams(texts: readonly string[]): string[] {
  const grams = new Set<string>();
  for (const text of texts)
    for (let i = 0; i + 4 <= text.length; i++) {
      const gram = text.slice(i, i + 4);
      if (/^[\u4e00-\u9fff]{4}$/.test(gram)) grams.add(gram);
    }
  return [...grams];
}

/**
 * Whether some review clause repeats four characters in a row of what the promise names or measures, however it
 * reads: weaker than `isMentioned`, it tells a promise the review may speak of in other words from one it never
 * touches (their "not mentioned" are not equally sure).
 */
export function isTouched(r: PromiseReading, review: Review): boolean {
  const names = r.numeric ? (r.items?.names ?? []) : r.names.names;
  const texts = [r.promise.metric, r.context, ...names, ...(r.object?.names ?? [])].map(normaliseMetric);
  const grams = fourGrams(texts);
  if (!grams.length) return false;
  return factsNear(review, "deliverable", texts, 3).some((fact) => grams.some((gram) => fact.quote.includes(gram)));
}
