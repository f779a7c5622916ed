// The structure of reports nobody fitted the reader to: short real excerpts of each shape that misled it.
import { describe, expect, it } from "vitest";
import { analyseReport } from "~/domain/report/analyse";
import { readStructure } from "~/domain/report/structure";
import { normalise } from "~/domain/text/normalise";

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

describe("the report's year on a news page that gives only its own date or the list's title", () => {
  const structure = (lines: string[]) => readStructure(normalise(lines.join("\n")));

  it("reads a dateline among the first lines (a front page: date and weekday; 发布时间:…) in January to March", () => {
    const front = structure([
      "| | 2021年02月03日 星期三",
      "要闻",
      "市长在政府工作报告中提出今年主要预期目标",
      "    今年预期目标",
      "全市生产总值增长6%左右，城镇新增就业5万人。",
    ]);
    expect(front).toMatchObject({ year: 2021, planYear: 2021 });
    const posted = structure([
      "某某市政府今年将办好民生实事",
      "信息来源:某某网 发布时间:2015年1月12日8:30 编辑:某某",
      "本报讯 在昨日开幕的市人代会上，市长作政府工作报告，今年要为群众办好实事。",
      "一、新建幼儿园10所。",
    ]);
    expect(posted.year).toBe(2015);
    const summer = structure([
      "某某市政府今年将办好民生实事",
      "信息来源:某某网 发布时间:2015年7月12日8:30 编辑:某某",
      "本报讯 今年要新建幼儿园10所，改造道路20条。",
    ]);
    expect(summer.year).toBeNull();
  });

  it("reads a line heading one year's plan (…2015年十件实事), not a five-year plan or a review", () => {
    const list = structure([
      "市政府承诺今年再办十件实事",
      "市政府2015年十件实事",
      "一、新建幼儿园10所。",
      "二、改造道路20条。",
    ]);
    expect(list).toMatchObject({ year: 2015, planYear: 2015 });
    const fiveYears = structure(["市政府承诺再办十件实事", "市政府2016—2020年十件实事", "一、新建幼儿园10所。"]);
    expect(fiveYears.year).toBeNull();
    const review = structure(["市政府承诺再办十件实事", "市政府2014年十件实事完成情况", "一、新建幼儿园10所。"]);
    expect(review.year).toBeNull();
  });

  it("reads a livelihood list's own title: 年度, the place after the year, 项目 and a note in brackets", () => {
    const titled = (title: string) =>
      structure(["某某区人民政府办公室关于印发民生实事项目的通知", title, "一、新建幼儿园10所。"]);
    expect(titled("2019年度某某县重点民生实事项目").year).toBe(2019);
    expect(titled("某某区2021年重要民生实事项目").year).toBe(2021);
    expect(titled("2018年县政府民生实事项目（实事内容）").year).toBe(2018);
    expect(titled("2018年民生实事项目完成情况").year).toBeNull();
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

describe("what follows the report is no part of its plan", () => {
  const plan = [
    "各位代表：",
    "一、2024年工作回顾",
    "全县生产总值完成96亿元，增长5.6%。",
    "二、2025年主要目标任务",
    "(十)持续推进自身建设。始终把使命放在心上，把责任扛在肩上。新建便民服务中心3个。",
    "各位代表!道固远，笃行可至;事虽巨，坚为必成。",
  ];

  it.each([["※注释※"], ["名词解释："], ["《政府工作报告》名词解释"], ["[名词解释]"]])(
    "reads %s as the glossary's heading (易县 2025, 满城 2020, 唐县 2020)",
    (heading) => {
      const analysed = report([
        ...plan,
        heading,
        "[1]“双千工程”：2020年起，连续五年，每年招商引资入库1000个以上项目、引进资金1000亿元。",
      ]);
      expect(analysed.sections.at(-1)).toMatchObject({ heading, level: 1, part: "other" });
      expect(analysed.commitments.map((c) => c.quote)).toEqual(["新建便民服务中心3个"]);
    },
  );

  it("stops the report where the saved page's own text begins (分享到, 上一篇, 免责声明)", () => {
    const analysed = report([
      ...plan,
      "上一页",
      "1",
      "2",
      "下一页",
      "免责声明：本文仅代表作者观点，不代表本站立场。",
      "标签：",
      "分享到：",
      "天涯社区",
      "上一篇：",
      "博野县2025年政府工作报告",
      "保定市满城区人民政府关于关闭保定市东沟建材有限公司等3家矿山的公告",
    ]);
    expect(analysed.sections.filter((s) => s.level === 1).map((s) => s.heading)).toEqual([
      "一、2024年工作回顾",
      "二、2025年主要目标任务",
    ]);
    expect(analysed.commitments.map((c) => c.quote)).toEqual(["新建便民服务中心3个"]);
  });

  it("takes parts numbered again after the government's own part for an annex (安国 2022: 十大工程进展情况说明)", () => {
    const analysed = report([
      "各位代表：",
      "一、2021年经济工作回顾",
      "全年地区生产总值完成122.2亿元，增长6.5%。",
      "二、2022年发展思路和工作重点",
      "新建城市道路5条，改造老旧小区12个。",
      "三、全面加强政府自身建设",
      "面对新形势、新任务、新挑战，我们将始终保持“赶考”的状态，坚定“考好”的决心。",
      "安国市2021年十大工程进展情况说明",
      "我市2021年十大工程共涉及事项10大项11小项，其中2项为计划完成项目。",
      "一、高标准建设国家药用植物园-华北园",
      "1.项目内容：在安国药博园基础上，与中国医学科学院药用植物研究所合作，将其打造成国家药用植物园。",
      "3.事项进展：目前国家药用植物园-华北园确定落户安国，主要建设内容为一园二馆三中心。",
      "4.今年计划：正在积极推进项目前期相关工作，预计2022年7月份完成可研报告，12月底开工建设。",
      "三、农村江水置换工程",
      "3.事项进展：截至目前管网建设完成80公里。",
    ]);
    expect(analysed.sections.filter((s) => s.level === 1).map((s) => s.part)).toEqual([
      "review",
      "plan",
      "other",
      "other",
      "other",
    ]);
    expect(analysed.commitments.map((c) => c.quote)).toEqual(["新建城市道路5条", "改造老旧小区12个"]);
  });

  it("keeps a plan whose items are numbered from 一、 under a part heading (a news excerpt)", () => {
    const analysed = report([
      "二、2019年工作安排",
      "一、实施重点项目建设。全年新开工项目30个以上。",
      "二、实施城市更新。改造老旧小区20个。",
    ]);
    expect(analysed.commitments.map((c) => c.quote)).toEqual(["全年新开工项目30个以上", "改造老旧小区20个"]);
  });
});

describe("text without part headings", () => {
  it("reads a newspaper's account paragraph by paragraph (满城 2021: 《报告》说，刚刚过去的2020年…)", () => {
    const text = [
      "保定市满城区2021年政府工作报告",
      "在2月5日召开的保定市满城区第二届人民代表大会第五次会议第一次全体会议上，区长程杰代表区人民政府向大会作政府工作报告。",
      "《报告》说，“十三五”时期的五年，是我区发展历程中极不平凡的五年。五年来，面对复杂多变的国内外经济形势，我们始终保持对党忠心。",
      "《报告》说，刚刚过去的2020年，是极其特殊、极为艰难的一年。全区地区生产总值增长4%。",
      "《报告》说，未来五年，是全面建成小康社会之后开启社会主义现代化新征程的第一个五年。",
      "《报告》说，2021年是中国共产党成立100周年，是“十四五”规划开局之年。全区地区生产总值增长8%。",
      "《报告》说，今年在抓实抓细常态化疫情防控的基础上，重点抓好五个方面的工作。",
    ].join("\n");
    const structure = readStructure(normalise(text));
    expect(structure).toMatchObject({ year: 2021, planYear: 2021, reviewPeriod: "2016-2020" });
    expect(structure.paragraphs.map((p) => [p.part, p.period && `${p.period.from}-${p.period.to}`, p.horizon])).toEqual(
      [
        ["review", "2016-2020", null],
        ["review", "2020-2020", null],
        ["plan", null, 2025],
        ["plan", null, 2021],
        ["plan", null, 2021],
      ],
    );
    const analysed = analyseReport(text);
    expect(analysed.results.map((r) => [r.quote, r.period])).toEqual([["全区地区生产总值增长4%", "2020"]]);
    expect(analysed.commitments.map((c) => [c.quote, c.deadline])).toEqual([["全区地区生产总值增长8%", 2021]]);
  });
});

describe("a report without a title block that starts at its first part", () => {
  it("does not take the review for a title block when a later paragraph opens on 各位代表! (高唐 2025)", () => {
    const analysed = report([
      "2024年工作回顾",
      "2024年是实现“十四五”规划目标任务的关键一年。地区生产总值增长6.1%。",
      "我们始终保持发展定力，经济运行跑出新速度",
      "主要经济指标保持向上向好势头，规上工业增加值增长8%。",
      "各位代表!惟其磨砺，始得玉成。过去一年的成绩来之不易，新增城镇就业5000人。",
      "2025年工作目标任务",
      "综合考虑各方面的因素，今年经济社会发展主要预期目标是：地区生产总值增长6%左右。",
    ]);
    expect(analysed.report).toMatchObject({ title: null, reviewPeriod: "2024", planYear: 2025 });
    expect(analysed.sections.map((s) => [s.level, s.part])).toEqual([
      [1, "review"],
      [2, "review"],
      [1, "plan"],
    ]);
    expect(analysed.results.map((r) => r.quote)).toEqual([
      "地区生产总值增长6.1%",
      "规上工业增加值增长8%",
      "新增城镇就业5000人",
    ]);
    expect(analysed.commitments.map((c) => c.quote)).toEqual(["地区生产总值增长6%左右"]);
  });
});

describe("part headings that look like sections", () => {
  it("keeps an unnumbered plan part written as a statement a part of its own", () => {
    const analysed = report([
      "尊敬的各位代表、各位委员、同志们：",
      "站在新起点：2012年工作回顾",
      "2012年，全县生产总值完成36亿元，增长12%。",
      "乘势而上，奋力开创全面小康新局面",
      "今年全县生产总值增长12%以上。",
    ]);
    expect(analysed.sections.map((s) => [s.level, s.part])).toEqual([
      [1, "review"],
      [1, "plan"],
    ]);
    expect(analysed.commitments.map((c) => c.quote)).toEqual(["今年全县生产总值增长12%以上"]);
  });
});
