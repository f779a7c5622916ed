// Units of report numbers: the magnitude (万, 亿 …) split from the base unit, so that values in different units compare.

export interface ParsedUnit {
  base: string;
  factor: number; // 1.3万人 → base 人, factor 1e4
}

const MAGNITUDES: readonly [string, number][] = [
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

/** Spellings of one base unit; the value is the canonical base with its factor. */
const SPELLINGS: Record<string, ParsedUnit> = {
  "％": { base: "%", factor: 1 },
  百分点: { base: "个百分点", factor: 1 },
  千米: { base: "公里", factor: 1 },
  km: { base: "公里", factor: 1 },
  平米: { base: "平方米", factor: 1 },
  公斤: { base: "千克", factor: 1 },
  兆瓦: { base: "千瓦", factor: 1e3 },
  千瓦时: { base: "千瓦时", factor: 1 },
  度: { base: "千瓦时", factor: 1 },
};

/** Bases that are themselves units with a magnitude-looking first character. */
const WHOLE_BASES = new Set(["千瓦", "千瓦时", "千克", "个百分点"]);

/** Conversions between bases of one dimension: [base, per canonical base]. */
const DIMENSIONS: readonly Record<string, number>[] = [
  { 米: 1, 公里: 1e3 },
  { 平方米: 1, 亩: 10000 / 15, 公顷: 1e4, 平方公里: 1e6 },
  { 千克: 1, 吨: 1e3 },
];

/** Counting words that are interchangeable with the generic 个 (and people words among themselves). */
const COUNT_WORDS = new Set(
  "个 家 项 所 座 条 套 张 笔 处 台 辆 间 栋 幢 种 件 场 床 批 支 户 只 棵 株 片 宗 类 部 本 期 届".split(" "),
);
const PEOPLE_WORDS = new Set(["人", "名", "位"]);

const parsed = new Map<string, ParsedUnit | null>();

/** Memoised: matching asks about the same few units many times. */
export function parseUnit(unit: string | null | undefined): ParsedUnit | null {
  const key = unit ?? "";
  if (!parsed.has(key)) {
    if (parsed.size > 1000) parsed.clear();
    parsed.set(key, parseUncached(key));
  }
  return parsed.get(key)!;
}

function parseUncached(unit: string): ParsedUnit | null {
  const raw = unit.replace(/\s+/g, "");
  if (!raw) return null;
  const spelled = SPELLINGS[raw];
  if (spelled) return spelled;
  if (WHOLE_BASES.has(raw)) return { base: raw, factor: 1 };
  for (const [prefix, factor] of MAGNITUDES) {
    if (raw.startsWith(prefix) && raw.length > prefix.length) {
      const rest = parseUncached(raw.slice(prefix.length));
      if (rest) return { base: rest.base, factor: factor * rest.factor };
    }
  }
  return { base: raw, factor: 1 };
}

function dimensionOf(base: string): Record<string, number> | null {
  return DIMENSIONS.find((d) => base in d) ?? null;
}

/**
 * How well two bases fit: 1 same, 0.9 convertible (公顷/亩), 0.85 counting words (个/家), 0 not comparable
 * (人 vs 元, % vs 个百分点).
 */
export function unitFit(a: string | null | undefined, b: string | null | undefined): number {
  const pa = parseUnit(a);
  const pb = parseUnit(b);
  if (!pa || !pb) return !pa && !pb ? 1 : 0;
  if (pa.base === pb.base) return 1;
  const dim = dimensionOf(pa.base);
  if (dim && pb.base in dim) return 0.9;
  if (PEOPLE_WORDS.has(pa.base) && PEOPLE_WORDS.has(pb.base)) return 0.9;
  if ((pa.base === "个" && COUNT_WORDS.has(pb.base)) || (pb.base === "个" && COUNT_WORDS.has(pa.base))) return 0.85;
  return 0;
}

/** `value` in `from` expressed in `to` (1.3 万人 → 13000 人), or null when the units do not compare. */
export function convert(value: number, from: string | null | undefined, to: string | null | undefined): number | null {
  if (unitFit(from, to) === 0) return null;
  const pf = parseUnit(from);
  const pt = parseUnit(to);
  if (!pf || !pt) return value;
  const dim = dimensionOf(pf.base);
  const dimFactor = dim && pt.base in dim && pf.base !== pt.base ? dim[pf.base]! / dim[pt.base]! : 1;
  return round((value * pf.factor * dimFactor) / pt.factor);
}

/** Rounds away binary noise (1.3 × 10000 / 10000) without losing report precision. */
function round(value: number): number {
  return Number.parseFloat(value.toPrecision(12));
}

/** Units that measure a rate or a share rather than a quantity. */
export function isPercent(unit: string | null | undefined): boolean {
  return parseUnit(unit)?.base === "%";
}
