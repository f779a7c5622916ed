// Sentences and clauses of a paragraph, and which characters stand inside quotation marks.

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  clauses: Span[];
}

const SENTENCE_ENDS = new Set([..."。！？!?；;"].map((char) => char.charCodeAt(0)));
const CLAUSE_ENDS = new Set([..."，,：:"].map((char) => char.charCodeAt(0)));

/** Splits [start, end) of `text` (folded) into sentences and those into clauses, trimmed. */
export function splitSentences(text: string, start: number, end: number): Sentence[] {
  const sentences: Sentence[] = [];
  let sentenceStart = start;
  let clauseStart = start;
  let clauses: Span[] = [];
  const closeClause = (at: number) => {
    const span = trim(text, clauseStart, at);
    if (span.end > span.start) clauses.push(span);
    clauseStart = at + 1;
  };
  for (let i = start; i <= end; i++) {
    const code = i < end ? text.charCodeAt(i) : 0x3002;
    if (i < end && CLAUSE_ENDS.has(code) && !betweenDigits(text, i)) {
      closeClause(i);
    } else if (SENTENCE_ENDS.has(code) || i === end || (code === 0x2e && isAsciiFullStop(text, i))) {
      closeClause(i);
      const span = trim(text, sentenceStart, i);
      if (clauses.length) sentences.push({ ...span, clauses });
      clauses = [];
      sentenceStart = i + 1;
      clauseStart = i + 1;
    }
  }
  return sentences;
}

/** Web copy sometimes ends Chinese sentences with an ASCII full stop; 1.5 is a number. */
function isAsciiFullStop(text: string, at: number): boolean {
  return !/\d/.test(text[at + 1] ?? "") && /[\u4e00-\u9fa5%”)]/.test(text[at - 1] ?? "");
}

function betweenDigits(text: string, at: number): boolean {
  return /\d/.test(text[at - 1] ?? "") && /\d/.test(text[at + 1] ?? "");
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && text.charCodeAt(start) <= 0x20) start++;
  while (end > start && text.charCodeAt(end - 1) <= 0x20) end--;
  return { start, end };
}

const CLOSER_OF = new Map<number, number>([
  [0x201c, 0x201d], // “ ”
  [0x2018, 0x2019], // ‘ ’
  [0x300a, 0x300b], // 《 》
  [0x300c, 0x300d], // 「 」
  [0x300e, 0x300f], // 『 』
  [0x22, 0x22], // " "
]);
const RESETS = new Set([0x0a, 0x3002, 0xff01, 0xff1f]); // line break 。！？

/** quoted[i] is 1 when text[i] stands inside quotation marks or book-title marks. */
export function quotedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (stack.length && code === stack[stack.length - 1]) {
      stack.pop();
      continue;
    }
    const closer = CLOSER_OF.get(code);
    if (closer !== undefined) {
      stack.push(closer);
      continue;
    }
    if (RESETS.has(code)) stack.length = 0;
    if (stack.length) mask[i] = 1;
  }
  return mask;
}
