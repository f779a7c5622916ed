// The place and level of real report text in the repo: title blocks, and excerpts that only name the place.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyseReport } from "~/domain/report/analyse";

describe("jurisdiction and level of real texts", () => {
  it.each([
    ["data/reports/zhangdian-2025.txt", "张店区", "district"],
    ["data/reports/zhangdian-2022.txt", "张店区", "district"],
    ["tests/fixtures/probe/guowuyuan-2023.txt", "国务院", "national"],
    ["tests/fixtures/probe4/shanxi-2017.txt", "山西省", "province"],
    ["tests/fixtures/probe2/guangdong-2024.txt", "广东省", "province"],
    ["tests/fixtures/probe2/neimenggu-2024.txt", "内蒙古自治区", "autonomous_region"],
    ["tests/fixtures/probe4/xilinguole-2017.txt", "锡林郭勒盟", "prefecture"],
    ["tests/fixtures/probe4/ganzi-2025.txt", null, "prefecture"],
    ["tests/fixtures/probe4/shenzhen-2017.txt", null, "city"],
    ["tests/fixtures/probe3/guangzhou-2018.txt", "广州市", "city"],
    ["tests/fixtures/probe3/boxing-2015.txt", "博兴县", "county"],
    ["tests/fixtures/probe4/siming-2020.txt", "思明区", "district"],
  ])("%s → %s (%s)", (file, jurisdiction, level) => {
    const { report } = analyseReport(readFileSync(file, "utf8"));
    expect([report.jurisdiction, report.level]).toEqual([jurisdiction, level]);
  });

  it("does not take a saved page's address or notes for the title", () => {
    expect(analyseReport(readFileSync("tests/fixtures/probe4/shexian-2025.txt", "utf8")).report.title).toBeNull();
  });
});
