// Chinese numerals (一万, 两, 三百, 十三, 一千二百) to numbers, keeping a trailing 万/亿 apart as the magnitude.

const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

export const CHINESE_NUMERAL_CHARS = "〇零一二两三四五六七八九十百千万亿";

/**
 * The value of a Chinese numeral, or null when the text is not one: 一万二千 → 12000, 一千零五 → 1005 (零 marks
 * a skipped place), 二〇二五 → 2025 (digits written one by one).
 */
export function parseChineseNumeral(text: string): number | null {
  if (text === "") return null;
  if (!/[十百千万亿]/.test(text)) return positional(text);
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const char of text) {
    if (char === "零" || char === "〇") {
      if (digit !== null) return null;
    } else if (char in DIGITS) {
      if (digit !== null) return null;
      digit = DIGITS[char];
    } else if (char in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[char];
      digit = null;
    } else if (char in BIG_UNITS) {
      total = (total + section + (digit ?? (section === 0 ? 1 : 0))) * BIG_UNITS[char];
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}

/** The value of each digit character by its code, -1 for any other character. */
const DIGIT_OF = new Int8Array(0x10000).fill(-1);
for (const [char, value] of Object.entries(DIGITS)) DIGIT_OF[char.charCodeAt(0)] = value;
const LIANG = 0x4e24; // 两

/** 二〇二五, 一九九八: digits one by one (two digits without 〇, 一二, mean "one or two", not twelve). */
function positional(text: string): number | null {
  if (text.length === 2 && !/[〇零]/.test(text)) return null;
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const digit = DIGIT_OF[code]!;
    if (digit < 0 || (code === LIANG && text.length > 1)) return null;
    value = value * 10 + digit;
  }
  return value;
}

/** Splits 一万 into 1 and 万, 十三万 into 13 and 万, 三百 into 300 and no magnitude. */
export function splitChineseMagnitude(text: string): { value: number; magnitude: string } | null {
  const magnitude = /(万亿|万|亿)$/.exec(text)?.[1] ?? "";
  const head = magnitude ? text.slice(0, -magnitude.length) : text;
  if (head === "") return magnitude ? { value: 1, magnitude } : null;
  const value = parseChineseNumeral(head);
  return value === null ? null : { value, magnitude };
}

/** Whether the numeral says a quantity by itself (一万, 三百, 十三) rather than being a word part (一批, 十四五 …). */
export function isCompoundNumeral(text: string): boolean {
  return /[一二两三四五六七八九]/.test(text) && /[十百千万亿]/.test(text);
}
