import { describe, expect, it } from "vitest";
import { parseSpan, spanOfHeading, speaksOfSeveralYears, yearsIn } from "~/domain/followup/period";

describe("periods", () => {
  it("parses review periods", () => {
    expect(parseSpan("2024")).toEqual({ from: 2024, to: 2024 });
    expect(parseSpan("2017-2021")).toEqual({ from: 2017, to: 2021 });
    expect(parseSpan("2017—2021年")).toEqual({ from: 2017, to: 2021 });
    expect(parseSpan("去年")).toBeNull();
    expect(parseSpan(null)).toBeNull();
  });

  it("reads the years of a review heading", () => {
    expect(spanOfHeading("一、2024 年政府工作回顾")).toEqual({ from: 2024, to: 2024 });
    expect(spanOfHeading("过去五年和2021年工作回顾")).toEqual({ from: 2017, to: 2021 });
    expect(spanOfHeading("“十三五”时期主要成就")).toEqual({ from: 2016, to: 2020 });
    expect(spanOfHeading("一是项目建设提速增效")).toBeNull();
  });

  it("tells a several-year sum from one year's result", () => {
    expect(speaksOfSeveralYears("本届政府以来，累计新增城镇就业5.9万人")).toBe(true);
    expect(speaksOfSeveralYears("五年来地区生产总值年均增长6.8%")).toBe(true);
    expect(speaksOfSeveralYears("新增城镇就业1.69万人")).toBe(false);
    expect(yearsIn("较2020年翻一番，2024 年增长5%")).toEqual([2020, 2024]);
  });
});
