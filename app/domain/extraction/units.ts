// Units after a number: magnitudes kept as written (万人, 亿元, 万平方米), counting words, measures, and units that only describe.

/** Measures and counters that make a number a quantity; the longest match wins. */
const UNITS = [
  "微克/立方米",
  "毫克/立方米",
  "毫克/升",
  "立方米/秒",
  "个百分点",
  "百分点",
  "平方公里",
  "平方千米",
  "平方米",
  "立方米",
  "千瓦时",
  "标准箱",
  "吨标准煤",
  "个工作日",
  "工作日",
  "人次",
  "户次",
  "车次",
  "架次",
  "台套",
  "公里",
  "千米",
  "公顷",
  "千瓦",
  "兆瓦",
  "吉瓦",
  "标箱",
  "公斤",
  "千克",
  "美元",
  "欧元",
  "港元",
  "小时",
  "分钟",
  "个月",
  "家次",
  "场次",
  "批次",
  "项次",
  "%",
  "‰",
  "个",
  "家",
  "项",
  "所",
  "处",
  "条",
  "座",
  "张",
  "套",
  "名",
  "人",
  "户",
  "场",
  "次",
  "台",
  "辆",
  "支",
  "件",
  "批",
  "栋",
  "幢",
  "间",
  "块",
  "架",
  "艘",
  "只",
  "头",
  "株",
  "棵",
  "枚",
  "部",
  "本",
  "册",
  "篇",
  "门",
  "种",
  "类",
  "期",
  "轮",
  "位",
  "对",
  "组",
  "队",
  "片",
  "宗",
  "份",
  "根",
  "口",
  "眼",
  "盏",
  "笔",
  "单",
  "床",
  "亩",
  "吨",
  "米",
  "元",
  "方",
  "度",
  "天",
  "周",
  "倍",
  "分",
  "斤",
  "瓦",
  "例",
  "孔",
  "趟",
];

/** Units that describe an object (a 35-steam-ton boiler, people over 60, line 6) rather than count a target. */
export const DESCRIPTIVE_UNITS = new Set([
  "岁",
  "周岁",
  "周年",
  "蒸吨",
  "千伏",
  "伏",
  "吨级",
  "星级",
  "级",
  "层",
  "英寸",
  "寸",
  "号线",
  "号",
  "届",
  "代",
  "版",
  "纵",
  "横",
  "环",
  "强",
  "线",
  "路",
]);

const MAGNITUDES = ["万亿", "千万", "百万", "十万", "万", "亿", "千", "百"];

/** Units by their first character, longest first: a lookup instead of one long alternation. */
const UNITS_BY_FIRST = indexByFirst([...UNITS, ...DESCRIPTIVE_UNITS]);
const MAGNITUDES_BY_FIRST = indexByFirst(MAGNITUDES);

function indexByFirst(words: string[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const word of [...words].sort((a, b) => b.length - a.length)) {
    const list = index.get(word[0]) ?? [];
    list.push(word);
    index.set(word[0], list);
  }
  return index;
}

/** Whether a unit, a magnitude or 余/多 could start at `at` (a cheap test before reading it). */
export function mayStartUnit(text: string, at: number): boolean {
  const char = text[at];
  return (
    char !== undefined && (UNITS_BY_FIRST.has(char) || MAGNITUDES_BY_FIRST.has(char) || char === "余" || char === "多")
  );
}

function wordAt(index: Map<string, string[]>, text: string, at: number): string | null {
  const candidates = index.get(text[at]);
  if (!candidates) return null;
  for (const word of candidates) if (text.startsWith(word, at)) return word;
  return null;
}

export interface UnitMatch {
  /** As written: magnitude and unit (万人), or the bare magnitude (万) when no unit follows. */
  unit: string;
  magnitude: string;
  base: string;
  end: number;
  /** 余/多 after the number: "more than". */
  more: boolean;
}

/** Reads [余|多] [magnitude] [余|多] [unit] from `at`; null when none of them is there. */
export function readUnit(text: string, at: number): UnitMatch | null {
  let i = at;
  let more = false;
  const skipMore = () => {
    if (text[i] === "余" || (text[i] === "多" && !isWordAfterDuo(text, i))) {
      more = true;
      i++;
    }
  };
  skipMore();
  let base = wordAt(UNITS_BY_FIRST, text, i);
  let magnitude = "";
  if (!base) {
    magnitude = wordAt(MAGNITUDES_BY_FIRST, text, i) ?? "";
    if (magnitude) {
      const afterMagnitude = i;
      i += magnitude.length;
      skipMore();
      base = wordAt(UNITS_BY_FIRST, text, i);
      if (!base && !/[万亿]$/.test(magnitude)) {
        magnitude = "";
        i = afterMagnitude;
      }
    }
  }
  if (base) i += base.length;
  if (!base && !magnitude) return more ? { unit: "", magnitude: "", base: "", end: i, more } : null;
  return { unit: magnitude + (base ?? ""), magnitude, base: base ?? "", end: i, more };
}

/** 多 in 多元/多个/多样 belongs to the next word, not to the number. */
function isWordAfterDuo(text: string, at: number): boolean {
  return /[元样种层方彩维]/.test(text[at + 1] ?? "") && !/[万亿]/.test(text[at + 1] ?? "");
}

export function isPercentUnit(unit: string | null): boolean {
  return unit === "%" || unit === "‰" || unit === "个百分点" || unit === "百分点";
}

export function isMoneyUnit(unit: string | null): boolean {
  return unit !== null && /元$/.test(unit);
}

const MONEY_CONTEXT =
  /产值|生产总值|GDP|收入|投资|资金|贷款|金额|补贴|基金|税|销售额|营业额|营收|规模|资产|消费|存款|融资|费用|经费|利润|总量|交易额|成交额|出口额|进口额|额/;

/** A bare magnitude (9000万, 破千亿) names money when the metric does; otherwise it stays as written. */
export function completeBareMagnitude(unit: string, metricContext: string): string {
  if (!/^(万亿|千万|百万|十万|万|亿)$/.test(unit)) return unit;
  return MONEY_CONTEXT.test(metricContext) ? `${unit}元` : unit;
}
