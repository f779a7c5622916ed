import { describe, expect, it } from "vitest";
import { readReview, type ResultInput } from "~/domain/followup/facts";

const text = [
  "一、2023年工作回顾",
  "一是经济运行稳中向好。预计地区生产总值增长6.3%，一般公共预算收入完成28.6亿元，增长4.2%。",
  "2023年，新增城镇就业1.3万人，较2020年多增0.2万人。五年来，累计新增城镇就业5.9万人。",
  "二、2024年主要目标",
  "新增城镇就业1.2万人以上。",
].join("\n");
const sections = [
  { heading: "一、2023年工作回顾", part: "review", start: 0, end: text.indexOf("二、") },
  { heading: "二、2024年主要目标", part: "plan", start: text.indexOf("二、"), end: text.length },
];

/** A review of 2023 that is all one part: the words after its heading. */
const readLastYear = (words: string) =>
  readReview({
    text: words,
    sections: [{ heading: "一、2023年工作回顾", part: "review", start: 0, end: words.length }],
    results: [],
    reviewPeriod: "2023",
  });

const result = (quote: string, value: number | null, unit: string | null): ResultInput => {
  const start = text.indexOf(quote);
  return { quote, start, end: start + quote.length, kind: "numeric", metric: quote.slice(0, 4), value, unit, growth: false, period: "2023", estimated: false }; // prettier-ignore
};

describe("what a review states", () => {
  const review = readReview({
    text,
    sections,
    results: [result("一般公共预算收入完成28.6亿元", 28.6, "亿元"), result("没有这句", 7, "个")],
    reviewPeriod: "2023",
  });
  const numeric = review.facts.filter((f) => f.kind === "numeric");

  it("reads every figure of the review part, and none of the plan part", () => {
    expect(numeric.map((f) => [f.value, f.unit])).toEqual([
      [6.3, "%"],
      [28.6, "亿元"],
      [4.2, "%"],
      [1.3, "万人"],
      [0.2, "万人"],
      [5.9, "万人"],
      [7, "个"],
    ]);
  });

  it("marks estimates and the period of every figure: the year, a base year named, a several-year sum", () => {
    const [gdp, , , jobs, more, total] = numeric;
    expect(gdp).toMatchObject({ estimated: true, growth: true, period: { kind: "year", year: 2023 } });
    expect(jobs!.period).toEqual({ kind: "year", year: 2023 });
    expect(more!.period).toEqual({ kind: "year", year: 2023 });
    expect(total!.period).toEqual({ kind: "years", from: null, to: 2023 });
  });

  it("links the analyser's results to the figures, and keeps the ones the text scan did not find", () => {
    expect(numeric[1]).toMatchObject({ resultIndex: 0, altMetric: "一般公共" });
    expect(numeric.at(-1)).toMatchObject({ resultIndex: 1, clauseIndex: -1, quote: "没有这句" });
  });

  it("gives a rate reckoned on a comparable basis (可比增长, 同口径增长) the metric before it", () => {
    const words = "一、2023年工作回顾\n税收收入完成12.4亿元、可比增长3.1%，固定资产投资同口径增长5.6%。";
    const read = readLastYear(words);
    const rates = read.facts.filter((f) => f.kind === "numeric" && f.unit === "%");
    expect(rates.map((f) => [f.value, f.metric])).toEqual([
      [3.1, "税收收入完成"],
      [5.6, "固定资产投资同口径增长"],
    ]);
  });

  it("gives the figures of a second 分别 list the metrics of the first, in order", () => {
    const words = "一、2023年工作回顾\n城镇和农村居民人均可支配收入分别达到41200元和18600元，分别增长6.1%和7.4%。";
    const read = readLastYear(words);
    const rates = read.facts.filter((f) => f.kind === "numeric" && f.unit === "%");
    expect(rates.map((f) => [f.value, f.metric.slice(0, 2)])).toEqual([
      [6.1, "城镇"],
      [7.4, "农村"],
    ]);
  });

  it("a stage alone counts the thing the figure before it in the sentence named", () => {
    const words = "一、2023年工作回顾\n全年人才公寓基本建成320套，新开工建设460套。";
    const read = readLastYear(words);
    const [built, started] = read.facts.filter((f) => f.kind === "numeric");
    expect(built!.metric).toContain("人才公寓");
    expect(started).toMatchObject({ value: 460, metric: "人才公寓新开工建设" });
  });

  it("in a five-year part, dates by a time clause set apart mid-sentence and by 同比, and by nothing else", () => {
    const words = [
      "一、过去五年工作回顾",
      "主导产业规模进一步壮大，2011年，全县蔬菜面积发展到15.95万亩，出栏59万头。",
      "完成固定资产投资62.5亿元，同比增长36.1%，是2006年的3.6倍。",
      "城镇居民人均可支配收入达19233元，是2006年的2倍。",
    ].join("\n");
    const read = readReview({
      text: words,
      sections: [{ heading: "一、过去五年工作回顾", part: "review", start: 0, end: words.length }],
      results: [],
      reviewPeriod: "2011",
    });
    const periodOf = (value: number) => read.facts.find((f) => f.kind === "numeric" && f.value === value)!.period;
    expect(periodOf(15.95)).toEqual({ kind: "year", year: 2011 });
    expect(periodOf(59)).toEqual({ kind: "year", year: 2011 });
    expect(periodOf(62.5)).toEqual({ kind: "year", year: 2011 });
    expect(periodOf(36.1)).toEqual({ kind: "year", year: 2011 });
    expect(periodOf(19233).kind).not.toBe("year");
  });

  it("quotes a rate that takes the metric of an earlier clause with the clauses between, as the review says them", () => {
    const words = "一、2023年工作回顾\n全年完成社会消费品零售总额58.2亿元，创历史新高，增长6.4%。";
    const read = readLastYear(words);
    const rate = read.facts.find((f) => f.kind === "numeric" && f.unit === "%");
    expect(rate).toMatchObject({
      metric: expect.stringContaining("社会消费品零售总额"),
      quote: "全年完成社会消费品零售总额58.2亿元，创历史新高，增长6.4%",
    });
  });
});
