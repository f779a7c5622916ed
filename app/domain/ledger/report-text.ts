// The report text as the review page shows it: paragraphs from the reading core, quotes marked, selections located.
import { foldRadicals } from "~/domain/text/radicals";
import { isSpaceCode, isWide } from "~/domain/text/chars";
import { normalise, rawSpan } from "~/domain/text/normalise";

export interface Span {
  start: number;
  end: number;
}

export interface Mark extends Span {
  id: number;
}

export interface Segment extends Span {
  text: string;
  /** Ids of the marks covering this segment (empty: plain text). */
  marks: number[];
}

export interface Paragraph extends Span {
  segments: Segment[];
}

/** The lines of the text, each without its leading and trailing spaces. */
function lines(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === "\n") {
      let from = start;
      let end = i;
      while (from < end && /\s/.test(text[from]!)) from++;
      while (end > from && /\s/.test(text[end - 1]!)) end--;
      if (end > from) out.push({ start: from, end });
      start = i + 1;
    }
  }
  return out;
}

/**
 * Paragraphs of a report as the reading core rebuilds them (PDF lines joined, page footers and running
 * headers left out), as spans of the stored text, in order and apart.
 */
export function paragraphs(text: string): Span[] {
  const clean = normalise(text);
  const out: Span[] = [];
  for (const paragraph of clean.paragraphs) {
    const span = rawSpan(clean, paragraph.start, paragraph.end);
    const last = out.at(-1);
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else out.push(span);
  }
  return out;
}

/** The paragraphs with their visible pieces: line breaks dropped, cut wherever a mark starts or ends. */
export function layoutText(text: string, marks: readonly Mark[]): Paragraph[] {
  const sorted = [...marks].filter((m) => m.end > m.start).sort((a, b) => a.start - b.start);
  const lineSpans = lines(text);
  let lineIndex = 0;
  return paragraphs(text).map((paragraph) => {
    const segments: Segment[] = [];
    while (lineIndex < lineSpans.length && lineSpans[lineIndex]!.end <= paragraph.end) {
      const line = lineSpans[lineIndex++]!;
      if (line.start < paragraph.start) continue;
      const inLine = sorted.filter((m) => m.start < line.end && m.end > line.start);
      const cuts = new Set<number>([line.start, line.end]);
      for (const m of inLine) {
        if (m.start > line.start) cuts.add(m.start);
        if (m.end < line.end) cuts.add(m.end);
      }
      const points = [...cuts].sort((a, b) => a - b);
      for (let i = 0; i < points.length - 1; i++) {
        const start = points[i]!;
        const end = points[i + 1]!;
        segments.push({
          start,
          end,
          text: text.slice(start, end),
          marks: inLine.filter((m) => m.start <= start && m.end >= end).map((m) => m.id),
        });
      }
    }
    return { ...paragraph, segments };
  });
}

/** Quote text from a span of the report: line breaks and the spaces a PDF leaves between wide characters removed. */
export function quoteOf(text: string, span: Span): string {
  const slice = text.slice(span.start, span.end);
  let out = "";
  for (let i = 0; i < slice.length; i++) {
    const char = slice[i]!;
    if (char === "\n" || char === "\r") continue;
    if (isSpaceCode(char.charCodeAt(0))) {
      const before = out.at(-1);
      let j = i + 1;
      while (j < slice.length && (isSpaceCode(slice.charCodeAt(j)) || slice[j] === "\n" || slice[j] === "\r")) j++;
      const after = slice[j];
      if (before === undefined || after === undefined || isWide(before) || isWide(after) || out.endsWith(" ")) continue;
      out += " ";
      continue;
    }
    out += char;
  }
  return out.trim();
}

/**
 * Where a quote sits in the report, whitespace ignored on both sides (a pasted quote has no PDF line
 * breaks); the occurrence nearest `near` when it appears more than once; null when absent.
 */
export function locateQuote(text: string, quote: string, near = 0): Span | null {
  const needle = foldRadicals(quote).replace(/\s+/g, "");
  if (!needle) return null;
  const offsets: number[] = [];
  let compact = "";
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i]!)) continue;
    compact += foldRadicals(text[i]!);
    offsets.push(i);
  }
  let best: Span | null = null;
  for (let at = compact.indexOf(needle); at !== -1; at = compact.indexOf(needle, at + 1)) {
    const span = { start: offsets[at]!, end: offsets[at + needle.length - 1]! + 1 };
    if (!best || Math.abs(span.start - near) < Math.abs(best.start - near)) best = span;
  }
  return best;
}

/** The smallest span covering all the given ones (a merge of several quotes). */
export function coveringSpan(spans: readonly Span[]): Span | null {
  if (spans.length === 0) return null;
  return {
    start: Math.min(...spans.map((s) => s.start)),
    end: Math.max(...spans.map((s) => s.end)),
  };
}
