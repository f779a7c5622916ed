// Units of report numbers as data: each spelling with its base unit, the factor to that base, what it measures
// (dimension) and the base's size in the dimension's own measure, so that values in different units compare.

export type Dimension =
  | "count"
  | "people"
  | "length"
  | "area"
  | "volume"
  | "mass"
  | "energy"
  | "power"
  | "money"
  | "percent"
  | "points"
  | "time"
  | "ratio"
  | "concentration"
  | "other";

export interface UnitSense {
  /** The canonical spelling (千米 → 公里, 平米 → 平方米). */
  base: string;
  /** One of this spelling in the base unit (兆瓦 = 1000 千瓦). */
  factor: number;
  dimension: Dimension;
  /** One base unit in the dimension's measure (公里 = 1000 米, 亩 = 666.67 平方米); 1 where none converts. */
  scale: number;
}

/** [spelling, base, factor, dimension, scale]; a spelling that is its own base has factor 1. */
const TABLE: Array<[string, string, number, Dimension, number]> = [
  ["%", "%", 1, "percent", 1],
  ["％", "%", 1, "percent", 1],
  ["‰", "‰", 1, "percent", 1],
  ["个百分点", "个百分点", 1, "points", 1],
  ["百分点", "个百分点", 1, "points", 1],
  ["米", "米", 1, "length", 1],
  ["公里", "公里", 1, "length", 1000],
  ["千米", "公里", 1, "length", 1000],
  ["平方米", "平方米", 1, "area", 1],
  ["平米", "平方米", 1, "area", 1],
  ["亩", "亩", 1, "area", 10000 / 15],
  ["公顷", "公顷", 1, "area", 1e4],
  ["平方公里", "平方公里", 1, "area", 1e6],
  ["平方千米", "平方公里", 1, "area", 1e6],
  ["立方米", "立方米", 1, "volume", 1],
  ["方", "立方米", 1, "volume", 1],
  ["千克", "千克", 1, "mass", 1],
  ["公斤", "千克", 1, "mass", 1],
  ["斤", "千克", 0.5, "mass", 1],
  ["吨", "吨", 1, "mass", 1000],
  ["吨标准煤", "吨标准煤", 1, "other", 1],
  ["千瓦时", "千瓦时", 1, "energy", 1],
  ["度", "千瓦时", 1, "energy", 1],
  ["千瓦", "千瓦", 1, "power", 1000],
  ["兆瓦", "千瓦", 1e3, "power", 1000],
  ["吉瓦", "千瓦", 1e6, "power", 1000],
  ["瓦", "瓦", 1, "power", 1],
  ["元", "元", 1, "money", 1],
  ["美元", "美元", 1, "money", 1],
  ["欧元", "欧元", 1, "money", 1],
  ["港元", "港元", 1, "money", 1],
  ["微克/立方米", "微克/立方米", 1, "concentration", 1],
  ["毫克/立方米", "毫克/立方米", 1, "concentration", 1],
  ["毫克/升", "毫克/升", 1, "concentration", 1],
  ["立方米/秒", "立方米/秒", 1, "other", 1],
  ["标准箱", "标准箱", 1, "count", 1],
  ["标箱", "标准箱", 1, "count", 1],
  ["小时", "小时", 1, "time", 1],
  ["分钟", "分钟", 1, "time", 1],
  ["天", "天", 1, "time", 1],
  ["个工作日", "个工作日", 1, "time", 1],
  ["工作日", "个工作日", 1, "time", 1],
  ["周", "周", 1, "time", 1],
  ["个月", "个月", 1, "time", 1],
  ["课时", "课时", 1, "time", 1],
  ["倍", "倍", 1, "ratio", 1],
  ["人", "人", 1, "people", 1],
  ["名", "名", 1, "people", 1],
  ["位", "位", 1, "people", 1],
  ["人次", "人次", 1, "count", 1],
  ["户次", "户次", 1, "count", 1],
  ["车次", "车次", 1, "count", 1],
  ["架次", "架次", 1, "count", 1],
  ["家次", "家次", 1, "count", 1],
  ["场次", "场次", 1, "count", 1],
  ["批次", "批次", 1, "count", 1],
  ["项次", "项次", 1, "count", 1],
  ["台套", "台套", 1, "count", 1],
  ["分", "分", 1, "other", 1],
  ["分钱", "元", 0.01, "money", 1],
  ["毛钱", "元", 0.1, "money", 1],
];

/** Counting words (classifiers): each is its own base and counts things. */
const COUNTER_WORDS =
  "个 家 项 所 处 条 座 张 套 户 场 次 台 辆 支 件 批 栋 幢 间 块 架 艘 只 头 株 棵 枚 部 本 册 篇 门 种 类 期 轮 对 组 队 片 宗 份 根 口 眼 盏 笔 单 床 例 孔 趟 堂 锭";

export const COUNTERS: readonly string[] = COUNTER_WORDS.split(" ");

/** Dimensions whose units convert into one another (公顷 and 亩, 公里 and 米). */
export const CONVERTIBLE: ReadonlySet<Dimension> = new Set(["length", "area", "volume", "mass", "power"]);

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

/** Magnitudes written before a unit (万人, 亿元) with their value. */
export const MAGNITUDES: ReadonlyArray<readonly [string, number]> = [
  ["万亿", 1e12],
  ["千亿", 1e11],
  ["百亿", 1e10],
  ["十亿", 1e9],
  ["亿", 1e8],
  ["千万", 1e7],
  ["百万", 1e6],
  ["十万", 1e5],
  ["万", 1e4],
  ["千", 1e3],
  ["百", 1e2],
];

export const UNIT_SENSES: ReadonlyMap<string, UnitSense> = new Map([
  ...TABLE.map(([spelling, base, factor, dimension, scale]) => [spelling, { base, factor, dimension, scale }] as const),
  ...COUNTERS.map((word) => [word, { base: word, factor: 1, dimension: "count" as const, scale: 1 }] as const),
]);

/** Every spelling that makes a number a quantity (the full-width ％ is read after folding, as %). */
export const UNIT_SPELLINGS: readonly string[] = [...UNIT_SENSES.keys()].filter((spelling) => spelling !== "％");

export function unitSense(spelling: string): UnitSense | null {
  return UNIT_SENSES.get(spelling) ?? null;
}
