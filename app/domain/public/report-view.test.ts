import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyseReport } from "~/domain/report/analyse";
import { normalise } from "~/domain/text/normalise";
import {
  buildReportView,
  cleanOffset,
  locate,
  paragraphOf,
  paragraphText,
  type CleanTextLike,
} from "~/domain/public/report-view";

const text = (file: string) => readFileSync(path.resolve("data/reports", file), "utf8");
const joined = (p: { segments: { text: string }[] }) => p.segments.map((s) => s.text).join("");

describe("report view on a real report (张店区 2025)", () => {
  const raw = text("zhangdian-2025.txt");
  const analysis = analyseReport(raw);
  const clean = normalise(raw);
  const marks = analysis.commitments.map((c, i) => ({ id: i + 1, start: c.start, end: c.end, quote: c.quote }));
  const view = buildReportView(clean, marks, analysis.sections);

  it("keeps the whole text, paragraph by paragraph", () => {
    expect(view.paragraphs.map(joined).join("\n")).toBe(clean.text);
    expect(view.paragraphs.length).toBeGreaterThan(20);
  });

  it("locates and marks every commitment, each starting once", () => {
    expect(view.unlocated).toEqual([]);
    const starts = view.paragraphs.flatMap((p) => p.segments.flatMap((s) => s.starts));
    expect(new Set(starts)).toEqual(new Set(marks.map((m) => m.id)));
    const employment = marks.find((m) => m.quote.includes("新增城镇就业"))!;
    const marked = view.paragraphs
      .flatMap((p) => p.segments)
      .filter((s) => s.ids.includes(employment.id))
      .map((s) => s.text)
      .join("");
    expect(marked.replace(/\s/g, "")).toBe(employment.quote.replace(/\s/g, ""));
  });

  it("turns whole section headings into headings", () => {
    const headings = view.paragraphs.filter((p) => p.heading !== null);
    expect(headings.length).toBeGreaterThan(3);
    expect(headings.some((p) => joined(p).includes("工作回顾"))).toBe(true);
  });

  it("shows one commitment's sentence inside its paragraph", () => {
    const mark = marks.find((m) => m.quote.includes("新增城镇就业"))!;
    const paragraph = paragraphOf(clean, mark)!;
    const text = joined(paragraph);
    expect(text.length).toBeGreaterThan(mark.quote.length);
    const highlighted = paragraph.segments.filter((s) => s.ids.length > 0);
    expect(highlighted.map((s) => s.text).join("")).toBe(mark.quote);
    expect(paragraphText(clean, mark)).toBe(text);
  });

  it("gives the paragraph as plain text for search, or null for a quote not in the report", () => {
    const mark = marks.find((m) => m.quote.includes("新增城镇就业"))!;
    expect(paragraphText(clean, mark)).toContain(mark.quote);
    expect(paragraphText(clean, { id: 0, start: null, end: null, quote: "报告里没有的一句话" })).toBeNull();
  });
});

describe("locating quotes", () => {
  // Raw "ab\ncd\nef" cleaned to "abcdef": clean index i comes from raw index origin[i].
  const clean: CleanTextLike = {
    text: "abcdef\nxyz",
    origin: [0, 1, 3, 4, 6, 7, 8, 10, 11, 12],
    paragraphs: [
      { start: 0, end: 6, title: false },
      { start: 7, end: 10, title: false },
    ],
  };

  it("maps raw offsets through the origin map", () => {
    expect(cleanOffset(clean.origin, 3)).toBe(2);
    expect(cleanOffset(clean.origin, 2)).toBe(2);
    expect(cleanOffset(clean.origin, 99)).toBe(10);
    expect(locate(clean, { id: 1, start: 1, end: 7, quote: "bcde" })).toEqual([1, 5]);
  });

  it("falls back to searching for the quote (whitespace ignored) when offsets are missing or wrong", () => {
    expect(locate(clean, { id: 1, start: null, end: null, quote: "yz" })).toEqual([8, 10]);
    expect(locate(clean, { id: 1, start: 0, end: 2, quote: "c d" })).toEqual([2, 4]);
    expect(locate(clean, { id: 1, start: null, end: null, quote: "nowhere" })).toBeNull();
  });

  it("splits overlapping marks into pieces that carry every id", () => {
    const view = buildReportView(clean, [
      { id: 1, start: null, end: null, quote: "abcd" },
      { id: 2, start: null, end: null, quote: "cdef" },
    ]);
    expect(view.paragraphs[0].segments).toEqual([
      { text: "ab", ids: [1], starts: [1], ends: [] },
      { text: "cd", ids: [1, 2], starts: [2], ends: [1] },
      { text: "ef", ids: [2], starts: [], ends: [2] },
    ]);
  });
});

describe("report view on PDF-extracted text (hard line breaks every ~18 characters)", () => {
  const raw = readFileSync(path.resolve("tests/fixtures/reports/donggang-2024-pdf-text.txt"), "utf8");
  const analysis = analyseReport(raw);
  const clean = normalise(raw);
  const marks = analysis.commitments.map((c, i) => ({ id: i + 1, start: c.start, end: c.end, quote: c.quote }));
  const view = buildReportView(clean, marks, analysis.sections);

  it("rebuilds paragraphs without the line breaks and marks the commitments", () => {
    const body = view.paragraphs.map(joined).filter((p) => p.startsWith("一年来"));
    expect(body).toHaveLength(1);
    expect(body[0]).toContain("全区经济社会发展取得新成效");
    expect(body[0]).not.toContain("\n");
    expect(marks.length).toBeGreaterThan(0);
    expect(view.unlocated).toEqual([]);
  });
});
