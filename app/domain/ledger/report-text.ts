// The report text as the review page shows it: paragraphs rebuilt from PDF lines, quotes marked, selections located.
import { endsSentence, isSpaceCode, isWide, visualWidth } from "~/domain/text/chars";

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

const HEADING =
  /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[.、．]|第[一二三四五六七八九十]+部分)/;
const CONTINUES = "，、（“‘《【,(";

interface Line extends Span {
  width: number;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === "\n") {
      let end = i;
      if (end > start && text[end - 1] === "\r") end -= 1;
      const content = text.slice(start, end);
      if (/\S/.test(content)) out.push({ start, end, width: visualWidth(content.trim()) });
      start = i + 1;
    }
  }
  return out;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Paragraphs of a report. Text copied from a PDF breaks every line (often with blank lines between);
 * a paragraph ends at a sentence end, before a numbered heading, or after a line much shorter
 * than the page width (titles, headings, page footers).
 */
export function paragraphs(text: string): Span[] {
  const all = lines(text);
  const short = median(all.map((l) => l.width)) * 0.75;
  const out: Span[] = [];
  let current: Span | null = null;
  for (const [index, line] of all.entries()) {
    current ??= { start: line.start, end: line.end };
    current.end = line.end;
    const content = text.slice(line.start, line.end).trimEnd();
    const next = all[index + 1];
    const breakAfter =
      !next ||
      endsSentence(content) ||
      HEADING.test(text.slice(next.start, next.end)) ||
      (line.width < short && !CONTINUES.includes(content.at(-1) ?? ""));
    if (breakAfter) {
      out.push(current);
      current = null;
    }
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
  const needle = quote.replace(/\s+/g, "");
  if (!needle) return null;
  const offsets: number[] = [];
  let compact = "";
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i]!)) continue;
    compact += text[i];
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
