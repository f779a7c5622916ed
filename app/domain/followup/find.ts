// "Find in the review text": the sentences of a later report's review that speak of what a supervisor looks for, with
// the figures each states, so a promise the matcher missed can be given its result by hand.
import { reviewSentences, type ReviewInput } from "~/domain/followup/facts";
import { numbersIn } from "~/domain/followup/numbers";
import { foldDigits } from "~/domain/text/chars";
import { foldRadicals } from "~/domain/text/radicals";

export interface Figure {
  value: number;
  unit: string;
  /** The words naming what it measures. */
  metric: string;
}

export interface FoundSentence {
  text: string;
  /** Raw offsets in the report text. */
  start: number;
  end: number;
  figures: Figure[];
}

/** A query or quote as the review sentences are written: no spaces, radicals and full-width digits folded. */
export function compact(text: string): string {
  return foldDigits(foldRadicals(text.normalize("NFKC"))).replace(/\s+/g, "");
}

/** The figures a sentence or clause states, each once. */
export function figuresIn(text: string): Figure[] {
  const seen = new Set<string>();
  return compact(text)
    .split(/[，；。：,;]/)
    .flatMap((clause) => numbersIn(clause))
    .map((m) => ({ value: m.value, unit: m.unit, metric: m.metric }))
    .filter((f) => {
      const key = `${f.value}|${f.unit}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function pairs(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 2 <= text.length; i++) out.add(text.slice(i, i + 2));
  return out;
}

/**
 * Review sentences containing the query, else those sharing most of its character pairs (at least half): a
 * supervisor may type the metric (城镇新增就业) or paste the promise itself.
 */
export function findInReview(review: ReviewInput, query: string, limit = 8): FoundSentence[] {
  const needle = compact(query);
  if (needle.length < 2) return [];
  const sentences = reviewSentences(review);
  const want = pairs(needle);
  const scored = sentences.map((s) => {
    if (s.text.includes(needle)) return { s, score: 2 };
    let shared = 0;
    for (const pair of want) if (s.text.includes(pair)) shared++;
    return { s, score: want.size ? shared / want.size : 0 };
  });
  return scored
    .filter((x) => x.score >= 0.5)
    .sort((a, b) => b.score - a.score || a.s.start - b.s.start)
    .slice(0, limit)
    .map(({ s }) => ({ text: s.text, start: s.start, end: s.end, figures: figuresIn(s.text) }));
}
