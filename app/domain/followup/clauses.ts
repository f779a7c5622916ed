// Review text cut into sentences and clauses by the reading core (PDF lines joined, footers gone, the one
// splitter), each with its offsets in the raw text.
import { foldDigits } from "~/domain/text/chars";
import { normalise, rawSpan } from "~/domain/text/normalise";
import { splitSentences } from "~/domain/text/sentences";

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
  /** Index of its paragraph in the text (sentences of one paragraph share it). */
  paragraph: number;
}

/** The first clean offset whose raw offset is at or after `raw`. */
function cleanAt(origin: Int32Array, raw: number): number {
  let lo = 0;
  let hi = origin.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (origin[mid]! < raw) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Sentences (ending in 。！？； or a paragraph end) of the raw ranges, split into clauses at ，and ：. */
export function sentencesIn(raw: string, ranges: readonly (readonly [number, number])[]): Sentence[] {
  const clean = normalise(raw);
  const shown = (start: number, end: number) => foldDigits(clean.text.slice(start, end)).replace(/\s+/g, "");
  const sentences: Sentence[] = [];
  for (const [rawStart, rawEnd] of ranges) {
    const from = cleanAt(clean.origin, rawStart);
    const to = cleanAt(clean.origin, rawEnd);
    for (const [paragraphIndex, paragraph] of clean.paragraphs.entries()) {
      const start = Math.max(paragraph.start, from);
      const end = Math.min(paragraph.end, to);
      if (end <= start) continue;
      for (const sentence of splitSentences(clean.folded, start, end)) {
        const index = sentences.length;
        const clauses = sentence.clauses.map((c) => ({
          text: shown(c.start, c.end),
          ...rawSpan(clean, c.start, c.end),
          sentence: index,
        }));
        sentences.push({
          text: shown(sentence.start, sentence.end),
          ...rawSpan(clean, sentence.start, sentence.end),
          clauses,
          paragraph: paragraphIndex,
        });
      }
    }
  }
  return sentences;
}
