import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { containment, findRestatement, fold } from "~/domain/duplicates/restatement";
import { analyseReport } from "~/domain/report/analyse";

const NAMES = ["zhangdian-2022-news", "zhangdian-2022", "zhangdian-2025", "zichuan-2023", "tianqiao-2025"] as const;
const reports = NAMES.map((name, i) => {
  const text = readFileSync(`data/reports/${name}.txt`, "utf8");
  return { id: i + 1, name, title: name, text, quotes: analyseReport(text).commitments.map((c) => c.quote) };
});
const byName = (name: (typeof NAMES)[number]) => reports.find((r) => r.name === name)!;
const othersThan = (name: string) => reports.filter((r) => r.name !== name);

describe("restatements", () => {
  it("finds that the 2022 news article restates the 2022 work report", () => {
    const news = byName("zhangdian-2022-news");
    const found = findRestatement(news, othersThan(news.name));
    expect(found).toMatchObject({ of: byName("zhangdian-2022").id, title: "zhangdian-2022" });
    expect(found!.textShare).toBeGreaterThan(0.8);
    expect(found!.sharedPromises).toBeGreaterThanOrEqual(40);
  });

  it("does not call the report a restatement of the shorter article, nor any report of another year or place", () => {
    for (const report of reports.filter((r) => r.name !== "zhangdian-2022-news"))
      expect(findRestatement(report, othersThan(report.name)), report.name).toBeNull();
  });

  it("compares wording, not layout or punctuation", () => {
    expect(fold("新增城镇就业 1.3 万人以上，")).toBe("新增城镇就业13万人以上");
    const a = new Set(["甲乙丙丁戊己"]);
    expect(containment(a, a)).toBe(1);
    expect(containment(new Set(), a)).toBe(0);
  });
});
