// Whether an imported text restates a report already imported (a news article retelling a work report):
// how much of its wording, and how many of its promises, the other report already has.

export interface ComparedReport {
  id: number;
  title: string;
  text: string;
}

export interface Restatement {
  /** The report it restates. */
  of: number;
  title: string;
  /** Share (0–1) of the candidate's wording found in the other report. */
  textShare: number;
  /** Share (0–1) of the candidate's promises whose sentence the other report contains. */
  promiseShare: number;
  /** How many of the candidate's promises the other report contains. */
  sharedPromises: number;
}

const SHINGLE = 6;
/** Above either share, the candidate is a restatement; both are far lower between different years' reports. */
export const TEXT_SHARE = 0.5;
export const PROMISE_SHARE = 0.6;

/** Chinese characters, letters and digits only: layout, punctuation and spacing differ between outlets. */
export function fold(text: string): string {
  return text.normalize("NFKC").replace(/[^\p{Script=Han}\p{L}\p{N}]/gu, "");
}

function shingles(folded: string): Set<string> {
  const chars = [...folded];
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= chars.length; i++) out.add(chars.slice(i, i + SHINGLE).join(""));
  return out;
}

/** The share of `candidate`'s shingles that `other` has (containment, not symmetric: a summary is short). */
export function containment(candidate: Set<string>, other: Set<string>): number {
  if (candidate.size === 0) return 0;
  let shared = 0;
  for (const s of candidate) if (other.has(s)) shared += 1;
  return shared / candidate.size;
}

/**
 * The report among `others` that `candidate` restates most, if it restates one: most of its wording or
 * most of its promises (by their sentences) are already there. Null when none passes either threshold.
 */
export function findRestatement(
  candidate: { text: string; quotes: readonly string[] },
  others: readonly ComparedReport[],
): Restatement | null {
  const own = shingles(fold(candidate.text));
  const quotes = candidate.quotes.map(fold).filter((q) => q.length >= 4);
  let best: Restatement | null = null;
  for (const other of others) {
    const folded = fold(other.text);
    const textShare = containment(own, shingles(folded));
    const sharedPromises = quotes.filter((q) => folded.includes(q)).length;
    const promiseShare = quotes.length ? sharedPromises / quotes.length : 0;
    const restates = textShare >= TEXT_SHARE || (promiseShare >= PROMISE_SHARE && sharedPromises >= 3);
    if (!restates) continue;
    const found = { of: other.id, title: other.title, textShare, promiseShare, sharedPromises };
    if (!best || found.textShare + found.promiseShare > best.textShare + best.promiseShare) best = found;
  }
  return best;
}
