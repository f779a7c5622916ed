import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildChinesePdf, buildDocx, encodeGbk } from "../../../tests/fixtures/reports/builders";
import { readDocument } from "~/domain/document";
import { metricKey } from "~/domain/extraction/metric";
import type { AnalysedReport, Commitment } from "~/domain/extraction/types";
import { NotAReportError, analyseReport } from "~/domain/report/analyse";

const corpus = (name: string) => readFileSync(`data/reports/${name}`, "utf8");
const fixture = (name: string) => readFileSync(`tests/fixtures/reports/${name}`, "utf8");
const squash = (text: string) => text.replace(/\s+/g, "");

function find(report: AnalysedReport, quote: string, target?: number): Commitment {
  const found = report.commitments.find(
    (c) => squash(c.quote).includes(quote) && (target === undefined || c.target === target),
  );
  if (!found) throw new Error(`no commitment quoting ${quote}`);
  return found;
}

function expectOffsetsPointAtQuotes(raw: string, report: AnalysedReport): void {
  for (const item of [...report.commitments, ...report.results]) {
    expect(squash(raw.slice(item.start, item.end)).normalize("NFKC")).toBe(squash(item.quote).normalize("NFKC"));
  }
  for (const section of report.sections) {
    expect(squash(raw.slice(section.start, section.end)).startsWith(squash(section.heading))).toBe(true);
  }
}

describe("analyseReport on the reference reports", () => {
  it("reads the PDF-text report of 张店 2025 as the contract's example says", () => {
    const raw = corpus("zhangdian-2025.txt");
    const report = analyseReport(raw);
    expect(report.report).toEqual({
      jurisdiction: "张店区",
      level: "district",
      year: 2025,
      title: "2025年政府工作报告",
      reviewPeriod: "2024",
      planYear: 2025,
      meeting: "张店区第十八届人民代表大会第四次会议",
      speaker: "代理区长 于寿磊",
      date: null,
    });
    expect(report.sections.filter((s) => s.level === 1).map((s) => [s.heading, s.part])).toEqual([
      ["一、2024年政府工作回顾", "review"],
      ["二、2025年工作总体要求、主要目标和重点任务", "plan"],
      ["三、努力建设人民满意的服务型政府", "other"],
    ]);
    expect(find(report, "新增城镇就业1.3万人以上")).toMatchObject({
      section: "（六）提升民生供给力，构筑高质量发展新优势",
      sector: "社会保障",
      kind: "numeric",
      metric: "新增城镇就业",
      target: 1.3,
      unit: "万人",
      comparator: ">=",
      growth: false,
      deadline: 2025,
    });
    expect(report.results.find((r) => squash(r.quote).includes("新增城镇就业1.69万人"))).toMatchObject({
      metric: "新增城镇就业",
      value: 1.69,
      unit: "万人",
      period: "2024",
      estimated: false,
    });
    expect(report.results.find((r) => r.quote.includes("预计地区生产总值"))).toMatchObject({
      value: 5.5,
      growth: true,
      estimated: true,
    });
    expect(report.commitments.some((c) => /票决|候选/.test(c.quote))).toBe(false);
    expectOffsetsPointAtQuotes(raw, report);
  });

  it("reads five-year goals and the plan year of 张店 2022 (parts that lost their numbers)", () => {
    const raw = corpus("zhangdian-2022.txt");
    const report = analyseReport(raw);
    expect(report.report).toMatchObject({
      jurisdiction: "张店区",
      year: 2022,
      reviewPeriod: "2017-2021",
      planYear: 2022,
      title: null,
    });
    expect(find(report, "地区生产总值年均增长7%以上")).toMatchObject({
      growth: true,
      deadline: 2026,
      comparator: ">=",
    });
    expect(find(report, "地区生产总值增长6%以上")).toMatchObject({
      deadline: 2022,
      section: "2022年政府工作的目标任务和工作重点",
    });
    expect(find(report, "两年内完成全区雨污分流管网改造")).toMatchObject({ kind: "deliverable", deadline: 2023 });
    const fiveYear = report.results.find((r) => r.quote.includes("年均增长5.3%"));
    const lastYear = report.results.find((r) => r.quote.includes("拆迁盘活闲置低效用地1500余亩"));
    expect(fiveYear?.period).toBe("2017-2021");
    expect(lastYear?.period).toBe("2021");
    expectOffsetsPointAtQuotes(raw, report);
  });

  it("leaves the glossary of 淄川 2023 out and keeps slogans' numbers out", () => {
    const raw = corpus("zichuan-2023.txt");
    const report = analyseReport(raw);
    expect(
      report.commitments.some((c) => c.quote.includes("7000亿元") || c.quote.includes("智能香菇种植大棚，带动")),
    ).toBe(false);
    expect(report.commitments.some((c) => c.quote.includes("3510"))).toBe(false);
    expect(find(report, "挺进全省前45名")).toMatchObject({ target: 45, unit: "名", comparator: "<=", deadline: null });
    expect(find(report, "力争2—3年", 50)).toMatchObject({ deadline: 2025, comparator: ">=" });
    expect(find(report, "年内不良贷款率控制在1.5%以内")).toMatchObject({ comparator: "<=", target: 1.5 });
    expectOffsetsPointAtQuotes(raw, report);
  });

  it("extracts the plan from newspaper copy with ASCII punctuation and a caption inside a sentence", () => {
    const raw = corpus("zhangdian-2022-news.txt");
    const report = analyseReport(raw);
    expect(report.report).toMatchObject({ jurisdiction: "张店区", planYear: 2022, reviewPeriod: null });
    expect(report.results).toEqual([]);
    expect(report.commitments.length).toBeGreaterThan(30);
    expect(find(report, "策划实施重点项目73个")).toMatchObject({ target: 73, unit: "个", deadline: 2022 });
    expect(find(report, "年内城镇新增就业1万人以上")).toMatchObject({ target: 1, unit: "万人", comparator: ">=" });
    expectOffsetsPointAtQuotes(raw, report);
  });

  it("reads 天桥 2025 (PDF text, headings wrapped onto a second line)", () => {
    const raw = corpus("tianqiao-2025.txt");
    const report = analyseReport(raw);
    expect(report.report).toMatchObject({ jurisdiction: "天桥区", year: 2025, date: "2025-01-07", planYear: 2025 });
    expect(find(report, "新增城镇就业1.74万人以上")).toMatchObject({
      target: 1.74,
      unit: "万人",
      comparator: ">=",
      deadline: 2025,
    });
    expect(find(report, "实际使用外资4500万美元")).toMatchObject({ target: 4500, unit: "万美元", comparator: "=" });
    expectOffsetsPointAtQuotes(raw, report);
  });

  it("gives matching metric keys to a promise and the next report's result", () => {
    const promise = find(analyseReport(corpus("zhangdian-2022.txt")), "年内城镇新增就业1万人以上");
    const result = analyseReport(corpus("zhangdian-2025.txt")).results.find((r) =>
      r.quote.includes("新增城镇就业1.69万人"),
    );
    expect(metricKey(promise.metric)).toBe(metricKey(result!.metric));
  });
});

describe("analyseReport on reports of other places and layouts", () => {
  it("reads a county report with 第一部分 parts, full-width digits, Chinese numerals and a glossary", () => {
    const raw = fixture("county-2024-parts.txt");
    const report = analyseReport(raw);
    expect(report.report).toMatchObject({
      jurisdiction: "临河县",
      year: 2024,
      planYear: 2024,
      reviewPeriod: "2023",
      date: "2024-01-10",
      speaker: "县长 王立新",
    });
    const targets = report.commitments.map(
      (c) =>
        `${c.kind === "numeric" ? `${c.target}${c.unit}${c.comparator}` : "✓"}${c.growth ? "↑" : ""} ${c.deadline} ${c.metric}`,
    );
    expect(targets).toEqual([
      "6%~↑ 2024 地区生产总值增速",
      "5%>=↑ 2024 一般公共预算收入增速",
      "8%=↑ 2024 固定资产投资增速",
      "5.5%<= 2024 城镇调查失业率",
      "40万吨>= 2024 粮食产量",
      "70个>= 2024 县级重点项目",
      "95亿元= 2024 年度计划投资",
      "✓ 2024 临河物流园二期开工",
      "✓ 2024 光伏组件产业园建成投产",
      "25个= 2024 新签约过亿元项目",
      "40亿元>= 2024 到位县外资金",
      "15家>= 2024 新增规模以上工业企业",
      "2家>= 2024 新增高新技术企业",
      "60公里= 2024 新建改造县乡道路",
      "18个= 2024 改造老旧小区",
      "3500户= 2024 惠及居民",
      "✓ 2025 县城雨污分流改造完成",
      "✓ 2024 临河至平川快速路开工建设",
      "2个= 2024 片区棚户区改造",
      "2万亩= 2024 建设高标准农田",
      "13个= 2024 新增省级美丽乡村示范村",
      "65万亩>= 2024 粮食播种面积",
      "1万人>= 2024 城镇新增就业",
      "3000人次= 2024 职业技能培训",
      "8000人>= 2024 农村劳动力转移就业",
      "4所= 2024 新建、改扩建中小学",
      "2000个= 2024 新增学位",
      "✓ 2024 县中医院门诊楼建成投用",
      "✓ 2024 省级卫生县城争创",
      "850元= 2024 城乡低保标准",
      "680元= 2024 城乡低保标准",
      "20处= 2024 新建村级养老服务站",
    ]);
    expect(report.results.filter((r) => r.estimated).map((r) => r.value)).toEqual([6.2, 12.6, 8.1, 10]);
    expectOffsetsPointAtQuotes(raw, report);
  });

  it("reads the same county report saved as GBK", async () => {
    const { text } = await readDocument(encodeGbk(fixture("county-2024-parts.txt")), "report.txt");
    expect(analyseReport(text).commitments).toHaveLength(
      analyseReport(fixture("county-2024-parts.txt")).commitments.length,
    );
  });

  it("reads a report with a five-year review, five-year goals and a plan year", () => {
    const report = analyseReport(fixture("district-2021-five-year.txt"));
    expect(report.report).toMatchObject({ jurisdiction: "青石区", reviewPeriod: "2016-2020", planYear: 2021 });
    expect(find(report, "人均预期寿命达到81岁")).toMatchObject({ target: 81, unit: "岁", deadline: 2025 });
    expect(find(report, "到2025年突破600亿元")).toMatchObject({
      target: 600,
      unit: "亿元",
      comparator: ">=",
      deadline: 2025,
    });
    expect(find(report, "用3年时间完成背街小巷整治提升")).toMatchObject({ kind: "deliverable", deadline: 2023 });
    expect(find(report, "为2.5万名困难群众", 2.5)).toMatchObject({ unit: "万名" });
    // Numbers that are names are no targets; 开通12345热线区级分平台 itself may be a deliverable (the learned decision
    // takes it since round deliv12f), a quoted plan's name and a recurring event are none.
    expect(report.commitments.some((c) => c.kind === "numeric" && /24小时|12345|15分钟/.test(c.quote))).toBe(false);
    expect(report.commitments.some((c) => /24小时|三纵三横|常态化/.test(c.quote))).toBe(false);
    expect(report.commitments.some((c) => c.quote.includes("压减10%"))).toBe(false);
    expect(report.results.find((r) => r.quote.includes("预计地区生产总值增长3.1%"))).toMatchObject({
      period: "2020",
      estimated: true,
    });
    expect(report.results.find((r) => r.quote.includes("年均增长6.8%"))).toMatchObject({
      period: "2016-2020",
      growth: true,
    });
  });

  it("reads PDF text without blank lines, with dash and page footers and a number broken across lines", () => {
    const report = analyseReport(fixture("donggang-2024-pdf-text.txt"));
    expect(report.report).toMatchObject({ jurisdiction: "东港区", date: "2024-01-16", planYear: 2024 });
    expect(report.results.find((r) => r.value === 9860)).toMatchObject({ metric: "城镇新增就业", unit: "人" });
    expect(find(report, "PM2.5平均浓度控制在30微克/立方米以内")).toMatchObject({
      target: 30,
      unit: "微克/立方米",
      comparator: "<=",
    });
    expect(find(report, "单位地区生产总值能耗下降2.5%")).toMatchObject({
      growth: true,
      metric: "单位地区生产总值能耗降幅",
    });
    expect(find(report, "海川锂电池项目")).toMatchObject({ kind: "deliverable", entities: ["海川锂电池项目"] });
    expect(report.commitments.some((c) => /10分钟|28家|企业上市$/.test(c.quote))).toBe(false);
  });

  it("reads a web page with ASCII punctuation through readDocument", async () => {
    const { text } = await readDocument(readFileSync("tests/fixtures/reports/beiling-2023-web.html"));
    const report = analyseReport(text);
    expect(report.report).toMatchObject({
      jurisdiction: "北岭县",
      title: "2023年北岭县政府工作报告",
      planYear: 2023,
      reviewPeriod: "2022",
    });
    expect(find(report, "北岭港集装箱吞吐量达到20万标准箱")).toMatchObject({ target: 20, unit: "万标准箱" });
    expect(find(report, "县人民医院创成三级医院")).toMatchObject({ kind: "deliverable" });
    expect(report.commitments.some((c) => /12345|15分钟/.test(c.quote))).toBe(false);
  });

  it("reads plan items numbered 一是…五是, 分别 with one number per metric, thresholds inside metrics", () => {
    const report = analyseReport(fixture("shuanghe-2024-ordinals.txt"));
    expect(report.report).toMatchObject({
      jurisdiction: "双河区",
      title: "2024年双河区政府工作报告",
      reviewPeriod: "2023",
      planYear: 2024,
    });
    const accidents = report.commitments.filter((c) => c.quote.includes("分别下降"));
    expect(accidents.map((c) => [c.metric, c.target, c.growth])).toEqual([
      ["生产安全事故起数降幅", 10, true],
      ["死亡人数降幅", 8, true],
    ]);
    expect(find(report, "新建改扩建幼儿园5所")).toMatchObject({ metric: "新建改扩建幼儿园", target: 5, unit: "所" });
    expect(find(report, "为3至5个街道")).toMatchObject({ target: 3, comparator: ">=" });
    expect(find(report, "其中10亿元以上项目5个")).toMatchObject({ target: 5, metric: "10亿元以上项目" });
    expect(find(report, "城东大道10月底前建成通车")).toMatchObject({ kind: "deliverable", deadline: 2024 });
    expect(report.commitments.some((c) => /1251|1\+6\+N|百日攻坚|15分钟|三年行动|压减10%|120%/.test(c.quote))).toBe(
      false,
    );
    expect(report.commitments.some((c) => c.target === 5 && c.unit === "G")).toBe(false);
    expect(report.results.filter((r) => r.kind === "deliverable").map((r) => r.entities[0] ?? r.metric)).toHaveLength(
      4,
    );
    expect(report.results.find((r) => r.quote === "比上年增长5.9%")).toMatchObject({
      metric: "地区生产总值增速",
      period: "2023",
    });
  });

  it("reads the same county report from a Word document", async () => {
    const paragraphs = fixture("county-2024-parts.txt")
      .split("\n")
      .filter((line) => line.trim())
      .map((text) => ({ text, heading: /^第.部分/.test(text) }));
    const { text, sourceType } = await readDocument(await buildDocx(paragraphs), "report.docx");
    expect(sourceType).toBe("docx");
    const fromWord = analyseReport(text).commitments.map((c) => [c.metric, c.target, c.deadline]);
    expect(fromWord).toEqual(
      analyseReport(fixture("county-2024-parts.txt")).commitments.map((c) => [c.metric, c.target, c.deadline]),
    );
  });

  it("reads a report drawn into a PDF", async () => {
    const lines = fixture("donggang-2024-pdf-text.txt")
      .split("\n")
      .filter((line) => line.trim());
    const pdf = buildChinesePdf([lines.slice(0, 30), lines.slice(30)], { splitRuns: true });
    const { text } = await readDocument(pdf);
    const report = analyseReport(text);
    expect(report.report.jurisdiction).toBe("东港区");
    expect(report.commitments.length).toBe(analyseReport(fixture("donggang-2024-pdf-text.txt")).commitments.length);
  });
});

describe("analyseReport on a numbered list of targets", () => {
  it("reads numbered targets as targets, not as headings, and leaves their numbers out of metrics", () => {
    const raw = [
      "各位代表：",
      "一、2024年工作回顾",
      "一年来，全区生产总值增长5.2%，新增城镇就业1.4万人。",
      "二、2025年工作安排",
      "主要预期目标是：",
      "（1）地区生产总值增长6%左右；",
      "（2）新增城镇就业1.2万人以上；",
      "（3）居民收入增长与经济增长同步。",
      "（一）扩大有效投资",
      "1.实施重点项目100个以上，完成投资200亿元。",
    ].join("\n");
    const report = analyseReport(raw);
    expect(report.sections.map((s) => s.heading)).toEqual([
      "一、2024年工作回顾",
      "二、2025年工作安排",
      "（一）扩大有效投资",
    ]);
    expect(report.commitments.map((c) => [c.metric, c.target, c.comparator])).toEqual([
      ["地区生产总值增速", 6, "~"],
      ["新增城镇就业", 1.2, ">="],
      ["重点项目", 100, ">="],
      ["投资", 200, "="],
    ]);
  });
});

describe("analyseReport on items numbered inside a paragraph", () => {
  it("reads (1)…(n) and ①… run into one paragraph as separate items without their numbers", () => {
    const raw = [
      "各位代表：",
      "二、明年工作安排",
      "今年为民办好以下实事：（1）开工建设城北污水处理厂。（2）完成南湖片区雨污分流改造。③新建社区食堂12处，老年助餐点30个以上。",
    ].join("\n");
    const report = analyseReport(raw);
    expect(report.commitments.map((c) => [c.quote, c.kind, c.target])).toEqual([
      ["开工建设城北污水处理厂", "deliverable", null],
      ["完成南湖片区雨污分流改造", "deliverable", null],
      ["新建社区食堂12处", "numeric", 12],
      ["老年助餐点30个以上", "numeric", 30],
    ]);
  });
});

describe("analyseReport on lists of practical projects", () => {
  it("drops an item's programme name when its numbers follow, keeps a completed facility", () => {
    const raw = [
      "各位代表：",
      "二、明年工作安排",
      "一是实施城乡供水提升工程，新建水厂2座，改造供水管网45公里。",
      "二是建成河西养老服务中心，床位不少于200张。",
    ].join("\n");
    const report = analyseReport(raw);
    expect(report.commitments.map((c) => [c.quote, c.kind, c.target])).toEqual([
      ["新建水厂2座", "numeric", 2],
      ["改造供水管网45公里", "numeric", 45],
      ["建成河西养老服务中心", "deliverable", null],
      ["床位不少于200张", "numeric", 200],
    ]);
  });

  it("reads an outline flattened into one line per item", () => {
    const raw = [
      "各位代表：",
      "二、明年工作安排",
      "一、改善城乡交通",
      "（一）购置新能源公交车80辆",
      "（二）建成东湖路北延工程",
      "（三）开通夜间公交线路6条",
      "二、扩大教育资源",
      "（一）新建、改扩建公办幼儿园9所，新增学位2700个",
    ].join("\n");
    const report = analyseReport(raw);
    expect(report.commitments.map((c) => [c.quote, c.kind, c.target])).toEqual([
      ["购置新能源公交车80辆", "numeric", 80],
      ["建成东湖路北延工程", "deliverable", null],
      ["开通夜间公交线路6条", "numeric", 6],
      ["新建、改扩建公办幼儿园9所", "numeric", 9],
      ["新增学位2700个", "numeric", 2700],
    ]);
  });
});

describe("analyseReport on short lines that hold targets", () => {
  it("does not take a short line or lead sentence with a target for a heading, and skips questions", () => {
    const raw = [
      "各位代表：",
      "二、明年工作安排",
      "城乡建设",
      "改造老旧小区42个",
      "实施区级重点项目65个。开工建设东湖学校，推进西站片区开发。",
      "新开多少条公交线路？我们将新开公交线路6条。",
    ].join("\n");
    const report = analyseReport(raw);
    expect(report.sections.map((s) => s.heading)).toEqual(["二、明年工作安排"]);
    expect(report.commitments.map((c) => [c.quote, c.target])).toEqual([
      ["改造老旧小区42个", 42],
      ["实施区级重点项目65个", 65],
      ["开工建设东湖学校", null],
      ["我们将新开公交线路6条", 6],
    ]);
  });
});

describe("NotAReportError", () => {
  const notReports = {
    lorem:
      "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. ".repeat(
        20,
      ),
    recipe:
      "红烧肉的做法\n准备五花肉500克，冰糖30克，生抽两勺，老抽一勺。\n五花肉切成3厘米见方的块，冷水下锅焯水5分钟，捞出沥干。\n锅中放少许油，加入冰糖小火炒出糖色，放入肉块翻炒上色。\n加入生抽、老抽和开水，没过肉块，大火烧开后转小火炖60分钟，最后大火收汁即可。",
    prose:
      "秋天的傍晚，我沿着河边慢慢散步。夕阳把水面染成金色，远处的山影渐渐模糊。几个孩子在草地上追逐，笑声传得很远。我想起小时候和外婆一起在院子里乘凉的日子，那时的星星好像比现在更亮。",
  };
  for (const [name, text] of Object.entries(notReports)) {
    it(`is thrown for ${name}`, () => {
      expect(() => analyseReport(text)).toThrow(NotAReportError);
    });
  }

  it("carries a one-line message", () => {
    expect(() => analyseReport(notReports.prose)).toThrow(/^Not a government work report: [^\n]+$/);
  });
});

describe("analyseReport: run-in item headings", () => {
  it("takes a deliverable from an item heading that is a whole sentence, not its numbers", () => {
    const report = analyseReport(
      "二、2026年工作安排\n今年将办好以下民生实事。\n3.开工建设城西第二中学新校区。确保城南小学秋季投入使用。\n",
    );
    const quotes = report.commitments.map((c) => `${c.kind}:${c.quote}`);
    expect(quotes).toContain("deliverable:开工建设城西第二中学新校区");
    expect(quotes).toContain("deliverable:确保城南小学秋季投入使用");
  });
});
