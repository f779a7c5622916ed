// Numbers with their units inside a clause (新增城镇就业1.69万人), read by the reading core's quantity scanner,
// each with the words that say what it measures.
import { scanQuantities } from "~/domain/quantities/scan";
import { parseChineseNumeral } from "~/domain/quantities/chinese-numerals";
import { fold } from "~/domain/text/chars";

export interface NumberMention {
  value: number;
  unit: string;
  /** Words naming what is measured: before the number, or after it for "3个片区" forms. */
  metric: string;
  /** The words directly before the number (增长, 达到 …). */
  before: string;
  /** The words after the unit up to the next list item (11条 → 背街巷道全部完工): "3个片区" forms name it there. */
  after: string;
  growth: boolean;
  index: number; // position in the clause
  length: number;
  /** The end of a change (由240元提高到450元): a level reached, whatever the years it took. */
  level: boolean;
}

const CONNECTIVE = /^(其中|同比|分别|以及|和|及|与|并|共|达到|达|实现|完成|为)+/;
const HAN = /[\u4e00-\u9fff]/g;

function hanCount(text: string): number {
  return text.match(HAN)?.length ?? 0;
}

const RANK = /第(\d{1,3}|[一二三四五六七八九十]{1,3})(?:位|名)/g;

/** 跃居全省第43位, 排名全省第八位: a rank, read as a number of 名 (ranks promised are "前45名", "≤ 45"). */
function ranksIn(clause: string): { start: number; unitEnd: number; value: number; unit: string; growth: boolean }[] {
  return [...clause.matchAll(RANK)].flatMap((m) => {
    const value = /^\d/.test(m[1]!) ? Number(m[1]) : parseChineseNumeral(m[1]!);
    return value === null ? [] : [{ start: m.index, unitEnd: m.index + m[0].length, value, unit: "名", growth: false }];
  });
}

/**
 * 过50亿元企业, 10亿元以上项目: an amount naming the kind counted (a threshold), not a figure of its own; it stays part
 * of the metric of the count after it.
 */
function isThreshold(clause: string, start: number, unitEnd: number): boolean {
  if (!/元$/.test(clause.slice(start, unitEnd))) return false;
  const after = clause.slice(unitEnd);
  return (
    (/(过|超过?)$/.test(clause.slice(0, start)) &&
      /^[\u4e00-\u9fff]/.test(after) &&
      !/^以上[，；。]|^以上$/.test(after)) ||
    /^(以上|级)(的)?[\u4e00-\u9fff]{0,6}(企业|项目|产业|工程|园区|集群|平台|品牌)/.test(after)
  );
}

/** Every number-with-unit in a clause, ranks (第43位) as numbers of 名; years and other ordinals are skipped. */
export function numbersIn(clause: string): NumberMention[] {
  const found: NumberMention[] = [];
  let boundary = 0;
  const quantities = scanQuantities(fold(clause)).filter(
    (q) =>
      q.base !== "" &&
      !/[第前]/.test(clause[q.start - 1] ?? "") &&
      clause.slice(q.start - 2, q.start) !== "排名" &&
      !isThreshold(clause, q.start, q.unitEnd),
  );
  const all = [...quantities, ...ranksIn(clause)].sort((a, b) => a.start - b.start);
  for (const quantity of all) {
    const index = quantity.start;
    const lastCut = Math.max(boundary, clause.lastIndexOf("、", index - 1) + 1);
    const before = clause.slice(lastCut, index);
    let metric = before.replace(CONNECTIVE, "");
    if (hanCount(metric) < 2) {
      const inherited = found.at(-1);
      if (inherited && hanCount(before) === 0 && lastCut === boundary) metric = inherited.metric;
      else {
        const after = clause.slice(quantity.unitEnd).split(/[、\d]/)[0] ?? "";
        metric = hanCount(after) >= 2 ? after : metric;
      }
    }
    found.push({
      value: quantity.value,
      unit: quantity.unit,
      metric,
      before,
      after: clause
        .slice(quantity.unitEnd)
        .split(/[、，；\d]/)[0]!
        .slice(0, 16),
      growth: quantity.growth,
      index,
      length: quantity.unitEnd - index,
      level: false,
    });
    boundary = quantity.unitEnd;
  }
  return pairRespectively(clause, fromTo(clause, found));
}

const FROM = /(从|由)$/;
const TO = /^(增加|提高|提升|上升|增长|扩大|下降|降低|减少|缩小|缩短|压减|降|增)?(到|至)$/;

/**
 * 国内生产总值从54万亿元增加到82.7万亿元: the start is no result; the end is a level reached, measuring what the
 * start's words name.
 */
function fromTo(clause: string, found: NumberMention[]): NumberMention[] {
  return found.filter((mention, i) => {
    const next = found[i + 1];
    if (!next || !FROM.test(mention.before)) return true;
    const between = clause.slice(mention.index + mention.length, next.index);
    if (!TO.test(between)) return true;
    next.metric = mention.metric.replace(FROM, "");
    next.before = next.metric + between;
    next.growth = false;
    next.level = true;
    return false;
  });
}

/**
 * 规上工业增加值、固定资产投资分别增长8.3%、5.1%: the n-th figure after 分别 belongs to the n-th metric
 * before it. A short elliptical item takes the rest of the last one (城镇、农村居民人均可支配收入).
 */
function pairRespectively(clause: string, found: NumberMention[]): NumberMention[] {
  const at = clause.indexOf("分别");
  if (at < 0) return found;
  const after = found.filter((m) => m.index > at);
  const start = Math.max(0, ...found.filter((m) => m.index < at).map((m) => m.index + m.length));
  const items = clause
    .slice(start, at)
    .replace(CONNECTIVE, "")
    .split(/、|和|及|与/)
    .filter((item) => hanCount(item) > 0);
  // 城乡居民人均可支配收入分别增长5.2%、6.4%: 城镇 and 农村 in that order.
  if (items.length === 1 && after.length === 2 && items[0]!.includes("城乡"))
    items.splice(0, 1, items[0]!.replace("城乡", "城镇"), items[0]!.replace("城乡", "农村"));
  if (after.length < 2 || items.length !== after.length) return found;
  const last = items.at(-1)!;
  const verb = clause.slice(at + 2, after[0]!.index);
  after.forEach((mention, i) => {
    const item = items[i]!;
    const metric = item.length <= 3 && last.length > item.length + 1 ? item + last.slice(item.length) : item;
    mention.metric = metric;
    mention.before = metric + verb;
  });
  return found;
}
