// Numeric promises the matcher passed over in silence (round figures11): an outcome said in words of a thing, rates
// whose metrics are in the clauses before them, a list of projects sized and counted, works sized by an investment.
// Each shape from invented text, with the counter-example that must stay silent.
import { describe, expect, it } from "vitest";
import { readReview } from "~/domain/followup/facts";
import { matchOne, numeric, reviewOf } from "~/domain/followup/fixture.test-helpers";
import type { PromiseInput } from "~/domain/followup/match";

const OWN = ["明湖区", "明湖"];
const one = (promise: PromiseInput, body: string) => matchOne(promise, body, { ownNames: OWN });

describe("a numeric target whose outcome is said in words", () => {
  it("reads the thing without the outcome words around it (超额完成…任务, …圆满完成)", () => {
    const shows = numeric("“花鼓戏”下乡演出不少于80场", "“花鼓戏”下乡演出", 80, "场", ">=");
    expect(one(shows, "超额完成花鼓戏演出任务。").verdict).toBe("achieved");
    const heating = numeric("完成7个乡镇96个村“清洁取暖”工作", "村“清洁取暖”工作", 96, "个", null);
    expect(one(heating, "“清洁取暖”工作圆满完成。").verdict).toBe("achieved");
  });

  it("but the outcome of a plan is no news of a thing it leaves unnamed (超额完成年度投资计划)", () => {
    const works = numeric("投资2500万元完成应急水源地建设", "投资", 2500, "万元", null);
    expect(one(works, "超额完成年度投资计划。").verdict).toBe("not_mentioned");
  });
});

describe("a 分别 list of rates after one level in each clause before it", () => {
  const heading = "一、2023年工作回顾";
  const body = "城镇居民人均可支配收入达31560元，农村居民人均可支配收入达15173元，同比分别增长6.1%、8.2%。";
  it("gives each rate the metric of its clause, in order", () => {
    const review = readReview({
      ...reviewOf(`${heading}\n${body}\n二、2024年目标\n`, heading, "二、2024年目标", null),
      reportYear: 2024,
    });
    const rates = review.facts.filter((f) => f.kind === "numeric" && f.unit === "%");
    expect(rates.map((f) => [f.metric, f.value])).toEqual([
      ["城镇居民人均可支配收入达", 6.1],
      ["农村居民人均可支配收入达", 8.2],
    ]);
    const urban = numeric("城镇居民人均可支配收入增长6%", "城镇居民人均可支配收入", 6, "%", null, true);
    expect(one(urban, body).verdict).toBe("achieved");
  });

  it("but not when a clause before gives a rate of its own", () => {
    const mixed = "一般公共预算收入12.1亿元，同比增长9.8%，存款余额139.4亿元，同比分别增长15.6%、0.8%。";
    const review = readReview({
      ...reviewOf(`${heading}\n${mixed}\n二、2024年目标\n`, heading, "二、2024年目标", null),
      reportYear: 2024,
    });
    const revenue = review.facts.filter((f) => f.kind === "numeric" && /预算收入/.test(f.metric));
    expect(revenue.map((f) => f.value)).toEqual([12.1, 9.8]);
  });
});

describe("a total investment sizing a counted list of projects", () => {
  const promise = numeric("提速总投资164.3亿元的25个省、市重点项目建设", "总投资", 164.3, "亿元", null);

  it("is reported by the same kind's list, sized again (总投资…的28个省、市重点项目)", () => {
    const report = one(promise, "总投资160.4亿元的28个省、市重点项目提速建设。");
    expect(report.verdict).toBe("partial");
    expect(report.result?.value).toBe(160.4);
  });

  it("but not by a few projects named before 等, nor by another kind", () => {
    expect(one(promise, "博远电气等总投资56.5亿元的9个项目竣工投产。").verdict).toBe("not_mentioned");
    expect(one(promise, "总投资60亿元的12个乡村振兴项目开工建设。").verdict).toBe("not_mentioned");
  });
});

describe("works sized by an investment that is all the promise counts", () => {
  it("are judged by their stage (投资8000万元启动兴隆街北延建设)", () => {
    const street = numeric("投资8000万元启动兴隆街北延建设", "投资", 8000, "万元", null);
    const report = one(street, "实施了兴隆街北延、博文路西段新建道路工程。");
    expect(report.verdict).toBe("achieved");
    expect(report.result?.quote).toContain("兴隆街北延");
  });

  it("each figure by the works named after it", () => {
    const quote = "突出抓好总投资8.1亿元的雷达产业园和总投资5亿元的民爆产业园项目";
    const radar = numeric(quote, "突出抓好总投资", 8.1, "亿元", null);
    const report = one(radar, "雷达产业园项目一期竣工投产，民爆产业园项目开工建设。");
    expect(report.result?.quote).toContain("雷达产业园");
    expect(report.result?.quote).not.toContain("民爆");
  });

  it("but not when the promise counts something else too (总投资…的15个项目)", () => {
    const counted = numeric("实施总投资12亿元的15个农业项目", "总投资", 12, "亿元", null);
    expect(one(counted, "农业项目全部开工建设。").verdict).toBe("not_mentioned");
  });
});

describe("a count at the province's and the city's level", () => {
  it("reports a count of the province's (创建省市级美丽乡村20个 for 11个省级美丽乡村)", () => {
    const villages = numeric("完成桃园、杏林等11个省级美丽乡村创建", "省级美丽乡村创建", 11, "个", null);
    expect(one(villages, "创建省市级美丽乡村20个。").verdict).toBe("achieved");
  });

  it("but not a county's (县级美丽乡村20个)", () => {
    const villages = numeric("完成桃园、杏林等11个省级美丽乡村创建", "省级美丽乡村创建", 11, "个", null);
    expect(one(villages, "创建县级美丽乡村20个。").verdict).toBe("not_mentioned");
  });
});

describe("one year's figure toward a several-year target", () => {
  const byYear = (quote: string, metric: string, target: number, unit: string): PromiseInput => ({
    ...numeric(quote, metric, target, unit, ">="),
    deadline: 2027,
  });

  it("is progress though the metric is worded otherwise (旅游总收入 / 旅游综合收入)", () => {
    const income = byYear("到2027年，旅游总收入超过40亿元", "旅游总收入", 40, "亿元");
    const report = one(income, "全年接待游客152万人次，旅游综合收入12.16亿元。");
    expect(report.verdict).toBe("in_progress");
    expect(report.result?.value).toBe(12.16);
  });

  it("but not for a metric of two characters (产值) worded otherwise", () => {
    const output = byYear("到2027年，园区产值力争达20亿元", "产值", 20, "亿元");
    expect(one(output, "全县实现工业总产值180.5亿元，利税16.3亿元。").verdict).toBe("not_mentioned");
  });
});
