// Review text cut into sentences and clauses, on the analyser's clean text (PDF lines joined, footers gone),
// each with its offsets in the raw text.
import { normalise, type CleanText } from "~/domain/report/normalise";

export interface Clause {
  text: string;
  start: number; // raw offsets [start, end)
  end: number;
  sentence: number; // index of its sentence
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
  clauses: Clause[];
}

const SENTENCE_END = /[。！？；!?;\n]/;
const CLAUSE_END = /[，,：:]/;

/** Full-width digits (１２．５) read as digits; full-width punctuation stays, it is the text's own. */
function foldDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/(\d)．(?=\d)/g, "$1.");
}

function rawEnd(clean: CleanText, start: number, end: number): { start: number; end: number } {
  let low = clean.origin[start]!;
  let high = clean.origin[end - 1]!;
  for (let i = start; i < end && !clean.monotonic; i++) {
    low = Math.min(low, clean.origin[i]!);
    high = Math.max(high, clean.origin[i]!);
  }
  return { start: low, end: high + 1 };
}

/** Sentences (ending in 。！？； or a paragraph end) of the raw ranges, split into clauses at ，and ：. */
export function sentencesIn(raw: string, ranges: readonly (readonly [number, number])[]): Sentence[] {
  const clean = normalise(raw);
  const text = foldDigits(clean.text);
  const inside = (i: number) => ranges.some(([start, end]) => start <= clean.origin[i]! && clean.origin[i]! < end);
  const sentences: Sentence[] = [];
  let clauses: Clause[] = [];
  let sentenceStart = -1;
  let clauseStart = -1;
  const closeClause = (i: number) => {
    if (clauseStart >= 0 && text.slice(clauseStart, i).trim()) {
      const span = rawEnd(clean, clauseStart, i);
      clauses.push({ text: text.slice(clauseStart, i), ...span, sentence: sentences.length });
    }
    clauseStart = -1;
  };
  const closeSentence = (i: number) => {
    closeClause(i);
    if (clauses.length) {
      const span = rawEnd(clean, sentenceStart, i);
      sentences.push({ text: text.slice(sentenceStart, i), ...span, clauses });
    }
    clauses = [];
    sentenceStart = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!inside(i) || SENTENCE_END.test(ch)) {
      if (sentenceStart >= 0) closeSentence(i);
      continue;
    }
    if (CLAUSE_END.test(ch)) {
      closeClause(i);
      continue;
    }
    if (sentenceStart < 0) sentenceStart = i;
    if (clauseStart < 0) clauseStart = i;
  }
  if (sentenceStart >= 0) closeSentence(text.length);
  return sentences;
}
