// Review text cut into sentences and clauses, without layout whitespace, each with its offsets in the raw text.

export interface Clause {
  text: string; // whitespace-free
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

const SPACE = /[\s\u3000\u00a0\ufeff\u200b]/;
/** Page footers of PDF text ("— 18 —") sit between the words of a sentence. */
const FOOTER = /^[ \t\u3000]*[—–-]{1,2}[ \t\u3000]*\d{1,3}[ \t\u3000]*[—–-]{1,2}[ \t\u3000]*$/gm;
const SENTENCE_END = /[。！？；!?;]/;
const CLAUSE_END = /[，,：:]/;

/**
 * The text of [start, end) with layout whitespace and page footers removed and full-width digits folded,
 * and a map back to raw offsets.
 */
export function compact(raw: string, start = 0, end = raw.length): { text: string; origin: number[] } {
  const slice = raw.slice(start, end).replace(FOOTER, (m) => " ".repeat(m.length));
  let text = "";
  const origin: number[] = [];
  for (let i = 0; i < slice.length; i++) {
    const ch = slice[i]!;
    if (SPACE.test(ch)) continue;
    const code = ch.charCodeAt(0);
    // Full-width digits (１２３) read as digits; full-width punctuation stays, it is the text's own.
    text += code >= 0xff10 && code <= 0xff19 ? String.fromCharCode(code - 0xfee0) : ch;
    origin.push(start + i);
  }
  return { text: text.replace(/(\d)．(?=\d)/g, "$1."), origin };
}

/** Sentences (ending in 。！？；) split into clauses at ，and ：, in reading order. */
export function sentencesOf(raw: string, start = 0, end = raw.length): Sentence[] {
  const { text, origin } = compact(raw, start, end);
  const rawEnd = (i: number) => (i > 0 ? origin[i - 1]! + 1 : start);
  const sentences: Sentence[] = [];
  let sentenceStart = 0;
  let clauses: Clause[] = [];
  let clauseStart = 0;
  const closeClause = (i: number) => {
    const piece = text.slice(clauseStart, i);
    if (piece.replace(/[，,：:。！？；!?;]/g, "").length)
      clauses.push({ text: piece, start: origin[clauseStart]!, end: rawEnd(i), sentence: sentences.length });
    clauseStart = i + 1;
  };
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (ch !== undefined && CLAUSE_END.test(ch)) closeClause(i);
    else if (ch === undefined || SENTENCE_END.test(ch)) {
      closeClause(i);
      if (clauses.length)
        sentences.push({
          text: text.slice(sentenceStart, i),
          start: origin[sentenceStart]!,
          end: rawEnd(i),
          clauses,
        });
      clauses = [];
      sentenceStart = i + 1;
    }
  }
  return sentences;
}
