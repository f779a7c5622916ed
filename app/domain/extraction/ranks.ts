// Rank targets: 进入全省前十 (≤10th), 跻身全国百强区 (≤100th), 退出全省后二十 (out of the last 20), 前20% (top fifth).
import type { Comparator } from "~/domain/vocab";
import { parseChineseNumeral } from "~/domain/quantities/chinese-numerals";
import { charSet, type CharSet } from "~/domain/text/char-set";
import { matchesOf } from "~/domain/text/matches";

export interface RankTarget {
  start: number;
  end: number;
  value: number;
  unit: string;
  comparator: Comparator;
  /** Where the rank is counted: 全省, 全国, 全市开发区 … */
  scope: string;
}

const GOAL_VERBS = "挺进|跻身|进入|迈入|保持|稳居|稳定在|位居|跃居|冲进|冲刺|争创|创成|争先进入|进|居|列";
const TOP_N = new RegExp(
  `(?:${GOAL_VERBS})([\\u4e00-\\u9fa5]{0,10}?)前(\\d+|[一二三四五六七八九十百]+)(名|位|强)?(%)?`,
  "g",
);
const TOP_CLASS = new RegExp(`(?:${GOAL_VERBS})([\\u4e00-\\u9fa5]{0,8}?)(\\d+|[十百千])强`, "g");
const OUT_OF_BOTTOM = /退出([\u4e00-\u9fa5]{0,8}?)后(\d+|[一二三四五六七八九十]+)(?:名|位)?/g;

export function findRankTargets(text: string): RankTarget[] {
  const found: RankTarget[] = [];
  if (!/[前强]|退出/.test(text)) return found;
  // Each shape needs a word of its own (前 before a number, 强 after one, 退出…后): a cheap look before its pattern
  // (加强, 强化, 年底前, 前期 are in most sentences of a plan).
  const top = charNextTo(text, "前", 1, TOP_NUMBER_CHARS);
  const strong = charNextTo(text, "强", -1, CLASS_NUMBER_CHARS);
  const out = text.includes("退出");
  if (top)
    for (const match of matchesOf(TOP_N, text)) {
      const value = numberOf(match[2]);
      if (value === null) continue;
      const percent = Boolean(match[4]);
      found.push(target(match, value, percent ? "%" : "名", "<=", match[1]));
    }
  if (strong)
    for (const match of matchesOf(TOP_CLASS, text)) {
      const value = numberOf(match[2]);
      if (value !== null) found.push(target(match, value, "名", "<=", match[1]));
    }
  if (out)
    for (const match of matchesOf(OUT_OF_BOTTOM, text)) {
      const value = numberOf(match[2]);
      if (value !== null) found.push(target(match, value, "名", ">=", match[1]));
    }
  return found.sort((a, b) => a.start - b.start);
}

/** The characters a rank's number can start (前十, 前20) or end (百强, 50强) with. */
const TOP_NUMBER_CHARS = charSet("0123456789一二三四五六七八九十百");
const CLASS_NUMBER_CHARS = charSet("0123456789十百千");

/** Whether `char` stands somewhere in the text with one of `chars` right after it (side 1) or right before it (-1). */
function charNextTo(text: string, char: string, side: 1 | -1, chars: CharSet): boolean {
  for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1))
    if (chars.has(text.charCodeAt(at + side))) return true;
  return false;
}

function target(
  match: RegExpExecArray,
  value: number,
  unit: string,
  comparator: Comparator,
  scope: string,
): RankTarget {
  return { start: match.index, end: match.index + match[0].length, value, unit, comparator, scope };
}

function numberOf(text: string): number | null {
  return /^\d+$/.test(text) ? Number(text) : parseChineseNumeral(text);
}
