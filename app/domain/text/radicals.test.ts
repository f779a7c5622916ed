import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readDocument } from "~/domain/document/read";
import { analyseReport } from "~/domain/report/analyse";
import { fold } from "~/domain/text/chars";
import { foldRadicals } from "~/domain/text/radicals";
import { storedReportText } from "~/domain/text/stored";
import { buildChinesePdf } from "../../../tests/fixtures/reports/builders";

/** What Chinese government PDFs (and Chromium's print-to-PDF) put in their text layer for common ideographs. */
const AS_RADICALS: Record<string, string> = {
  一: "\u2F00",
  人: "\u2F08",
  工: "\u2F2F",
  生: "\u2F63",
  长: "\u2ED3",
  民: "\u2EA0",
  门: "\u2ED4",
  车: "\u2ECB",
  见: "\u2EC5",
  风: "\u2EDB",
  马: "\u2EE2",
  龙: "\u2EF0",
  水: "\u2F54",
  大: "\u2F24",
  山: "\u2F2D",
};
const withRadicals = (text: string) => text.replace(/[一人工生长民门车见风马龙水大山]/g, (c) => AS_RADICALS[c]!);

describe("radical code points", () => {
  it("fold to the ideographs they stand for, one UTF-16 unit for one", () => {
    const source = "新增城镇就业1.3万人以上，居民人均可支配收入增长5%，民生工程建成投用";
    const printed = withRadicals(source);
    expect(printed).not.toBe(source);
    expect(printed).toHaveLength(source.length);
    expect(foldRadicals(printed)).toBe(source);
    expect(fold(printed)).toBe(fold(source));
    expect(storedReportText(`\u202E${printed}`)).toBe(source);
  });

  it("leave radicals whose ideograph lies outside the Basic Multilingual Plane as they are", () => {
    expect(foldRadicals("\u2E87")).toBe("\u2E87");
  });

  it("a PDF whose text layer carries radicals gives the same commitments as the text", async () => {
    const text = readFileSync("data/reports/zhangdian-2025.txt", "utf8");
    const lines = text.split("\n").filter((line) => line.trim());
    const pages: string[][] = [];
    for (let i = 0; i < lines.length; i += 36) pages.push(lines.slice(i, i + 36).map(withRadicals));
    const pdf = await readDocument(buildChinesePdf(pages), "report.pdf");
    expect(pdf.text).toMatch(/[\u2E80-\u2FD5]/);
    const read = (source: string) =>
      analyseReport(storedReportText(source)).commitments.map((c) => [
        c.quote.replace(/\s+/g, ""),
        c.kind,
        c.target,
        c.unit,
        c.comparator,
        c.growth,
        c.deadline,
      ]);
    const fromText = read(text);
    expect(fromText.length).toBeGreaterThan(25);
    expect(read(pdf.text)).toEqual(fromText);
  });
});
