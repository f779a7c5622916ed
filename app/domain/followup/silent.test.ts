// Results the matcher used to pass over in silence (round silent11): each shape written from invented text.
import { describe, expect, it } from "vitest";
import { deliverable, matchOne, numeric } from "~/domain/followup/fixture.test-helpers";
import { readReview } from "~/domain/followup/facts";
import { metricSimilarity } from "~/domain/followup/metric";
import { readPromise } from "~/domain/followup/promise";

const lastYear = (words: string) =>
  readReview({
    text: words,
    sections: [{ heading: "一、2023年工作回顾", part: "review", start: 0, end: words.length }],
    results: [],
    reviewPeriod: "2023",
  });

describe("a figure right after another in another unit measures the same thing", () => {
  it("in the review: 搬迁群众120户、356人 are both the relocated", () => {
    const figures = lastYear("全镇搬迁群众120户、356人全部入住新居。").facts.filter((f) => f.kind === "numeric");
    expect(figures.map((f) => [f.value, f.metric])).toEqual([
      [120, "全镇搬迁群众"],
      [356, "全镇搬迁群众"],
    ]);
  });

  it("but not in a 分别 list, whose figures are of the metrics listed (新签项目、到位资金分别达到12个、8.5亿元)", () => {
    const figures = lastYear("新签项目、到位资金分别达到12个、8.5亿元。").facts.filter((f) => f.kind === "numeric");
    expect(figures.find((f) => f.value === 8.5)?.metric).not.toBe(figures.find((f) => f.value === 12)?.metric);
  });

  it("in the promise too: the second figure pairs with the review's second figure", () => {
    const people = numeric("完成搬迁群众120户356人年底前全部入住", "年底前全部入住", 356, "人", null);
    expect(readPromise(people).subjectMetric).toBe("搬迁群众");
    expect(matchOne(people, "全镇搬迁群众120户、356人全部入住新居。")).toMatchObject({
      verdict: "achieved",
      result: { value: 356 },
    });
    // 总投资8亿元的12个项目: the count is of the projects the amount sizes, no second measure of it.
    const projects = numeric("抓好总投资8亿元的12个项目建设", "项目", 12, "个", null);
    expect(readPromise(projects).subjectMetric).toBeNull();
  });
});

/** Each figure of `words` read under a five-year review heading, with the kind of period it reports. */
function periodsUnderFiveYears(words: string) {
  const review = readReview({
    text: words,
    sections: [{ heading: "一、过去五年工作回顾", part: "review", start: 0, end: words.length }],
    results: [],
    reviewPeriod: null,
    reportYear: 2024,
  });
  return review.facts.filter((f) => f.kind === "numeric").map((f) => [f.value, f.period.kind]);
}

describe("a paragraph set off by a dash dates its figures by its opening year", () => {
  it("——2023年，… under a five-year heading is the reviewed year, not the five years", () => {
    const words = ["——这五年，累计新建污水管网60公里。", "——2023年，抓项目、稳投资，完成污水管网改造12公里。"].join(
      "\n",
    );
    const periods = periodsUnderFiveYears(words);
    expect(periods).toEqual([
      [60, "years"],
      [12, "year"],
    ]);
  });
});

describe("a stock named by its noun (存栏, 面积) in a five-year paragraph is the level at its end", () => {
  it("奶牛存栏2.4万头 under a five-year heading reports the last year's 存栏 promised", () => {
    const words = "五年来，畜牧业稳步发展，奶牛存栏2.4万头，新增设施菜田1.2万亩。";
    const periods = periodsUnderFiveYears(words);
    expect(periods).toEqual([
      [2.4, "stock"],
      [1.2, "years"],
    ]);
    const cows = numeric("奶牛存栏2.3万头", "奶牛存栏", 2.3, "万头", null);
    expect(readPromise(cows).timing.measure).toBe("level");
    const greenhouses = numeric("新增设施菜田面积1万亩", "新增设施菜田面积", 1, "万亩", null);
    expect(readPromise(greenhouses).timing.measure).toBe("flow");
  });
});

describe("a growth of the very metric promised, far from its target", () => {
  it("is still its result (增长8% promised, 增长31.5% reported), never one of a wider metric", () => {
    const revenue = numeric("一般公共预算收入增长8%", "一般公共预算收入", 8, "%", ">=", true);
    const body = "全部财政收入完成40.2亿元，同比增长36%；一般公共预算收入完成12.6亿元，同比增长31.5%。";
    expect(matchOne(revenue, body)).toMatchObject({ verdict: "achieved", result: { value: 31.5 } });
    expect(metricSimilarity("全部财政收入", "一般公共预算收入")).toBeLessThan(0.9);
    // A growth of another metric as far away is no result.
    expect(matchOne(revenue, "税收收入完成9.1亿元，同比增长31.5%。").result).toBeNull();
  });
});

describe("named works said again in other words", () => {
  it("a works' name with its deadline and the works done to it (改(扩)建) is found by the name", () => {
    const home = deliverable("确保敬老院改（扩）建二期工程9月份投用", ["敬老院改(扩)建二期工程9月份"]);
    expect(matchOne(home, "完成敬老院二期建设，新增床位120张。")).toMatchObject({ verdict: "achieved" });
  });

  it("a power plant connected to the grid (并网发电) is done", () => {
    const solar = deliverable("推进北坡20兆瓦光伏电站建设，力争年内并网发电", ["北坡光伏电站"]);
    expect(matchOne(solar, "北坡光伏电站并网发电。")).toMatchObject({ verdict: "achieved" });
  });
});
