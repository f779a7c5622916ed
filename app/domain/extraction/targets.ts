// Which numbers are targets or results, and which are names, dates, descriptions or scopes (“3510”, 60岁以上, 2个片区10个小区).
import type { Quantity } from "~/domain/quantities/scan";
import { DESCRIPTIVE_UNITS } from "~/domain/lexicon/units";
import { isMoneyUnit, isPercentUnit } from "~/domain/quantities/units";
import { DEFAULT_RULES, type RuleContext } from "~/domain/extraction/rules";

export type Rejection =
  | "no_unit"
  | "ordinal"
  | "quoted"
  | "descriptive_unit"
  | "attributive"
  | "threshold"
  | "in_name_list"
  | "modifier"
  | "time_name"
  | "scope"
  | "rank_position"
  | "list_count"
  | "already";

export interface ClauseView {
  /** The sentence's folded text and the clause's bounds in it. */
  text: string;
  quoted: Uint8Array;
  clauseStart: number;
  clauseEnd: number;
  /** All quantities of the clause, in order. */
  quantities: Quantity[];
}

const INVESTMENT_BEFORE = /(?:总投资|投资|计划投资|年度投资|年度总投资|估算总投资|总规模|资金)(?:约|达|超|近|逾)?$/;
/** 第, 届, 前, 后, 的 before or after a number, compared by their codes. */
const [DI, JIE, QIAN, HOU, DE] = Array.from("第届前后的", (char) => char.charCodeAt(0));
/** A Han character (U+4E00–U+9FA5) or an opening quotation mark at text[at], read by its code (no string made). */
function hanAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return (code >= 0x4e00 && code <= 0x9fa5) || code === 0x201c;
}
const SESSIONS_LISTED = /^(?:[、和及]|[省市区县]委|[一二三四五六七八九十百\d]+[届次])+(?:全会|全体会议)/;
const LIST_HEAD_BEFORE = /(?:为|对|向|给|帮助|惠及|带动|覆盖|服务|吸纳|培训|救助|资助)$/;
const SCOPE_VERBS = /^(?:(?:年内|全年|今年|重点|持续|进一步|继续|全面|积极|大力)*)(?:强化|加强|加大|巩固(?!提升))/;
/** 引进100名…开展帮扶: a count right after the verb that brings or makes it is a target, whatever the clause goes on to. */
const MADE_BEFORE = /(?:引进|新增|新建|培育|招引|选派|培训|建成|新招)$/;
/** 覆盖80%以上的大城市, 扩大到85%以上地市: the share of places or people covered. */
const COVERED =
  /^(?:以上|以下|左右)?的?[\u4e00-\u9fa5]{0,3}(?:城市|地市|市县|县市|县|乡镇|行政村|村|社区|企业|学校|医院|人口|家庭|农户)/;
/** 90%的事项实现网上办理: the share of a group that reaches a state (not 7%的速度可以实现…, what a rate allows). */
const SHARE_REACHING =
  /^(?:以上|以下|左右)?的[\u4e00-\u9fa5]{1,8}?(?<!可以|能够|就能|才能)(?:实现|达到|做到|具备|纳入|接入)/;
const SCOPE_OBJECTS = /监管|扶持力度|支持力度|帮扶力度|扩容提质|提质扩容|提质增效|帮扶|包联|包保/;
/** 这10件民生实事, 办好十件实事: the number of items on the list the text goes on to give, not a target. */
const LIST_COUNT = /^(?:(?:民生|惠民|为民)?(?:实事|好事)|大事)/;
const ALREADY = /已(?:经)?(?:过去|有|达到?|超过|突破|累计)(?:了)?(?:近|约|超过)?$/;
const TIME_UNITS = new Set(["分钟", "小时"]);
const COUNT_CLASSIFIER = /^(?:个|处|所|家|座|台|套|间|栋|项|条|口|眼|盏)$/;
const WORK_MEASURE = /^(?:米|公里|千米|平方米|平方公里|亩|公顷|立方米)$/;
const WORK_BEFORE =
  /(?:完成|新建|改造|建设|建成|实施|铺设|修建|新增|硬化|治理|整治|铺装|改建|扩建|提升|绿化|造林|清理|疏浚|改扩建)$/;
/** The size of things counted: their area, length or households. */
const SIZED_BY = /^(?:米|公里|千米|平方米|平方公里|亩|公顷|户)$/;
/** 5个总装机180万千瓦的光伏项目: a size word between a count and the next number describes the things counted. */
const SIZE_WORD = /(?:总投资|投资|装机|规模|面积|容量|全长|长度|产能)/;

/** Why a quantity is not a target (or result), or null when it is one; each reason is rule `quantity.<reason>`. */
export function rejectQuantity(
  view: ClauseView,
  index: number,
  mode: "plan" | "review",
  rules: RuleContext = DEFAULT_RULES,
): Rejection | null {
  // Quality runs switch rules off; otherwise every rule is on and no rule id need be made.
  const on = rules.disabled.size === 0 ? allOn : (reason: Rejection) => rules.on(`quantity.${reason}`);
  const { text, quoted, clauseEnd, quantities } = view;
  const quantity = quantities[index];
  const { start, end, unit, base } = quantity;
  if (unit === "") return "no_unit";
  // 经济总量实现千亿规模: the scale reached is an amount; 打造三万亿产业集群 names nothing measured.
  if (on("no_unit") && base === "" && hanAt(text, end) && !text.startsWith("规模", end)) return "no_unit";
  const beforeCode = text.charCodeAt(start - 1);
  // What follows the unit, read by several rules: sliced once.
  const rest = text.slice(quantity.unitEnd);
  if (
    on("ordinal") &&
    (beforeCode === DI ||
      beforeCode === JIE ||
      /^(?:全会|全体会议|会议|党代会|人代会)/.test(rest) ||
      // 九届十一次、十二次和市委十一届十次全会: sessions listed one after another before their 全会.
      (base === "次" && SESSIONS_LISTED.test(rest)))
  )
    return "ordinal";
  // 会议共4天, 大会会期3天: the session's own arrangements, not a promise.
  if (
    on("descriptive_unit") &&
    start - view.clauseStart <= 6 &&
    /^(?:本次|这次)?(?:会议|大会)(?:共|会期)?$/.test(text.slice(view.clauseStart, start))
  )
    return "descriptive_unit";
  if (on("list_count") && LIST_COUNT.test(rest)) return "list_count";
  // 今年已过去近5个月, 60岁以上人口已达2.5亿: what has already happened is a fact, not a target.
  if (on("already") && saysAlready(text, Math.max(view.clauseStart, start - 8), start)) return "already";
  if (on("rank_position") && (beforeCode === QIAN || beforeCode === HOU)) return "rank_position";
  if (on("quoted") && quoted[start] && !quotedGoal(text, start)) return "quoted";
  if (on("descriptive_unit") && DESCRIPTIVE_UNITS.has(base) && !reachesLevel(text, quantity)) return "descriptive_unit";
  const deAfter = text.charCodeAt(end) === DE;
  const countedWithDe = deAfter && on("attributive") && (countsWithDe(view, index) || coversShare(text, quantity));
  if (
    on("attributive") &&
    deAfter &&
    !INVESTMENT_BEFORE.test(text.slice(Math.max(0, start - 8), start)) &&
    !countedWithDe
  )
    return "attributive";
  // 达到或好于Ⅲ类水体比例: a class inside the name of a share indicator.
  if (on("descriptive_unit") && base === "类" && /^[\u4e00-\u9fa5]{0,4}(?:比例|比重|占比)/.test(rest))
    return "descriptive_unit";
  if (
    on("threshold") &&
    !countedWithDe &&
    !coversShare(text, quantity) &&
    isThreshold(text, quantity, index < quantities.length - 1)
  )
    return "threshold";
  if (on("time_name") && TIME_UNITS.has(base) && hanAt(text, end) && !listedAfterTime(text, quantities, index))
    return "time_name";
  if (on("in_name_list") && inNameList(text, quantity, clauseEnd, quantities[index + 1])) return "in_name_list";
  if (on("modifier") && modifiesNext(text, quantity, nextWithUnit(quantities, index))) return "modifier";
  if (on("scope") && /^(?:个)?(?:领域|方面|方向|环节|行业|板块|层面|维度)/.test(rest)) return "scope";
  if (
    on("scope") &&
    mode === "plan" &&
    !isPercentUnit(unit) &&
    !isMoneyUnit(unit) &&
    !MADE_BEFORE.test(text.slice(Math.max(0, start - 4), start)) &&
    isScopeClause(text.slice(view.clauseStart, clauseEnd))
  ) {
    return "scope";
  }
  return null;
}

function allOn(): boolean {
  return true;
}

/** ALREADY in text[from, to): only a stretch with 已 can say it. */
function saysAlready(text: string, from: number, to: number): boolean {
  const at = text.indexOf("已", from);
  return at >= 0 && at < to && ALREADY.test(text.slice(from, to));
}

/** The first quantity after `index` with a unit word of its own. */
function nextWithUnit(quantities: Quantity[], index: number): Quantity | undefined {
  for (let i = index + 1; i < quantities.length; i++) if (quantities[i]!.base !== "") return quantities[i];
  return undefined;
}

/** 覆盖80%以上的大城市, 按不低于5%的幅度压减: a share of places covered, or a rate named 幅度. */
function coversShare(text: string, quantity: Quantity): boolean {
  if (!isPercentUnit(quantity.unit)) return false;
  const rest = text.slice(quantity.unitEnd);
  return COVERED.test(rest) || /^(?:以上|以下|左右)?的幅度/.test(rest) || SHARE_REACHING.test(rest);
}

/** 提出“到2027年经济总量实现千亿规模”目标: a goal quoted whole (a verb of reaching in it), not a name. */
function quotedGoal(text: string, at: number): boolean {
  const open = Math.max(text.lastIndexOf("“", at), text.lastIndexOf('"', at - 1));
  const close = text.slice(at).search(/[”"]/);
  if (open < 0 || close < 0) return false;
  const quote = text.slice(open + 1, at + close);
  return quote.length >= 8 && /实现|达到|突破|超过/.test(quote);
}

/** 人均预期寿命达到81岁, 提高1岁: a describing unit is a target when a level is reached at the end of the clause. */
function reachesLevel(text: string, quantity: Quantity): boolean {
  const before = text.slice(Math.max(0, quantity.start - 4), quantity.start);
  return (
    /(?:达到|达|提高到|提高至|提升到|提升至|提高|延长|增加|超过|保持在|稳定在)$/.test(before) &&
    !hanAt(text, quantity.end) &&
    !/届|号|代|版/.test(quantity.base)
  );
}

/** 过亿元楼宇, 超3亿元项目, 3亿元以上项目30个: a size class of the thing counted, not an amount to reach. */
function isThreshold(text: string, quantity: Quantity, more: boolean): boolean {
  if (!hanAt(text, quantity.end) || /^[和及与并等]/.test(text[quantity.end]!)) return false;
  // 赤字率拟按3.6%以上安排: a level the budget is set at, a verb after it, not a class of things.
  if (/^(?:安排|执行|掌握)/.test(text.slice(quantity.end))) return false;
  const before = text.slice(Math.max(0, quantity.start - 2), quantity.start);
  if (/[过超]$/.test(before) && !/超过$/.test(before)) return true;
  if (quantity.suffix !== "以上" && quantity.suffix !== "及以上" && quantity.suffix !== "以下") return false;
  return more || !isCountUnit(quantity);
}

function isCountUnit(quantity: Quantity): boolean {
  return !isPercentUnit(quantity.unit) && !isMoneyUnit(quantity.unit) && !/米|亩|吨|公顷|瓦/.test(quantity.base);
}

/** 打造全域15分钟、市主城区30分钟、省会1小时快速交通圈: travel times listed together are targets, not a name. */
function listedAfterTime(text: string, quantities: Quantity[], index: number): boolean {
  const previous = quantities[index - 1];
  if (!previous || !TIME_UNITS.has(previous.base)) return false;
  const between = text.slice(previous.end, quantities[index].start);
  return between.startsWith("、") && !/[，,。；]/.test(between);
}

/** 抓好新希望六和40万头生猪养殖、蓼坞富硒小米科技示范园等…: a number inside a name listed before 等. */
function inNameList(text: string, quantity: Quantity, clauseEnd: number, next: Quantity | undefined): boolean {
  if (!hanAt(text, quantity.end) || !hanAt(text, quantity.start - 1)) return false;
  if (LIST_HEAD_BEFORE.test(text.slice(Math.max(0, quantity.start - 2), quantity.start))) return false;
  // 实施10公里雨水管网…等项目, 起步区2.6公里路网等: the amount of work after its verb or its place, not a name.
  const lead = text.slice(Math.max(0, quantity.start - 4), quantity.start);
  if (WORK_BEFORE.test(lead) || /(?:[区镇乡村县]|街道|办事处|、)$/.test(lead)) return false;
  // …、60个小区补绿和5000亩绿化等工程: the last item of a list of amounts (not 新希望六和40万头, a name).
  if (
    lead.endsWith("和") &&
    /、/.test(
      text
        .slice(0, quantity.start)
        .split(/[，,。；]/)
        .pop() ?? "",
    )
  )
    return false;
  const limit = next ? next.start : clauseEnd;
  const stretch = text.slice(quantity.end, limit);
  const listEnd = stretch.indexOf("等");
  // 平板玻璃3500万标准箱等: the item ends on its amount, so the amount is not inside a name.
  return listEnd > 0 && !/[，,。；]/.test(stretch.slice(0, listEnd));
}

/**
 * 维修更换37处的机泵, 实现8%以上的增速: a count of the object after 的 (the last number of its clause),
 * or a rate named after it, is the target; 1050吨的中转站 (a size) stays attributive.
 */
function countsWithDe(view: ClauseView, index: number): boolean {
  const quantity = view.quantities[index];
  const rest = view.text.slice(quantity.end + 1, view.clauseEnd);
  if (isPercentUnit(quantity.unit)) return /^(?:年均)?(?:增速|增幅|增长|涨幅|降幅)/.test(rest);
  // 完成9.5公里的背街小巷改造, 新建12.8万平方米的安置房: the amount of work after the verb that does it.
  if (
    WORK_MEASURE.test(quantity.base) &&
    WORK_BEFORE.test(view.text.slice(Math.max(0, quantity.start - 4), quantity.start))
  )
    return /^[\u4e00-\u9fa5“]{2}/.test(rest);
  const lead = view.text.slice(Math.max(0, quantity.start - 6), quantity.start);
  // 新增8000万吨标准煤的节能能力: a capacity added is the amount, said before the capacity it makes.
  if (/(?:新增|形成|新建)$/.test(lead) && /^[\u4e00-\u9fa5]{0,6}(?:能力|产能)$/.test(rest)) return true;
  // 用于1500万人次以上的职工培训: the people a programme serves (not 容纳3000人的, not 保障好14亿人的粮食安全).
  if (PEOPLE_UNIT.test(quantity.base) && /(?:用于|惠及|培训|帮扶|救助|资助|吸纳|覆盖)$/.test(lead))
    return index === view.quantities.length - 1 && /^[\u4e00-\u9fa5]{2}/.test(rest);
  return (
    COUNT_CLASSIFIER.test(quantity.base) && index === view.quantities.length - 1 && /^[\u4e00-\u9fa5]{2}/.test(rest)
  );
}

const PEOPLE_UNIT = /^(?:人|人次|名|户)$/;

/** 洪山、钟楼2个片区10个老旧小区: a count followed by its noun and straight away another count describes where. */
function modifiesNext(text: string, quantity: Quantity, next: Quantity | undefined): boolean {
  if (!next || LIST_HEAD_BEFORE.test(text.slice(Math.max(0, quantity.start - 2), quantity.start))) return false;
  // 投资1.63亿元完成74个村电网改造: the money spent on the work, then the work's own count.
  if (isMoneyUnit(quantity.unit) && INVESTMENT_BEFORE.test(text.slice(Math.max(0, quantity.start - 8), quantity.start)))
    return false;
  const between = text.slice(quantity.end, next.start);
  // 5个项目398亩土地, 43个村1.62万户: the things counted, then their size in another measure, are two targets.
  if (COUNT_CLASSIFIER.test(quantity.base) && SIZED_BY.test(next.base) && between.length <= 3) return false;
  return (
    between.length >= 2 &&
    /^[\u4e00-\u9fa5“”]+$/.test(between) &&
    !/[和及与并、]/.test(between) &&
    !/(?:其中|共)/.test(between) &&
    !SIZE_WORD.test(between)
  );
}

/** 强化19家重点排水企业监管, 加大对8家企业扶持力度: counts that scope ongoing work on what exists. */
export function isScopeClause(clause: string): boolean {
  return SCOPE_VERBS.test(clause) || SCOPE_OBJECTS.test(clause);
}
