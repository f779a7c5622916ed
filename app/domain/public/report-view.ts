// The report viewer's model: rebuilt paragraphs with each commitment's clause located and marked.

/** What the analyser's normaliser gives (app/domain/text/normalise.ts): clean text and a map to raw offsets. */
export interface CleanTextLike {
  text: string;
  /** origin[i] is the raw offset of text[i] (non-decreasing). */
  origin: ArrayLike<number>;
  paragraphs: readonly { start: number; end: number; title: boolean }[];
}

/** A commitment to mark: its raw offsets (into the stored report text) and its quote. */
export interface Mark {
  id: number;
  start: number | null;
  end: number | null;
  quote: string;
}

export interface HeadingSpan {
  start: number; // raw offset
  level: number;
  heading: string;
}

export interface Segment {
  text: string;
  /** Commitments whose clause covers this piece (report order). */
  ids: number[];
  /** Commitments whose clause starts here (for anchors #c-<id>). */
  starts: number[];
  /** Commitments whose clause ends here. */
  ends: number[];
}

export interface ViewParagraph {
  index: number;
  title: boolean;
  /** Heading level when the paragraph is a whole section heading, else null. */
  heading: number | null;
  segments: Segment[];
}

export interface ReportView {
  paragraphs: ViewParagraph[];
  /** Commitments whose clause could not be found in the text. */
  unlocated: number[];
}

const strip = (text: string) => text.replace(/\s+/g, "");

/** The first clean index whose raw offset is ≥ raw (binary search over the monotone map). */
export function cleanOffset(origin: ArrayLike<number>, raw: number): number {
  let lo = 0;
  let hi = origin.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (origin[mid] < raw) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Finds text in haystack ignoring whitespace on both sides; returns [start, end) in haystack. */
function findIgnoringSpace(haystack: string, needle: string, from = 0): [number, number] | null {
  const wanted = strip(needle);
  if (!wanted) return null;
  const exact = haystack.indexOf(needle, from);
  if (exact >= 0) return [exact, exact + needle.length];
  const index: number[] = [];
  let compact = "";
  for (let i = from; i < haystack.length; i++) {
    if (/\s/.test(haystack[i])) continue;
    compact += haystack[i];
    index.push(i);
  }
  const at = compact.indexOf(wanted);
  if (at < 0) return null;
  return [index[at], index[at + wanted.length - 1] + 1];
}

/**
 * Where a commitment's clause sits in the clean text. The stored offsets are raw offsets; they are
 * trusted when the text there is the quote, otherwise the quote is searched for.
 */
export function locate(clean: CleanTextLike, mark: Mark): [number, number] | null {
  if (mark.start !== null && mark.end !== null && mark.end > mark.start) {
    const start = cleanOffset(clean.origin, mark.start);
    const end = cleanOffset(clean.origin, mark.end);
    if (end > start && strip(clean.text.slice(start, end)) === strip(mark.quote)) return [start, end];
    // Near the stored place first (same clause repeated elsewhere), then anywhere.
    const near = findIgnoringSpace(clean.text, mark.quote, Math.max(0, start - 200));
    if (near && near[0] <= end + 200) return near;
  }
  return findIgnoringSpace(clean.text, mark.quote);
}

function segmentsOf(
  text: string,
  start: number,
  end: number,
  spans: readonly { id: number; start: number; end: number }[],
): Segment[] {
  const inside = spans.filter((s) => s.start < end && s.end > start);
  const cuts = new Set<number>([start, end]);
  for (const s of inside) {
    cuts.add(Math.max(start, s.start));
    cuts.add(Math.min(end, s.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    if (to <= from) continue;
    const covering = inside.filter((s) => s.start < to && s.end > from);
    segments.push({
      text: text.slice(from, to),
      ids: covering.map((s) => s.id),
      starts: covering.filter((s) => s.start === from).map((s) => s.id),
      ends: covering.filter((s) => s.end === to || (s.end > end && to === end)).map((s) => s.id),
    });
  }
  return segments;
}

/** The whole report as paragraphs, every locatable commitment marked. */
export function buildReportView(
  clean: CleanTextLike,
  marks: readonly Mark[],
  headings: readonly HeadingSpan[] = [],
): ReportView {
  const spans: { id: number; start: number; end: number }[] = [];
  const unlocated: number[] = [];
  for (const mark of marks) {
    const at = locate(clean, mark);
    if (at) spans.push({ id: mark.id, start: at[0], end: at[1] });
    else unlocated.push(mark.id);
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const headingAt = new Map<number, number>();
  for (const h of headings) {
    const at = cleanOffset(clean.origin, h.start);
    const p = clean.paragraphs.findIndex((para) => para.start <= at && at < para.end);
    if (p >= 0 && strip(clean.text.slice(clean.paragraphs[p].start, clean.paragraphs[p].end)) === strip(h.heading))
      headingAt.set(p, h.level);
  }
  return {
    paragraphs: clean.paragraphs.map((p, index) => ({
      index,
      title: p.title,
      heading: headingAt.get(index) ?? null,
      segments: segmentsOf(clean.text, p.start, p.end, spans),
    })),
    unlocated,
  };
}

/** The paragraph that holds one commitment's clause, the clause marked (the item page's context). */
export function paragraphOf(clean: CleanTextLike, mark: Mark): ViewParagraph | null {
  const at = locate(clean, mark);
  if (!at) return null;
  const index = clean.paragraphs.findIndex((p) => p.start <= at[0] && at[0] < p.end);
  if (index < 0) return null;
  const p = clean.paragraphs[index];
  return {
    index,
    title: p.title,
    heading: null,
    segments: segmentsOf(clean.text, p.start, p.end, [{ id: mark.id, start: at[0], end: at[1] }]),
  };
}

/** The plain text of the paragraph that holds a commitment's clause (what the item page shows), or null. */
export function paragraphText(clean: CleanTextLike, mark: Mark): string | null {
  const paragraph = paragraphOf(clean, mark);
  return paragraph ? paragraph.segments.map((s) => s.text).join("") : null;
}
