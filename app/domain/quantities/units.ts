// Units after a number: magnitudes kept as written (万人, 亿元, 万平方米), counting words, measures, and units that only
// describe; the spellings come from the lexicon.
import { DESCRIPTIVE_UNITS, MAGNITUDES, UNIT_SPELLINGS } from "~/domain/lexicon/units";

export { DESCRIPTIVE_UNITS };

/** Units by the code of their first character, longest first: a lookup instead of one long alternation. */
const UNITS_BY_FIRST = indexByFirst([...UNIT_SPELLINGS, ...DESCRIPTIVE_UNITS]);
const MAGNITUDES_BY_FIRST = indexByFirst(MAGNITUDES.map(([word]) => word));

function indexByFirst(words: string[]): Map<number, string[]> {
  const index = new Map<number, string[]>();
  for (const word of [...words].sort((a, b) => b.length - a.length)) {
    const list = index.get(word.charCodeAt(0)) ?? [];
    list.push(word);
    index.set(word.charCodeAt(0), list);
  }
  return index;
}

/** Whether a unit, a magnitude or 余/多 could start at `at` (a cheap test before reading it). */
export function mayStartUnit(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return UNITS_BY_FIRST.has(code) || MAGNITUDES_BY_FIRST.has(code) || code === 0x4f59 || code === 0x591a; // 余 多
}

function wordAt(index: Map<number, string[]>, text: string, at: number): string | null {
  const candidates = index.get(text.charCodeAt(at));
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
  if (saysMore(text, i)) {
    more = true;
    i++;
  }
  let base = wordAt(UNITS_BY_FIRST, text, i);
  let magnitude = "";
  if (!base) {
    magnitude = wordAt(MAGNITUDES_BY_FIRST, text, i) ?? "";
    if (magnitude) {
      const afterMagnitude = i;
      i += magnitude.length;
      if (saysMore(text, i)) {
        more = true;
        i++;
      }
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

/** 余 or 多 (more than) at `at`, read by its code. */
function saysMore(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code === 0x4f59 || (code === 0x591a && !isWordAfterDuo(text, at)); // 余, 多
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

/** 减少农村贫困人口1000万: people counted without 人. */
const PEOPLE_CONTEXT = /人口|人数/;

/**
 * A bare magnitude (9000万, 破千亿) names money when the metric does, and people when the metric does and `people`
 * allows (a plan's target keeps 减少贫困人口1000万 as written); otherwise it stays as written.
 */
export function completeBareMagnitude(unit: string, metricContext: string, people = true): string {
  if (!/^(万亿|千万|百万|十万|万|亿)$/.test(unit)) return unit;
  if (MONEY_CONTEXT.test(metricContext)) return `${unit}元`;
  return people && PEOPLE_CONTEXT.test(metricContext) ? `${unit}人` : unit;
}
