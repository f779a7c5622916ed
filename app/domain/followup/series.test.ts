import { describe, expect, it } from "vitest";
import { buildSeries, type SeriesInput } from "~/domain/followup/series";

const point = (p: Partial<SeriesInput> & Pick<SeriesInput, "kind" | "year" | "metric" | "value">): SeriesInput => ({
  unit: "%",
  growth: true,
  quote: `${p.metric}${p.value}`,
  reportId: p.year,
  ...p,
});

describe("metric series", () => {
  it("puts targets and results of one metric side by side, year by year, across rewordings and units", () => {
    const series = buildSeries([
      point({ kind: "target", year: 2022, metric: "地区生产总值", value: 6.5, comparator: "~" }),
      point({ kind: "result", year: 2021, metric: "全区GDP", value: 8.1 }),
      point({ kind: "target", year: 2025, metric: "地区生产总值", value: 5.5, comparator: "~" }),
      point({ kind: "result", year: 2024, metric: "预计全年地区生产总值", value: 5.8, estimated: true }),
      point({ kind: "target", year: 2022, metric: "城镇新增就业", value: 1, unit: "万人", growth: false }),
      point({ kind: "target", year: 2025, metric: "新增城镇就业", value: 1.3, unit: "万人", growth: false }),
      point({ kind: "result", year: 2024, metric: "新增城镇就业", value: 16900, unit: "人", growth: false }),
      point({ kind: "target", year: 2025, metric: "投用人才公寓", value: 200, unit: "套", growth: false }),
      point({ kind: "result", year: 2024, metric: "地区生产总值", value: 1010, unit: "亿元", growth: false }),
    ]);
    expect(series.map((s) => [s.label, s.years.length])).toEqual([
      ["地区生产总值", 4],
      ["城镇新增就业", 3],
    ]);
    const jobs = series[1]!;
    expect(jobs.unit).toBe("万人");
    expect(jobs.years.find((y) => y.year === 2024)?.result?.value).toBe(1.69);
    const gdp = series[0]!;
    expect(gdp.years.map((y) => [y.year, y.target?.value ?? null, y.result?.value ?? null])).toEqual([
      [2021, null, 8.1],
      [2022, 6.5, null],
      [2024, null, 5.8],
      [2025, 5.5, null],
    ]);
    expect(gdp.years[2]!.result?.estimated).toBe(true);
  });

  it("keeps growth rates and levels of one metric apart", () => {
    const series = buildSeries([
      point({ kind: "target", year: 2024, metric: "一般公共预算收入", value: 5 }),
      point({ kind: "target", year: 2025, metric: "一般公共预算收入", value: 2 }),
      point({ kind: "result", year: 2024, metric: "一般公共预算收入", value: 31.5, unit: "亿元", growth: false }),
    ]);
    expect(series).toHaveLength(1);
    expect(series[0]!.years.every((y) => y.result === null)).toBe(true);
  });
});
