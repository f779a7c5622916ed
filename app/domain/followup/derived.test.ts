// A growth promised, only a level reported: reckoned from the level the earlier report's own review gave.
import { describe, expect, it } from "vitest";
import { matchOne, numeric } from "~/domain/followup/fixture.test-helpers";
import { analyseReport } from "~/domain/report/analyse";

/** The results of the 2023 report's review of 2022 (the report the promises are from), as the analyser reads them. */
const earlier = (body: string) =>
  analyseReport(
    ["2023年明湖区政府工作报告", "各位代表：", "一、2022年工作回顾", body, "二、2023年工作安排", "继续努力。"].join(
      "\n",
    ),
  ).results;

const revenue = numeric("一般公共预算收入增长5%", "一般公共预算收入", 5, "%", ">=", true);
const gdp = numeric("地区生产总值增长6%", "地区生产总值", 6, "%", ">=", true);

describe("growth reckoned from two years' levels", () => {
  it("takes last year's level from the earlier review: 10亿元 → 10.8亿元 is +8%, the 5% promised is kept", () => {
    const match = matchOne(revenue, "全区一般公共预算收入完成10.8亿元。", {
      previous: earlier("一般公共预算收入完成10亿元，增长3%。"),
    });
    expect(match).toMatchObject({ verdict: "achieved", result: { value: 10.8 }, evidence: { route: "derived" } });
    // Inferred, not read: it is no surer than a result said in words.
    expect(match.confidence).toBeLessThan(0.9);
  });

  it("reads a fall as a fall (9亿元 against 10亿元 is −10 %: missed)", () => {
    const match = matchOne(revenue, "一般公共预算收入完成9亿元。", {
      previous: earlier("一般公共预算收入完成10亿元。"),
    });
    expect(match.verdict).toBe("missed");
  });

  it("never without the earlier review, nor when the review states a growth of the metric itself", () => {
    expect(matchOne(revenue, "一般公共预算收入完成10.8亿元。").verdict).toBe("not_mentioned");
    const stated = matchOne(revenue, "一般公共预算收入完成10.8亿元，同比增长4.6%。", {
      previous: earlier("一般公共预算收入完成10亿元。"),
    });
    expect(stated.evidence.route).toBe("figure");
  });

  it("never for a growth at constant prices (生产总值, 增加值), whatever the two levels", () => {
    const match = matchOne(gdp, "地区生产总值达到210亿元。", { previous: earlier("地区生产总值达到200亿元。") });
    expect(match.verdict).toBe("not_mentioned");
  });

  it("never when the earlier review gives two different levels of the metric, or the promise names the level", () => {
    const twice = earlier("一般公共预算收入完成10亿元。上划后一般公共预算收入完成12亿元。");
    expect(matchOne(revenue, "一般公共预算收入完成10.8亿元。", { previous: twice }).verdict).toBe("not_mentioned");
    const level = { ...revenue, quote: "增长5%", lead: "一般公共预算收入达到10.5亿元，" };
    const match = matchOne(level, "一般公共预算收入完成10.8亿元。", {
      previous: earlier("一般公共预算收入完成10亿元。"),
    });
    expect(match.evidence.route).not.toBe("derived");
  });
});
