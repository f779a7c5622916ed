import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { coveringSpan, layoutText, locateQuote, paragraphs, quoteOf } from "~/domain/ledger/report-text";
import { normalise } from "~/domain/text/normalise";

const pdfText = readFileSync("data/reports/zhangdian-2025.txt", "utf8");
const webText = readFileSync("data/reports/zhangdian-2022.txt", "utf8");

const visible = (text: string, span: { start: number; end: number }) =>
  text.slice(span.start, span.end).replace(/\s+/g, "");

describe("report text for the review page", () => {
  it("rebuilds paragraphs from PDF lines: a title, a heading and a multi-line paragraph", () => {
    const paras = paragraphs(pdfText).map((p) => visible(pdfText, p));
    expect(paras).toContain("各位代表：");
    expect(paras).toContain("一、2024年政府工作回顾");
    expect(paras).toContain(
      "现在，我代表区人民政府，向大会报告工作，请予审议，并请各位政协委员和列席会议的同志提出意见。",
    );
    const opening = paras.find((p) => p.startsWith("2024年，是中华人民共和国成立75周年"));
    expect(opening).toMatch(/取得了新成效。$/);
  });

  it("takes its paragraphs from the reading core: the same breaks as the analyser, page footers left out", () => {
    const paras = paragraphs(pdfText).map((p) => visible(pdfText, p));
    expect(paras.length).toBe(normalise(pdfText).paragraphs.length);
    expect(paras.some((p) => /^—\d+—$/.test(p))).toBe(false);
  });

  it("finds a quote pasted from a PDF text layer with radical code points", () => {
    const pasted = "\u2EA0\u2F63"; // ⺠⽣ as a PDF writes 民生
    const text = "保障和改善民生，办好十件实事。";
    expect(locateQuote(text, pasted)).toEqual({ start: 5, end: 7 });
  });

  it("keeps one paragraph per line for web text", () => {
    const paras = paragraphs(webText);
    const lines = webText.split("\n").filter((l) => l.trim()).length;
    expect(paras.length).toBeGreaterThan(lines * 0.9);
  });

  it("lays the text out in pieces that are exact slices, line breaks dropped, cut at marks", () => {
    const span = locateQuote(pdfText, "新增城镇就业")!;
    const layout = layoutText(pdfText, [{ id: 7, ...span }]);
    const pieces = layout.flatMap((p) => p.segments);
    for (const s of pieces) {
      expect(s.text).toBe(pdfText.slice(s.start, s.end));
      expect(s.text).not.toContain("\n");
    }
    const marked = pieces.filter((s) => s.marks.includes(7));
    expect(marked.map((s) => s.text).join("")).toBe("新增城镇就业");
    expect(marked[0]!.start).toBe(span.start);
  });

  it("marks a quote across a PDF line break in both lines, and overlapping marks together", () => {
    // "…“十四\n\n五”规划…" breaks a quote over two lines
    const span = locateQuote(pdfText, "实现“十四五”规划目标任务")!;
    expect(pdfText.slice(span.start, span.end)).toContain("\n");
    const layout = layoutText(pdfText, [
      { id: 1, ...span },
      { id: 2, start: span.start, end: span.start + 2 },
    ]);
    const pieces = layout.flatMap((p) => p.segments).filter((s) => s.marks.length);
    expect(pieces.map((s) => s.text).join("")).toBe("实现“十四五”规划目标任务");
    expect(pieces[0]).toMatchObject({ text: "实现", marks: [1, 2] });
    expect(pieces.length).toBe(3);
  });

  it("locates a pasted quote whatever the whitespace, nearest the given offset when repeated", () => {
    const span = locateQuote(pdfText, "新增各类 市场主体1.68万户")!;
    expect(quoteOf(pdfText, span)).toBe("新增各类市场主体1.68万户");
    expect(locateQuote(pdfText, "不在报告里的一句话")).toBeNull();
    expect(locateQuote(pdfText, "  ")).toBeNull();
    const first = locateQuote(pdfText, "张店", 0)!;
    const later = locateQuote(pdfText, "张店", 20000)!;
    expect(later.start).toBeGreaterThan(first.start);
  });

  it("turns a selected span into a quote without PDF artefacts, keeping spaces between Latin words", () => {
    const whole = (text: string) => quoteOf(text, { start: 0, end: text.length });
    expect(whole("积极对上争取资\n\n金 31.62 亿元")).toBe("积极对上争取资金31.62亿元");
    expect(whole("建设 5G  base station")).toBe("建设5G base station");
  });

  it("covers several spans with one (merge)", () => {
    expect(coveringSpan([])).toBeNull();
    expect(
      coveringSpan([
        { start: 30, end: 40 },
        { start: 10, end: 20 },
      ]),
    ).toEqual({ start: 10, end: 40 });
  });
});
