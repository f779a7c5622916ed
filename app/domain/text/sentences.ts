// Sentences and clauses of a paragraph, and which characters stand inside quotation marks.
import { charSet } from "~/domain/text/char-set";
import { ITEM_NUMBER_CHARS } from "~/domain/text/chars";
import { matchesOf } from "~/domain/text/matches";

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  clauses: Span[];
}

/** The items (in order of `start`) that start inside the span. */
export function inSpan<T extends { start: number }>(items: T[], span: Span): T[] {
  const found: T[] = [];
  for (const item of items) {
    if (item.start >= span.end) break;
    if (item.start >= span.start) found.push(item);
  }
  return found;
}

/** Longer stretches without a comma are not clauses of a report (tables, lists run together) and are skipped. */
const MAX_CLAUSE = 400;

/** What a character is to the splitter; every character of a paragraph is looked up once. */
const OTHER = 0;
const SENTENCE_END = 1; // 。！？!?；;
const CLAUSE_END = 2; // ，,：:
const FULL_STOP = 3; // . (a sentence's end only after Chinese text)
const DIGIT = 4;
const PARENTHESIS = 5; // ( （ and item numbers of one character
const KIND = new Uint8Array(0x10000);
for (const char of "。！？!?；;") KIND[char.charCodeAt(0)] = SENTENCE_END;
for (const char of "，,：:") KIND[char.charCodeAt(0)] = CLAUSE_END;
KIND[0x2e] = FULL_STOP;
for (let code = 48; code <= 57; code++) KIND[code] = DIGIT;
KIND[0x28] = PARENTHESIS;
KIND[0xff08] = PARENTHESIS;
for (const char of ITEM_NUMBER_CHARS) KIND[char.charCodeAt(0)] = PARENTHESIS;
// ①–⑳ run into the text are item numbers too (…10项：①某路建设②某路改造).
for (let code = 0x2460; code <= 0x2473; code++) KIND[code] = PARENTHESIS;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Splits [start, end) of `text` (folded) into sentences and those into clauses, trimmed. */
export function splitSentences(text: string, start: number, end: number): Sentence[] {
  const sentences: Sentence[] = [];
  let sentenceStart = start;
  let clauseStart = start;
  let clauses: Span[] = [];
  // Whether the clause read so far has a digit or an opening parenthesis: the splits that need one look no further.
  let digits = false;
  let parentheses = false;
  for (let i = start; i <= end; i++) {
    let clauseEnd = false;
    let sentenceEnd = i === end;
    if (!sentenceEnd) {
      const kind = KIND[text.charCodeAt(i)];
      if (kind === OTHER) continue;
      if (kind === DIGIT) {
        digits = true;
        continue;
      }
      if (kind === PARENTHESIS) {
        parentheses = true;
        continue;
      }
      clauseEnd = kind === CLAUSE_END && !betweenDigits(text, i);
      sentenceEnd = kind === SENTENCE_END || (kind === FULL_STOP && isAsciiFullStop(text, i));
      if (!clauseEnd && !sentenceEnd) continue;
    }
    if (digits && gluesClauses(text, clauseStart, i))
      for (const glued of splitAt(text, clauseStart, i, GLUED))
        addParts(text, glued.start, glued.end, parentheses, clauses);
    else addParts(text, clauseStart, i, parentheses, clauses);
    clauseStart = i + 1;
    digits = false;
    parentheses = false;
    if (sentenceEnd) {
      if (clauses.length) {
        const { start: from, end: to } = trim(text, sentenceStart, i);
        sentences.push({ start: from, end: to, clauses });
      }
      clauses = [];
      sentenceStart = i + 1;
    }
  }
  return sentences;
}

/** The clause [start, end) trimmed and without its enumerator, unless that leaves nothing or too much. */
function addClause(text: string, start: number, end: number, clauses: Span[]): void {
  while (start < end && text.charCodeAt(start) <= 0x20) start++;
  while (end > start && text.charCodeAt(end - 1) <= 0x20) end--;
  if (ENUMERATOR_START.has(text.charCodeAt(start))) {
    const enumerator = ENUMERATOR.exec(text.slice(start, Math.min(end, start + 6)));
    if (enumerator && end - start > enumerator[0].length) {
      start += enumerator[0].length;
      while (start < end && text.charCodeAt(start) <= 0x20) start++;
    }
  }
  if (end > start && end - start <= MAX_CLAUSE) clauses.push({ start, end });
}

/** [start, end) as clauses: one, or one per inline item when the clause has an opening parenthesis. */
function addParts(text: string, start: number, end: number, parentheses: boolean, clauses: Span[]): void {
  if (!parentheses || !hasParenthesis(text, start, end)) addClause(text, start, end, clauses);
  else {
    const inline = CIRCLED_RUN.test(text.slice(start, end)) ? INLINE_ITEM_CIRCLED : INLINE_ITEM;
    for (const part of splitAt(text, start, end, inline)) addClause(text, part.start, part.end, clauses);
  }
}

/**
 * 全年新增各类总部15家新增“亿元楼”30座以上: graphics and flattened tables run clauses together without a comma;
 * a count (not money, not a time) followed straight away by a verb that opens a clause starts a new one.
 */
const OPENING_VERB = /(?:全年|年内|新增|新建|完成|推进|开工建设|建成|培育|实施|启动)[\u4e00-\u9fa5“\d]/;
/** The verb is looked for first: it is rarer than a count, and the look back is the costly part. */
const GLUED = new RegExp(
  `(?=${OPENING_VERB.source})(?<=\\d(?:\\.\\d+)?(?!万元|亿元|元|年|月|天|日|季度|小时|分钟)[\\u4e00-\\u9fa5]{1,2}(?:以上|左右)?)`,
  "g",
);

/** [start, end) holds a digit: whether a verb that can open a glued clause stands in it. */
function gluesClauses(text: string, start: number, end: number): boolean {
  return OPENING_VERB.test(text.slice(start, end));
}

/**
 * 其中交通工程4项：（1）某路南延工程（2）某线大修工程: numbered items run together without a comma are clauses of
 * their own (the item number is then dropped like any enumerator).
 */
const inlineItem = (numbers: string) =>
  new RegExp(
    `(?<=[\\u4e00-\\u9fa5）)”])(?:[(（](?:\\d{1,2}|[一二三四五六七八九十]{1,3})[)）](?=[\\u4e00-\\u9fa5“])|[${numbers}](?=[\\u4e00-\\u9fa5“\\d]))`,
    "g",
  );
const INLINE_ITEM = inlineItem("⑴-⒛㈠-㈩");
/** …：①某路建设②某路改造: ①–⑳ as well, where two of them stand in one clause (a lone ① may be a note's mark). */
const INLINE_ITEM_CIRCLED = inlineItem("①-⑳⑴-⒛㈠-㈩");
const CIRCLED_RUN = /[①-⑳][^①-⑳]+[①-⑳]/;

/** The span cut before each match of `boundary` (a global pattern). */
function splitAt(text: string, start: number, end: number, boundary: RegExp): Span[] {
  const parts: Span[] = [];
  let from = start;
  for (const match of matchesOf(boundary, text.slice(start, end))) {
    const at = start + match.index;
    if (at > from) parts.push({ start: from, end: at });
    from = at;
  }
  parts.push({ start: from, end });
  return parts;
}

function hasParenthesis(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (KIND[text.charCodeAt(i)] === PARENTHESIS) return true;
  return false;
}

/** Web copy sometimes ends Chinese sentences with an ASCII full stop; 1.5 is a number. */
function isAsciiFullStop(text: string, at: number): boolean {
  if (isDigit(text.charCodeAt(at + 1))) return false;
  const before = text.charCodeAt(at - 1);
  return (before >= 0x4e00 && before <= 0x9fa5) || before === 0x25 || before === 0x201d || before === 0x29;
}

function betweenDigits(text: string, at: number): boolean {
  return isDigit(text.charCodeAt(at - 1)) && isDigit(text.charCodeAt(at + 1));
}

/** An item number or mark run into the text ((2)开工…, ③新建…, 4.加强…, 二是…, *为…) is not part of the clause. */
const ENUMERATOR =
  /^(?:[*※★☆●◆■▲•·]+|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}、|[①-⑳⑴-⒛㈠-㈩]|\d{1,2}[、.．](?!\d)|[一二三四五六七八九十]{1,3}是)/;

/** The characters an enumerator can start with: a cheap look before the pattern. */
const ENUMERATOR_START = charSet("*※★☆●◆■▲•·(（一二三四五六七八九十①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳0123456789" + ITEM_NUMBER_CHARS);

function trim(text: string, start: number, end: number): Span {
  while (start < end && text.charCodeAt(start) <= 0x20) start++;
  while (end > start && text.charCodeAt(end - 1) <= 0x20) end--;
  return { start, end };
}

/** The mark that closes a quotation opened by `code`, or -1 (every character of a sentence is asked). */
function closerOf(code: number): number {
  switch (code) {
    case 0x201c: // “ ”
      return 0x201d;
    case 0x2018: // ‘ ’
      return 0x2019;
    case 0x300a: // 《 》
      return 0x300b;
    case 0x300c: // 「 」
      return 0x300d;
    case 0x300e: // 『 』
      return 0x300f;
    case 0x22: // " "
      return 0x22;
    default:
      return -1;
  }
}

/** A line break or a full stop (。！？) closes any quotation left open. */
function resetsQuotes(code: number): boolean {
  return code === 0x0a || code === 0x3002 || code === 0xff01 || code === 0xff1f;
}

const QUOTE_CHARS = /[“‘《「『"]/;
/** Indexing past its end gives undefined: nothing is quoted. */
const NOTHING_QUOTED = new Uint8Array(0);

/** quoted[i] is 1 when text[i] stands inside quotation marks or book-title marks. */
export function quotedMask(text: string): Uint8Array {
  // Nothing stands quoted before the first opening mark.
  const first = text.search(QUOTE_CHARS);
  if (first < 0) return NOTHING_QUOTED;
  const mask = new Uint8Array(text.length);
  const stack: number[] = [];
  for (let i = first; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (stack.length && code === stack[stack.length - 1]) {
      stack.pop();
      continue;
    }
    const closer = closerOf(code);
    if (closer >= 0) {
      stack.push(closer);
      continue;
    }
    if (resetsQuotes(code)) stack.length = 0;
    if (stack.length) mask[i] = 1;
  }
  return mask;
}
