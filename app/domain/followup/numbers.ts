// Numbers with their units inside a clause (新增城镇就业1.69万人), each with the words that say what it measures.

export interface NumberMention {
  value: number;
  unit: string;
  /** Words naming what is measured: before the number, or after it for "3个片区" forms. */
  metric: string;
  /** The words directly before the number (增长, 达到 …). */
  before: string;
  growth: boolean;
  index: number; // position in the clause
  length: number;
}

const BASES =
  "平方公里|平方米|平米|立方米|公里|公顷|万亩|亩|人次|吨标准煤|吨|美元|元|人|户|家|个|项|所|座|条|套|张|笔|次|处|台|辆|天|间|栋|幢|名|位|种|件|场|床|批|支|棵|株|宗|米|倍";
// 1.2万余人, 20多场: the approximation word sits between the magnitude and the unit.
const UNIT = `个百分点|百分点|%|％|千瓦时|千瓦|兆瓦|千克|千米|(?:万亿|亿|千万|百万|十万|万|千)?(?:余|多)?(?:${BASES})`;
const NUMBER = new RegExp(`(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(${UNIT})`, "g");

/** Rate words right before a percentage make it a growth rate; "提高到/至" states a level. */
const GROWTH_BEFORE =
  /(?:(?:增长|增速|增幅|上升|下降|降低|减少|回落|增)(?:了|约|达到|达|为|超过|超)?|(?:提高|提升|增加)了?)$/;
const CONNECTIVE = /^(其中|同比|分别|以及|和|及|与|并|共|达到|达|实现|完成|为)+/;
const HAN = /[\u4e00-\u9fff]/g;

function hanCount(text: string): number {
  return text.match(HAN)?.length ?? 0;
}

/** Every number-with-unit in a clause (years, ordinals 第1 and ranks are skipped). */
export function numbersIn(clause: string): NumberMention[] {
  const found: NumberMention[] = [];
  let boundary = 0;
  for (const match of clause.matchAll(NUMBER)) {
    const index = match.index;
    if (/[第前A-Za-z.]/.test(clause[index - 1] ?? "") || clause.slice(index - 2, index) === "排名") continue;
    const value = Number(match[1]!.replace(/,/g, ""));
    const unit = match[2]!.replace(/[余多]/, "");
    const lastCut = Math.max(boundary, clause.lastIndexOf("、", index - 1) + 1);
    const before = clause.slice(lastCut, index);
    let metric = before.replace(CONNECTIVE, "");
    if (hanCount(metric) < 2) {
      const inherited = found.at(-1);
      if (inherited && hanCount(before) === 0 && lastCut === boundary) metric = inherited.metric;
      else {
        const after = clause.slice(index + match[0].length).split(/[、\d]/)[0] ?? "";
        metric = hanCount(after) >= 2 ? after : metric;
      }
    }
    const percent = /%|％/.test(unit) && !/百分点/.test(unit);
    found.push({
      value,
      unit,
      metric,
      before,
      growth: percent && GROWTH_BEFORE.test(before),
      index,
      length: match[0].length,
    });
    boundary = index + match[0].length;
  }
  return pairRespectively(clause, found);
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
  if (after.length < 2 || items.length !== after.length) return found;
  const last = items.at(-1)!;
  const verb = clause.slice(at + 2, after[0]!.index);
  after.forEach((mention, i) => {
    const item = items[i]!;
    const metric = item.length <= 3 && last.length > item.length + 1 ? item + last.slice(item.length) : item;
    mention.metric = metric;
    mention.before = metric + verb;
    mention.growth = /%|％/.test(mention.unit) && !/百分点/.test(mention.unit) && GROWTH_BEFORE.test(mention.before);
  });
  return found;
}
