// The metric of a target as a short noun phrase (新增城镇就业, 地区生产总值增速), and a key that matches it across reports.
import type { Quantity } from "~/domain/quantities/scan";
import { charSet } from "~/domain/text/char-set";

const LEADING_FILLER =
  /^(?:\(\d{1,2}\)|\d{1,2}[.、](?!\d)|[①-⑳]|\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+[、.]|[一二三四五六七八九十]+是|其中|并且|并|同时|以及|及|和|与|为|、|首批|第一批|全部|共有|年内|今年|全年|当年|年底前|\d{1,2}月底前|到(?:19|20)\d{2}年底?|(?:19|20)\d{2}年(?:底|末)?|力争|确保|努力|争取|全力|积极|进一步|再|累计|共计|共|总计|合计|预计|高标准|高质量|高水平|每年|均)+/;
/** Comparator and verb words between a metric and its number (…达到, …增长, …控制在), stripped from the end. */
const TRAILING_WORDS = [
  "达到 达 突破 超过 超 不少于 不低于 不小于 不超过 不高于 控制在 保持在 稳定在 维持在",
  "提高到 提升到 提高至 提升至 增加到 增加至 增至 降至 降到 压减到 压减至 压缩到 压缩至",
  "下降到 下降至 上升到 上升至 减少到 减少至 缩短到 缩短至",
  "增长 增加 提高 提升 下降 降低 减少 压减 压缩 缩减 削减 缩短 同比 年均 为 在 至 到 共 均 分别 再 实现 完成 保持 稳定 力争 是 要",
  "比上年 较上年 比去年 较去年",
]
  .join(" ")
  .split(" ")
  .sort((a, b) => b.length - a.length);
/** The trailing words by the code of their last character, longest first: only those can end the text. */
const TRAILING_BY_LAST_CHAR = groupByLastChar(TRAILING_WORDS);

function groupByLastChar(words: string[]): Map<number, string[]> {
  const groups = new Map<number, string[]>();
  for (const word of words) {
    const last = word.charCodeAt(word.length - 1);
    groups.set(last, [...(groups.get(last) ?? []), word]);
  }
  return groups;
}

function stripTrailing(text: string): string {
  let end = text.length;
  for (;;) {
    const word = TRAILING_BY_LAST_CHAR.get(text.charCodeAt(end - 1))?.find(
      (candidate) => end >= candidate.length && text.startsWith(candidate, end - candidate.length),
    );
    if (word) {
      end -= word.length;
      continue;
    }
    const last = text[end - 1];
    if (
      (last === "约" && !/[签预节合制公条履违]/.test(text[end - 2] ?? "")) ||
      (last === "近" && !/[最附邻接]/.test(text[end - 2] ?? ""))
    ) {
      end -= 1;
      continue;
    }
    return text.slice(0, end);
  }
}
/**
 * A clause without numbers that opens a sentence can name what the next clauses measure:
 * 一般公共预算收入扣除减税降费因素，年均增长9.7% → 一般公共预算收入.
 */
export function subjectOf(clause: string): string | null {
  const subject = cleanLeft(clause.split(/扣除|剔除|考虑|其中|按照|按/)[0], false);
  return subject.length >= 2 && subject.length <= 20 && !/[，,。]/.test(subject) ? subject : null;
}

/** 每人每月850元: the rate qualifier belongs to the unit, not the metric. */
const PER_UNIT = /(?:每(?:人|户|家|年|月|天|日|亩)){1,2}$|人均$/;
const GENERIC_VERBS =
  /^(?:重点|精准|全力|大力)?(?:完成|实现|开展|组织开展|组织|推进|推动|抓好|实施|策划实施|策划|谋划|落实|做好|确定|精准确定|加快|加速)+/;
const CREATION_VERB = /^[新改扩建造增设提升打通培育引进开工举办组织招聘发放上线创争推动好筹集]+$/;
const LEADING_CREATION_VERB =
  /^(?:新建改造|新建|新增|新改建|改扩建|建设|建成|打造|培育|引进|招引|新培育|新引进|改造|打通|新开工|开工|举办|组织|设立|设置|招聘|发放|签约落地|签约|上线|创建|争创|提档升级|提升改造)/;
const ACTION_TAIL = /(提升改造|改造提升|提档升级|改造|建设|整治|治理|创建|改建|修缮|更新|升级)$/;
const GROWTH_ENDING = /(?:率|增速|增幅|比重|占比|降幅|幅度|系数)$/;
const MAX_METRIC = 60;

export interface MetricInput {
  text: string;
  clauseStart: number;
  clauseEnd: number;
  quantities: Quantity[];
  index: number;
  previousMetric: string | null;
  /** The quantities that are targets or results: only they separate one item's wording from the next. */
  counted?: Quantity[];
}

export function metricOf(input: MetricInput): string {
  const { text, clauseStart, clauseEnd, quantities, index } = input;
  const quantity = quantities[index];
  const isBoundary = (other: Quantity) =>
    input.counted ? input.counted.includes(other) : other.unit !== "" && other.base !== "";
  let previous: Quantity | undefined;
  for (let i = index - 1; i >= 0 && !previous; i--) if (isBoundary(quantities[i]!)) previous = quantities[i];
  const itemStart = previous ? skipJoiners(text, previous.end) : clauseStart;
  const rawLeft = text.slice(itemStart, quantity.start);
  let next: Quantity | undefined;
  for (let i = index + 1; i < quantities.length && !next; i++) if (isBoundary(quantities[i]!)) next = quantities[i];
  const right = rightNoun(text.slice(quantity.end, next ? next.start : clauseEnd));
  const left = /(?:和|及|与|、)$/.test(rawLeft) ? "" : cleanLeft(rawLeft, Boolean(right));
  let metric: string;
  if (right && (!left || isVerbOnly(left) || /\d/.test(left))) {
    const verb = left && CREATION_VERB.test(left) ? left : "";
    metric = verb + right + sharedTail(text, quantity, quantities, index, clauseEnd, right);
  } else {
    metric = left;
  }
  if (!metric) metric = input.previousMetric ?? "";
  if (!metric)
    metric = text.slice(clauseStart, quantity.start).trim() || text.slice(clauseStart, clauseEnd).slice(0, 20);
  // 财政补助标准由每人每年320元提高到380元: the start level after 由 is not part of what is measured.
  if (metric.includes("由"))
    metric = metric.replace(/(?<=[\u4e00-\u9fa5]{2})(?:统一)?(?<![自理缘])由(?!于)(?:[^，]*\d[^，]*)?$/, "");
  if (quantity.growth && !GROWTH_ENDING.test(metric)) metric += quantity.decrease ? "降幅" : "增速";
  return metric.slice(0, MAX_METRIC);
}

const JOINERS = "、和及与并，,";

function skipJoiners(text: string, at: number): number {
  while (at < text.length && JOINERS.includes(text[at])) at++;
  return at;
}

function cleanLeft(raw: string, countsNoun: boolean): string {
  // 到2025年底的…: a year said in the words (only a text with 年 can say one).
  let left = raw.includes("年") ? raw.trim().replace(/由?(?:到|至)?(?:19|20)\d{2}年(?:底|末)?的?/g, "") : raw.trim();
  const listEnd = Math.max(left.lastIndexOf("等"), countsNoun ? namesBeforeCount(left) : -1);
  if (listEnd >= 0) {
    const verb =
      GENERIC_VERBS.exec(left)?.[0] ?? LEADING_CREATION_VERB.exec(left.replace(LEADING_FILLER, ""))?.[0] ?? "";
    left = (GENERIC_VERBS.test(verb) ? "" : verb) + left.slice(listEnd + 1);
  }
  for (let pass = 0; pass < 3; pass++) {
    const before = left;
    left = stripTrailing(left.replace(LEADING_FILLER, "").replace(PER_UNIT, ""));
    const stripped = left.replace(GENERIC_VERBS, "");
    if (stripped.length >= 2) left = stripped;
    if (left === before) break;
  }
  return trimJoiners(left);
}

const JOINER_CODES = charSet("，,、的");

/** The text without the commas, 、 and 的 it starts or ends with. */
function trimJoiners(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && JOINER_CODES.has(text.charCodeAt(start))) start++;
  while (end > start && JOINER_CODES.has(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** 实施西关、北关两个片区…: the names just before a count are what it counts, not the metric. */
function namesBeforeCount(left: string): number {
  return /、[\u4e00-\u9fa5“”]{1,12}$/.test(left) ? left.length - 1 : -1;
}

/** The noun after a count (实施13所[中小学校舍维修改造]), up to the next count or the end of the clause. */
function rightNoun(raw: string): string {
  const noun = raw.replace(/^(?:的|[、和及与])+/, "").replace(/[、和及与，,]+$/, "");
  if (noun.length < 2 || !/^[\u4e00-\u9fa5“"《]/.test(noun)) return "";
  if (/^(?:以上|以下|左右|以内|等|其中|同比|增长|占|为|是|达|和|及)/.test(noun)) return "";
  return noun;
}

/** 新建, 新改扩建, 改造提升: a verb of making or changing and nothing else. */
function isVerbOnly(left: string): boolean {
  return (
    left.length <= 5 &&
    /^[新改扩建造增设提升打通培育引进开工完成实施组织举办招聘发放购置安装配备种植栽植创争上线推动好筹集接待]+$/.test(
      left,
    )
  );
}

/** 完成9条城市支路、15条背街小巷提升改造: the action at the end of the list belongs to every item. */
function sharedTail(
  text: string,
  quantity: Quantity,
  quantities: Quantity[],
  index: number,
  clauseEnd: number,
  right: string,
): string {
  if (ACTION_TAIL.test(right)) return "";
  const last = quantities[quantities.length - 1];
  if (last === quantity || index === quantities.length - 1) return "";
  const tail = ACTION_TAIL.exec(text.slice(last.end, clauseEnd))?.[1];
  return tail ?? "";
}

const KEY_NOISE =
  /新增|新建|新|累计|年度|全年|年内|今年|完成|实现|达到|全区|全县|全市|同比|年均|增速|增幅|增长率|增长|降幅|总额|总量|[“”"'‘’《》（）()、·\s]/g;

/** A matching key for the same metric in two reports: 新增城镇就业 and 城镇新增就业 both give 城镇就业. */
export function metricKey(metric: string): string {
  const key = metric
    .normalize("NFKC")
    .replace(/全社会|全体居民|城乡居民|城镇居民|农村居民/g, (word) => (word === "全社会" ? "社会" : "居民"))
    .replace(KEY_NOISE, "");
  return key || metric.normalize("NFKC").replace(/\s+/g, "");
}
