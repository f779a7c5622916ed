// Numbers with their unit, range, comparator and growth sense, found in one sentence of (folded) report text.
import type { Comparator } from "~/domain/vocab";
import {
  CHINESE_NUMERAL_CHARS,
  isCompoundNumeral,
  parseChineseNumeral,
  splitChineseMagnitude,
} from "~/domain/quantities/chinese-numerals";
import { mayStartUnit, readUnit, type UnitMatch } from "~/domain/quantities/units";
import { charSet } from "~/domain/text/char-set";

export interface Quantity {
  /** Offsets in the scanned text: the number's first character, and the end of unit and comparator word. */
  start: number;
  end: number;
  numberEnd: number;
  unitEnd: number;
  value: number;
  /** The upper end of a range (2—3家); `value` is the lower end. */
  upper: number | null;
  /** As written, magnitude included (万人); "" when no unit follows. */
  unit: string;
  base: string;
  magnitude: string;
  /** 余/多: more than the number. */
  more: boolean;
  /** The comparator word written after the unit (以上, 左右 …), "" when none. */
  suffix: string;
  /** From the words around the number; null when none says (a plain target is "="). */
  comparator: Comparator | null;
  growth: boolean;
  /** The change is a decrease (下降, 压减). */
  decrease: boolean;
  chinese: boolean;
}

const CHINESE_RUN = new RegExp(`[${CHINESE_NUMERAL_CHARS}]+`, "y");
const RANGE = /\s?[—–\-~～至到]{1,2}\s?(\d+(?:\.\d+)?|[一二两三四五六七八九十]+)/y;
const PERCENT_RANGE = /\s?[—–\-－~～至到]{1,2}\s?(\d+(?:\.\d+)?)%/y;
/** The characters SUFFIX_COMPARATORS' words start with. */
const SUFFIX_HINT_CODES = charSet("及以之左上");
const SUFFIX_COMPARATORS: Array<[RegExp, Comparator]> = [
  [/及以上|以上|之上/y, ">="],
  [/及以下|以下|以内|之内/y, "<="],
  [/左右|上下/y, "~"],
];
const AT_LEAST = /(?:不少于|不低于|不小于|至少|超过|突破|高于|大于|多于|超|破|逾)了?$/;
const AT_MOST =
  /(?:不超过|不高于|不多于|控制在|控制到|低于|少于|小于|降至|降到|压缩至|压缩到|压减至|压减到|缩短至|缩短到|减少到|减少至|下降到|下降至|减至)$/;
const ABOUT = /(?:(?<![签预节合制公条履违])约|(?<![最附邻接])近|接近|大约)$/;
const CHANGE =
  /(增长|增加|提高|提升|下降|降低|减少|压减|压缩|缩短|增速|增幅|降幅|上升|递增|扩大|回落|增|降|减)(?:达到|达|为|了|在)?(?:不低于|不少于|不高于|不超过|超过|约|近|超)?$/;
/**
 * 价格涨幅控制在3%左右, 增长率保持在18%以上, 增速要高于40%, 增长目标拟定为13%: a word naming a rate of change, then
 * only words that hold, aim or compare before the number. A price index said in % (价格指数控制在3.5%) is its rise, unless it is the index itself (103%).
 */
const RATE_NAMED =
  /(增速|增幅|涨幅|降幅|增长率|下降率|减量|上涨|增长目标|增长|价格指数)(?:预期|目标|拟定|拟|要|均|将|控制|保持|稳定|维持)*(?:为|在|于|达到|达|高于|低于|超过|不低于|不超过|不高于)?$/;
const COMPARATOR_HINTS = charSet("不至超突高大多破控低少小降压缩减约近接逾");
const CHANGE_HINTS = charSet("增降减提压缩扩上递升落");
/** 提高到60%: the level reached, not a rate of change. */
const LEVEL_REACHED = /(?:提高|提升|增加|增长|上升|下降|降低|减少|压减|压缩|缩短|降|增)(?:到|至)$/;
const DECREASE = /下降|降低|减少|压减|压缩|缩短|降幅|回落|降|减/;
const PEOPLE_AFTER = /^(?:以上|左右)?[\u4e00-\u9fa5“”"]{0,10}?(?:人口|人员)/;
/** 2.3万农户, 1.2万贫困户 (not 户籍, 户口, 户型): a bare magnitude before a kind of household counts households. */
const HOUSEHOLDS_AFTER = /^(?:以上|左右)?[\u4e00-\u9fa5]{0,4}?户(?![口籍型])/;
const WITHIN_UNITS = new Set(["天", "个工作日", "工作日", "小时", "分钟", "个月", "周"]);
const COUNT_VERBS =
  /(?:新增|新建|建成|建好|培育|引进|新培育|新引进|达到|达|突破|破|超过|超|新开工|新改建|改造|打造|建设|完成|开通|新开通|加密|新辟|开辟|延伸|修建|新修|拓宽|整治|治理|实施|推进|开工|启动|设立|组建|创建|举办|召开|提升)$/;

/** 开展春秋季两次…活动, 举办三场…: a small count of events after the verb that holds them, a season between. */
const EVENT_LEAD = /(?:开展|举办|组织|召开)(?:[春夏秋冬]{1,2}季|上半年|下半年|全年|年内|每年|每季度)?$/;
/** 培养百名…, 开展千场…, 实现千亿规模: a round count said in words after the verb that makes it. */
const ROUND_VERBS = /(?:培养|培训|开展|举办|组织|实现|引进|新增|打造|建设|服务|形成|年产|建成)$/;
/** 稳定在百万吨以上: a level held, said in round words. */
const LEVEL_HELD = /(?:稳定在|保持在|维持在)$/;
/** 千家万户, 百日攻坚, 千年古城: idioms and periods, not counts. */
const ROUND_IDIOM = /^(?:家万户|方百计|[日天年夜]|分之)/;

/** Every character of a sentence is looked up: a table. */
const NUMERALS = charSet(CHINESE_NUMERAL_CHARS);
/** The characters a quantity can start with (digits, numerals, Roman numerals, 负): every other one is passed over. */
const QUANTITY_STARTS = charSet(
  `0123456789负${CHINESE_NUMERAL_CHARS}${Array.from({ length: 12 }, (_, i) => String.fromCharCode(0x2160 + i)).join("")}`,
);

export function scanQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!QUANTITY_STARTS.has(code)) continue;
    let quantity: Quantity | null = null;
    if (code >= 48 && code <= 57) {
      quantity = arabicAt(text, i);
      if (!quantity) {
        while (i + 1 < text.length && isNumberChar(text.charCodeAt(i + 1))) i++;
        continue;
      }
    } else if (code === 0x8d1f && text.startsWith("负增长", i)) {
      // 支出安排负增长: below zero growth, read as at most 0 % like 零增长.
      quantity = { ...percentOf(text, i, i + 1, 0, ""), comparator: "<=", growth: true };
    } else if (code < 0x2160 || !(NUMERALS.has(code) || (code >= 0x2160 && code <= 0x216b))) {
      continue;
    } else if (code >= 0x2160 && code <= 0x216b && text[i + 1] === "类") {
      quantity = romanClassAt(text, i);
    } else if (code === 0x767e && text.startsWith("百分之", i)) {
      quantity = percentWordsAt(text, i);
    } else if (NUMERALS.has(code) && !NUMERALS.has(text.charCodeAt(i - 1))) {
      quantity = wordedAt(text, i) ?? chineseAt(text, i);
      if (!quantity) {
        // Past the rest of the run of numerals.
        while (NUMERALS.has(text.charCodeAt(i + 1))) i++;
        continue;
      }
    }
    if (quantity) {
      found.push(quantity);
      i = quantity.end - 1;
    }
  }
  return shareAcrossLists(text, found);
}

/** NaN (before the text's start or past its end) is none. */
function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isNumberChar(code: number): boolean {
  return (code >= 48 && code <= 57) || code === 46 || code === 44;
}

/**
 * Values listed straight after one another share what is said once: 分别增长28.2%、24.6% are both growth rates,
 * 分别达到50家、100家以上 are both "at least" (so are 35万亩、15万吨左右 "about"). Values with their own words in between
 * (平台5家、企业30家以上) do not.
 */
function shareAcrossLists(text: string, found: Quantity[]): Quantity[] {
  for (let i = 1; i < found.length; i++) {
    const previous = found[i - 1];
    const quantity = found[i];
    if (!/^[、和及与]$/.test(text.slice(previous.end, quantity.start)) || previous.unit !== quantity.unit) continue;
    if (previous.growth && !quantity.growth) found[i] = { ...quantity, growth: true, decrease: previous.decrease };
  }
  // 面积、产量稳定在35万亩、15万吨左右: a comparator said once after values listed together holds for each, whatever its unit.
  for (let i = found.length - 1; i > 0; i--) {
    const previous = found[i - 1];
    const quantity = found[i];
    if (!/^[、和及与]$/.test(text.slice(previous.end, quantity.start))) continue;
    if (quantity.suffix && !previous.suffix && previous.comparator === null) {
      found[i - 1] = { ...previous, comparator: quantity.comparator };
    }
  }
  return found;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * The end of the number written in digits at `start` (1,234.5), as /\d+(?:,\d{3})*(?:\.\d+)?/ would match it, or
 * `start` when no digit stands there: read by codes, without a match array.
 */
function arabicEnd(text: string, start: number): number {
  let end = start;
  while (isDigitCode(text.charCodeAt(end))) end++;
  if (end === start) return start;
  while (
    text.charCodeAt(end) === 0x2c &&
    isDigitCode(text.charCodeAt(end + 1)) &&
    isDigitCode(text.charCodeAt(end + 2)) &&
    isDigitCode(text.charCodeAt(end + 3))
  )
    end += 4;
  if (text.charCodeAt(end) === 0x2e && isDigitCode(text.charCodeAt(end + 1))) {
    end += 2;
    while (isDigitCode(text.charCodeAt(end))) end++;
  }
  return end;
}

function arabicAt(text: string, start: number): Quantity | null {
  const rawEnd = arabicEnd(text, start);
  if (rawEnd === start) return null;
  const raw = text.slice(start, rawEnd);
  const before = text.charCodeAt(start - 1);
  if (isLatinLetter(before) || before === 0x2b || before === 0x2e) return null; // + .
  let numberEnd = start + raw.length;
  const after = text.charCodeAt(numberEnd);
  if (isLatinLetter(after) || after === 0x2b) return null;
  if (after === 0x2f) return fractionAt(text, start, numberEnd, Number(raw)); // a slash
  if (yearBeforeName(text, start, numberEnd, raw)) return null;
  let upper: number | null = null;
  RANGE.lastIndex = numberEnd;
  const range = RANGE.exec(text);
  if (range && /\d/.test(range[1])) {
    upper = Number(range[1]);
    numberEnd = RANGE.lastIndex;
  }
  return finish(text, start, numberEnd, Number(raw.includes(",") ? raw.replaceAll(",", "") : raw), upper, false, "");
}

/**
 * 2025张店 report, 2024台州: a year written without 年 before a place whose name starts with a measure word, where
 * nothing Chinese leads up to it (the text's or a line's start, or English words) and no magnitude follows.
 */
function yearBeforeName(text: string, start: number, numberEnd: number, raw: string): boolean {
  if (raw.length !== 4 || !/^(?:19|20)\d\d$/.test(raw)) return false;
  const lead = text[start - 1] ?? "";
  if (lead !== "" && !/[\sA-Za-z(（“"'<>《#*]/.test(lead)) return false;
  const unit = readUnit(text, numberEnd);
  return Boolean(unit && !unit.magnitude && unit.end - numberEnd === 1 && /[\u4e00-\u9fa5]/.test(text[unit.end] ?? ""));
}

function percentWordsAt(text: string, start: number): Quantity | null {
  CHINESE_RUN.lastIndex = start + 3;
  const digits = CHINESE_RUN.exec(text)?.[0];
  const value = digits ? splitChineseMagnitude(digits) : null;
  if (!digits || !value || value.magnitude) return null;
  const end = start + 3 + digits.length;
  const quantity = finish(text, start, end, value.value, null, true, "");
  return quantity && { ...quantity, unit: "%", base: "%", unitEnd: end };
}

/** Water and air quality classes written in Roman numerals: Ⅳ类. */
function romanClassAt(text: string, start: number): Quantity | null {
  return finish(text, start, start + 1, text.charCodeAt(start) - 0x215f, null, false, "");
}

const FRACTION = /([一二两三四五六七八九十]+)分之([一二两三四五六七八九十]+)/y;
const HALF = /一半/y;
const DOUBLING = /([一两二三])番/y;
/** 减少三分之一, 压减一半: a share of a cut or a rise is a percentage of the thing changed. */
const CHANGE_BEFORE = /(?:减少|压减|压缩|缩减|削减|降低|下降|提高|增加|减|降)(?:了|再)?$/;

/**
 * Numbers said in words that are not numerals of a count: a fraction or a half of a change (减少三分之一 → 33.3%,
 * 压减一半 → 50%), zero growth (零增长 → at most 0%), and doubling (翻一番 → 2倍).
 */
function wordedAt(text: string, start: number): Quantity | null {
  const next = text[start + 1];
  // Only 零增长, 翻一番, …分之…, 一半 are read here: a cheap look at the next characters first.
  if (next !== "增" && next !== "番" && next !== "分" && next !== "半" && text[start + 2] !== "分") return null;
  const before = text.slice(Math.max(0, start - 6), start);
  if (text.startsWith("零增长", start)) {
    const quantity = percentOf(text, start, start + 1, 0, before);
    return { ...quantity, comparator: "<=", growth: true };
  }
  if (text[start - 1] === "翻") {
    DOUBLING.lastIndex = start;
    const doubling = DOUBLING.exec(text);
    const times = doubling ? parseChineseNumeral(doubling[1]) : null;
    if (doubling && times)
      return { ...percentOf(text, start, DOUBLING.lastIndex, 2 ** times, ""), unit: "倍", base: "倍", growth: false };
  }
  // 清偿一半以上: a share "or more" is a percentage whatever the verb (一半以上的企业 describes which ones).
  if (
    !CHANGE_BEFORE.test(before) &&
    !/^[一二两三四五六七八九十]*(?:分之[一二两三四五六七八九十]+|半)以上(?!的)/.test(text.slice(start))
  )
    return null;
  FRACTION.lastIndex = start;
  const fraction = FRACTION.exec(text);
  if (fraction) {
    const whole = parseChineseNumeral(fraction[1]);
    const part = parseChineseNumeral(fraction[2]);
    if (whole && part && part < whole)
      return percentOf(text, start, FRACTION.lastIndex, Math.round((1000 * part) / whole) / 10, before);
  }
  HALF.lastIndex = start;
  if (HALF.exec(text)) return percentOf(text, start, HALF.lastIndex, 50, before);
  return null;
}

const DIGIT_DENOMINATOR = /\/(\d{1,2})(?![\d.])/y;

/** 减少1/3以上: a fraction of a change written in digits, like 三分之一; other slashes (1/2 of a page) are no quantity. */
function fractionAt(text: string, start: number, slash: number, part: number): Quantity | null {
  DIGIT_DENOMINATOR.lastIndex = slash;
  const whole = Number(DIGIT_DENOMINATOR.exec(text)?.[1] ?? 0);
  const before = text.slice(Math.max(0, start - 6), start);
  if (!whole || part <= 0 || part >= whole || !CHANGE_BEFORE.test(before)) return null;
  return percentOf(text, start, DIGIT_DENOMINATOR.lastIndex, Math.round((1000 * part) / whole) / 10, before);
}

function percentOf(text: string, start: number, numberEnd: number, value: number, before: string): Quantity {
  const change = CHANGE_HINTS.test(before) ? CHANGE.exec(before) : null;
  let end = numberEnd;
  let comparator: Comparator | null = null;
  let suffix = "";
  for (const [pattern, sense] of SUFFIX_COMPARATORS) {
    pattern.lastIndex = numberEnd;
    const match = pattern.exec(text);
    if (match) {
      [comparator, suffix] = [sense, match[0]];
      end += suffix.length;
      break;
    }
  }
  return {
    start,
    end,
    numberEnd,
    unitEnd: numberEnd,
    value,
    upper: null,
    unit: "%",
    base: "%",
    magnitude: "",
    more: false,
    suffix,
    comparator,
    growth: Boolean(change),
    decrease: Boolean(change && DECREASE.test(change[1])),
    chinese: true,
  };
}

/** Chinese numerals count only as compounds (一万, 三百, 十三) or right after a verb of counting (新增两家, 破千亿). */
function chineseAt(text: string, start: number): Quantity | null {
  if (text.charCodeAt(start - 1) === 0x7b2c) return null; // 第
  let numberEnd = start;
  while (NUMERALS.has(text.charCodeAt(numberEnd))) numberEnd++;
  if (!mayStartUnit(text, numberEnd) && !/[万亿]/.test(text[numberEnd - 1])) return null;
  const run = text.slice(start, numberEnd);
  const parsed = splitChineseMagnitude(run);
  if (!parsed) return null;
  if (/[是大]/.test(text[numberEnd] ?? "")) return null;
  const lead = text.slice(Math.max(0, start - 4), start);
  const round =
    /^(?:[千百万]亿?|[百千]万)$/.test(run) &&
    (ROUND_VERBS.test(lead) || LEVEL_HELD.test(lead)) &&
    !ROUND_IDIOM.test(text.slice(numberEnd));
  // 小学和幼儿园各一所: 各 before a numeral gives each named thing its count, one included.
  const each = lead.endsWith("各") && /^[一二两三四五六七八九十]$/.test(run);
  const afterVerb =
    each ||
    (run !== "一" &&
      (COUNT_VERBS.test(lead) ||
        (/^[次场期轮]/.test(text.slice(numberEnd)) && EVENT_LEAD.test(text.slice(Math.max(0, start - 10), start)))));
  if (
    !isCompoundNumeral(run) &&
    !afterVerb &&
    !round &&
    !countsAList(text, start, run) &&
    !countsAtClauseEnd(text, start, numberEnd) &&
    !countsAfterMaking(text, start, numberEnd)
  )
    return null;
  const quantity = finish(text, start, numberEnd, parsed.value, null, true, parsed.magnitude);
  if (!quantity || quantity.unit === "") return null;
  if (
    /^[千百万亿]+$/.test(run) &&
    !round &&
    !/(?:突破|破|超过|超|达到|达|稳定在|保持在)$/.test(text.slice(Math.max(0, start - 3), start))
  )
    return null;
  return quantity;
}

/** 西关、北关两个片区, 东湖路和西湖路两处: a small numeral right after a list of names counts the list. */
function countsAList(text: string, start: number, run: string): boolean {
  if (!/^[两二三四五六七八九]$/.test(run)) return false;
  const clause = clauseBefore(text, start);
  if (!/[\u4e00-\u9fa5”]$/.test(clause)) return false;
  // 完成东湖路和西湖路两处…: a list joined by 和 counts only after a verb of making (not 发挥中央和地方两个积极性).
  // 在“…”八个字上下功夫, 支持香港、澳门两个特别行政区: a slogan's characters, places supported (not made).
  if (/^个?字/.test(text.slice(start + run.length)) || NOT_MAKING.test(clause)) return false;
  // 增强“责任、为民、效率”四种意识: words listed inside one quotation are a slogan's parts, not things made.
  if (/“[^“”]*、[^“”]*”$/.test(clause)) return false;
  return /、[^、]{1,12}$/.test(clause) || (/[和及][^和及、]{1,12}$/.test(clause) && MAKING_VERB.test(clause));
}

const NOT_MAKING = /^(?:全力|大力|积极|继续)?(?:支持|发挥|坚持|围绕|在)/;

/** 年内新建公交站台两座: a small count with its measure word ending the clause, after a verb of making. */
function countsAtClauseEnd(text: string, start: number, numberEnd: number): boolean {
  if (!/^[两二三四五六七八九]$/.test(text.slice(start, numberEnd))) return false;
  const unit = readUnit(text, numberEnd);
  if (!unit?.base || !/^[，,。；;]?$/.test(text[unit.end] ?? "")) return false;
  return MAKING_LEAD.test(clauseBefore(text, start));
}

/**
 * 完成城区四处积水点改造, 完成一个水厂、一个燃气站、一条管网建设: a small count of things just after the verb that
 * makes them (a place word between); 一 only in a list of such counts.
 */
function countsAfterMaking(text: string, start: number, numberEnd: number): boolean {
  const run = text.slice(start, numberEnd);
  if (!/^[一两二三四五六七八九]$/.test(run)) return false;
  const unit = readUnit(text, numberEnd);
  if (!unit || unit.magnitude || !MADE_CLASSIFIER.test(unit.base) || !/[\u4e00-\u9fa5]/.test(text[unit.end] ?? ""))
    return false;
  // 一 only in a list: the cheaper look first.
  const listed =
    run !== "一" || text[start - 1] === "、" || /^[^，,。；;、]{1,12}、一[个条座所处家]/.test(text.slice(unit.end));
  return listed && MAKING_NEAR.test(clauseBefore(text, start));
}

const MADE_CLASSIFIER = /^(?:个|条|座|所|处|家|台|套|栋)$/;

const MAKING_VERB =
  /^(?:年内|今年|全年|力争|确保|计划)*(?:新建|新增|建成|建设|完成|改造|改建|扩建|新开工|开工|新开通|开通|打造|培育|引进|创建|实施|启动)/;
const MAKING_LEAD = new RegExp(`${MAKING_VERB.source}[\\u4e00-\\u9fa5]{2,12}$`);
/** The verb of making, then at most a place word, or a list of counted things, before the count. */
const MAKING_NEAR = new RegExp(
  `${MAKING_VERB.source}(?:[\\u4e00-\\u9fa5]{0,3}|[\\u4e00-\\u9fa5]{1,12}等|.*、|.*[\\d一二两三四五六七八九十][个条座所处家台套栋][\\u4e00-\\u9fa5]{1,12}[和及])$`,
);

const CLAUSE_MARKS = charSet("，,。；;：:");

function clauseBefore(text: string, start: number): string {
  let from = start;
  while (from > 0 && !CLAUSE_MARKS.has(text.charCodeAt(from - 1))) from--;
  return text.slice(from, start);
}

function finish(
  text: string,
  start: number,
  numberEnd: number,
  value: number,
  upper: number | null,
  chinese: boolean,
  writtenMagnitude: string,
): Quantity | null {
  const unitMatch = readUnit(text, numberEnd) ?? yearsOfSchooling(text, start, numberEnd, value);
  let unit = unitMatch ? unitMatch.unit : "";
  let magnitude = unitMatch ? unitMatch.magnitude : "";
  if (writtenMagnitude) {
    if (magnitude) return null;
    unit = writtenMagnitude + unit;
    magnitude = writtenMagnitude;
  }
  let unitEnd = unitMatch ? unitMatch.end : numberEnd;
  // 增长6.5%－7%, 减少8%至10%: a range of rates with the unit written twice is one target, its lower end.
  if (upper === null && unit === "%") {
    PERCENT_RANGE.lastIndex = unitEnd;
    const range = PERCENT_RANGE.exec(text);
    if (range && Number(range[1]) > value) {
      upper = Number(range[1]);
      unitEnd = PERCENT_RANGE.lastIndex;
    }
  }
  // 解决6000万农村人口的饮水问题, 约1亿农业转移人口: a bare magnitude before a people noun counts people.
  const bare = !unitMatch?.base && /^(?:万|亿|千万|百万)$/.test(unit);
  const people = bare && PEOPLE_AFTER.test(text.slice(unitEnd));
  const households = bare && !people && HOUSEHOLDS_AFTER.test(text.slice(unitEnd));
  if (people) unit += "人";
  if (households) unit += "户";
  let end = unitEnd;
  let comparator: Comparator | null = unitMatch?.more ? ">=" : null;
  let suffix = "";
  for (const [pattern, sense] of SUFFIX_HINT_CODES.has(text.charCodeAt(unitEnd)) ? SUFFIX_COMPARATORS : []) {
    pattern.lastIndex = unitEnd;
    const match = pattern.exec(text);
    if (match) {
      comparator = sense;
      suffix = match[0];
      break;
    }
  }
  if (!suffix && text[unitEnd] === "内" && WITHIN_UNITS.has(unitMatch?.base ?? "")) {
    comparator = "<=";
    suffix = "内";
  }
  end += suffix.length;
  const before = text.slice(Math.max(0, start - 8), start);
  if (!comparator && COMPARATOR_HINTS.test(before)) comparator = prefixComparator(before);
  if (!comparator && before.includes("至少") && /至少[\u4e00-\u9fa5]{1,4}$/.test(before)) comparator = ">=";
  if (upper !== null && !comparator) comparator = ">=";
  const named = unit === "%" || unit === "‰" ? RATE_NAMED.exec(text.slice(Math.max(0, start - 12), start)) : null;
  // 价格指数控制在103%左右 states the index itself (last year = 100), 价格指数控制在3%左右 its rise.
  const change =
    (CHANGE_HINTS.test(before) ? CHANGE.exec(before) : null) ??
    (named && !(named[1] === "价格指数" && value >= 50) ? named : null);
  // 实现8%以上的增速, 按5%的幅度压减: the rate is named after the number.
  const rateAfter = text.startsWith("的", end)
    ? /^的(?:年均)?(增速|增幅|增长|涨幅|降幅|幅度)/.exec(text.slice(end))
    : null;
  // A change in percentage points (提高1.2个百分点) is a difference of levels, not a rate.
  const growth = Boolean(change || rateAfter) && (unit === "%" || unit === "‰") && !LEVEL_REACHED.test(before);
  return {
    start,
    end,
    numberEnd,
    unitEnd,
    value,
    upper,
    unit,
    base: people ? "人" : households ? "户" : (unitMatch?.base ?? ""),
    magnitude,
    more: unitMatch?.more ?? false,
    suffix,
    comparator,
    growth,
    decrease: Boolean((change && DECREASE.test(change[1])) || rateAfter?.[1] === "降幅"),
    chinese,
  };
}

/** 受教育年限提高到10.8年: a length in years (a decimal, or after 年限), never a calendar year. */
function yearsOfSchooling(text: string, start: number, numberEnd: number, value: number): UnitMatch | null {
  if (text[numberEnd] !== "年" || value >= 100) return null;
  const decimal = text.slice(start, numberEnd).includes(".");
  if (!decimal && !/年限/.test(text.slice(Math.max(0, start - 12), start))) return null;
  return { unit: "年", magnitude: "", base: "年", end: numberEnd + 1, more: false };
}

function prefixComparator(before: string): Comparator | null {
  if (/不(?:少于|低于|小于)$/.test(before)) return ">=";
  if (/不(?:超过|高于|多于|大于)$/.test(before)) return "<=";
  if (AT_MOST.test(before)) return "<=";
  if (AT_LEAST.test(before)) return ">=";
  if (ABOUT.test(before)) return "~";
  return null;
}
