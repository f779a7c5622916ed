import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sentencesIn } from "~/domain/followup/clauses";

const texts = (raw: string, ranges: [number, number][] = [[0, raw.length]]) =>
  sentencesIn(raw, ranges).map((s) => s.clauses.map((c) => c.text));

describe("review text in clauses", () => {
  it("joins PDF lines, drops page footers and keeps raw offsets (text copied from a PDF)", () => {
    const raw = readFileSync("data/reports/zhangdian-2025.txt", "utf8");
    const review: [number, number][] = [
      [raw.indexOf("一、2024 年政府工作回顾"), raw.indexOf("二、2025 年工作总体要求")],
    ];
    const clauses = sentencesIn(raw, review).flatMap((s) => s.clauses);
    const jobs = clauses.find((c) => c.text.startsWith("新增城镇就业"))!;
    expect(jobs.text).toBe("新增城镇就业1.69万人");
    expect(raw.slice(jobs.start, jobs.end).replace(/\s+/g, "")).toBe("新增城镇就业1.69万人");
    expect(clauses.some((c) => /—\s*\d+\s*—/.test(c.text))).toBe(false);
    expect(clauses.every((c) => !/\s/.test(c.text))).toBe(true);
  });

  it("cuts at 。；and paragraph ends, and clauses at ，：, only inside the ranges asked for", () => {
    const raw =
      "民祥科技、飒露光学等项目竣工投产，民泰玺悦国际大饭店等项目加快推进；临临高速正式通车。\n二、计划\n加快建设。";
    expect(texts(raw, [[0, raw.indexOf("二、")]])).toEqual([
      ["民祥科技、飒露光学等项目竣工投产", "民泰玺悦国际大饭店等项目加快推进"],
      ["临临高速正式通车"],
    ]);
  });

  it("reads full-width digits as digits", () => {
    expect(texts("新增就业１．２万人。")).toEqual([["新增就业1.2万人"]]);
  });
});
