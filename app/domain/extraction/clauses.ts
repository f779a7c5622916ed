// Sentences and clauses of a paragraph, and which characters stand inside quotation marks.

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  clauses: Span[];
}

const SENTENCE_END = /[。！？!?；;]/;
const CLAUSE_END = /[，,：:]/;

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
    const char = i < end ? text[i] : "。";
    if (i < end && CLAUSE_END.test(char) && !betweenDigits(text, i)) {
      closeClause(i);
    } else if (SENTENCE_END.test(char) || i === end) {
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

function betweenDigits(text: string, at: number): boolean {
  return /\d/.test(text[at - 1] ?? "") && /\d/.test(text[at + 1] ?? "");
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

const OPENERS: Record<string, string> = { "“": "”", "‘": "’", "《": "》", "「": "」", "『": "』", '"': '"' };

/** quoted[i] is 1 when text[i] stands inside quotation marks or book-title marks. */
export function quotedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  const stack: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    const closer = stack[stack.length - 1];
    if (closer !== undefined && char === closer) {
      stack.pop();
      continue;
    }
    if (char in OPENERS && !(char === '"' && closer === '"')) {
      stack.push(OPENERS[char]);
      continue;
    }
    if (char === "\n" || /[。！？]/.test(char)) stack.length = 0;
    if (stack.length) mask[i] = 1;
  }
  return mask;
}
