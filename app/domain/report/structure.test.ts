// The structure of reports nobody fitted the reader to: short real excerpts of each shape that misled it.
import { describe, expect, it } from "vitest";
import { analyseReport } from "~/domain/report/analyse";

const report = (lines: string[]) => analyseReport(lines.join("\n"));

describe("the report's year when no title block gives it", () => {
  it("reads it from the plan part's opening sentence (national 2013: 二、今年经济社会发展的总体要求…)", () => {
    const { report: meta } = report([
      "各位代表：",
      "现在，我代表国务院，向大会报告过去五年的政府工作，并对今年工作提出建议，请各位代表审议。",
      "一、过去五年工作回顾",
      "第十一届全国人民代表大会第一次会议以来的五年，是我国发展进程中极不平凡的五年。国内生产总值年均增长9.3%。",
      "二、今年经济社会发展的总体要求、主要预期目标和宏观经济政策",
      "党的十八大科学总结了过去五年的工作和党的十六大以来的奋斗历程和历史性成就。",
      "2013年是全面贯彻落实党的十八大精神的开局之年，是实施“十二五”规划承前启后的关键一年。",
      "今年经济社会发展的主要预期目标是：国内生产总值增长7.5%左右。",
    ]);
    expect(meta).toMatchObject({ year: 2013, planYear: 2013, reviewPeriod: "2008-2012" });
  });

  it("reads it from a review of 刚刚过去的2016年 when the copy stops before the plan (易县 2017)", () => {
    const { report: meta } = report([
      "易县人民政府县长刘杰",
      "各位代表：",
      "现在，我代表易县人民政府，向大会报告政府工作，请予审议，并请县政协委员和其他列席人员提出意见。",
      "一、过去五年工作回顾",
      "五年来，全县上下在市委、市政府和县委的坚强领导下，牢牢抓住京津冀协同发展重大机遇，全县生产总值年均增长7.5%。",
      "刚刚过去的2016年，是易县发展史上不平凡的一年，更是我们难忘的一年。全县生产总值完成96亿元，增长7%。",
    ]);
    expect(meta).toMatchObject({ year: 2017, reviewPeriod: "2012-2016", title: null, jurisdiction: "易县" });
  });
});

describe("the period of a five-year review's paragraphs", () => {
  const periods = (lines: string[]) =>
    report(lines).results.map((r) => [r.quote.replace(/\s+/g, "").slice(0, 12), r.period]);

  it("reads 过去五年 in a dashed sub-heading before a dated event, and 各位代表，刚刚过去的 2016 年 (阜平 2017)", () => {
    expect(
      periods([
        "各位代表：",
        "一、过去五年工作回顾",
        "——过去五年，是我们更加注重扶贫成效，群众增收最为显著的五年。 2012 年 12 月 29 日至 30 日，习近平总书记到阜平考察。全县累计减贫8.2万人。",
        "各位代表，刚刚过去的 2016 年，既是本届政府收官之年，也是“十三五”开局之年。全县生产总值完成45.6亿元，增长7.1%。",
        "二、今后五年工作思路和目标任务",
        "到2021年，全县生产总值年均增长7%以上。",
      ]),
    ).toEqual([
      ["全县累计减贫8.2万人", "2012-2016"],
      ["全县生产总值完成45.6", "2016"],
      ["增长7.1%", "2016"],
    ]);
  });

  it("reads 2012 年以来 as the five years and 过去的五年 as five years again after a year (容城 2017, 2012)", () => {
    expect(
      periods([
        "一、过去五年工作回顾",
        "2012 年以来，在市委、市政府和县委的坚强领导下，全县新增规模以上工业企业26家。",
        "刚刚过去的 2016年，全县上下众志成城、砥砺前行，依法查处违法占地74宗。",
        "过去的五年，经济运行稳中有进、持续向好。五年来累计完成固定资产投资260亿元。",
        "二、2017年工作任务",
        "全县生产总值增长7%。",
      ]),
    ).toEqual([
      ["全县新增规模以上工业企业", "2012-2016"],
      ["依法查处违法占地74宗", "2016"],
      ["五年来累计完成固定资产投", "2012-2016"],
    ]);
  });
});
