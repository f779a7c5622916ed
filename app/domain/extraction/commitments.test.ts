import { describe, expect, it } from "vitest";
import { analyseReport } from "~/domain/report/analyse";
import { reportsPast } from "~/domain/extraction/commitments";

const plan = (body: string) =>
  analyseReport(`二、2026年工作安排\n${body}\n`).commitments.map((c) => [c.kind, c.target, c.quote]);

describe("reportsPast: sentences of a plan paragraph that tell last year's results", () => {
  it("starts a run on a past period and ends it where the text turns to the plan", () => {
    expect(reportsPast("刚刚过去的2025年,全县完成新建道路12条", 2026, false)).toBe(true);
    expect(reportsPast("会上介绍,过去的一年实现生产总值80亿元", 2026, false)).toBe(true);
    expect(reportsPast("预计全年一般公共预算收入增长6%", 2026, false)).toBe(true);
    expect(reportsPast("2025成绩增长7%", 2026, false)).toBe(true);
    expect(reportsPast("完成固定资产投资90亿元,增长5%", 2026, true)).toBe(true);
    expect(reportsPast("今年新建道路15条", 2026, true)).toBe(false);
    expect(reportsPast("2026年新建道路15条", 2026, true)).toBe(false);
    expect(reportsPast("新建道路15条", 2026, false)).toBe(false);
    expect(reportsPast("到2020年新建道路15条", null, false)).toBe(false);
  });

  it("leaves out a sentence that only says where the place stands, and nothing after it", () => {
    expect(plan("全市公园面积超过300公顷 居全省第二。新建学校3所，新建道路5公里。").map((c) => c[1])).toEqual([3, 5]);
    const quotes = plan("开工建设南湖大桥，建成后主跨居全国第一。新建学校3所。").map((c) => c[2]);
    expect(quotes).toEqual(expect.arrayContaining(["开工建设南湖大桥", "新建学校3所"]));
  });

  it("leaves out last year's figures of a news story but keeps the targets beside them", () => {
    const found = plan(
      "记者介绍,2025年,全镇经济稳中向好。预计全年完成固定资产投资30亿元,增长6%。社会消费品零售总额12亿元。今年,全镇新建村级公路20公里,改造危房150户。",
    );
    expect(found.map((c) => c[1])).toEqual([20, 150]);
  });
});

describe("extractCommitments: an investment figure and a milestone in one clause", () => {
  it("gives both the investment and the milestone", () => {
    const found = plan("总投资8.2亿元的青石河水库将在年内开工建设,年内城南医院住院楼封顶。");
    expect(found).toEqual([
      ["numeric", 8.2, "总投资8.2亿元的青石河水库将在年内开工建设"],
      ["deliverable", null, "总投资8.2亿元的青石河水库将在年内开工建设"],
      ["deliverable", null, "年内城南医院住院楼封顶"],
    ]);
  });

  it("gives each numbered item of a list the lead's verb", () => {
    const found = plan("年内完成8项惠民工程,其中道路工程2项:(1)青石路北延工程(2)南环线大修工程。");
    expect(found.filter(([kind]) => kind === "deliverable").map(([, , quote]) => quote)).toEqual([
      "青石路北延工程",
      "南环线大修工程",
    ]);
  });

  it("keeps the money spent before the work's own count", () => {
    const found = plan("投资2600万元建成保障性租赁住房300套,新建停车位500个。");
    expect(found.map((c) => c[1])).toEqual([2600, 300, 500]);
  });

  it("does not count the number of practical things a list is about to give", () => {
    const found = plan("这8件民生实事件件关系群众切身利益,新建公办幼儿园4所。");
    expect(found.map((c) => c[1])).toEqual([4]);
  });

  it("gives one target to each item of a list followed by 各", () => {
    const found = analyseReport("二、2026年工作安排\n今年完成蔬菜保供基地、绿色防控基地各5000亩。\n").commitments;
    expect(found.map((c) => [c.target, c.metric])).toEqual([
      [5000, expect.stringContaining("蔬菜保供基地")],
      [5000, "绿色防控基地"],
    ]);
  });
});

describe("extractCommitments: one number said for several names", () => {
  const numeric = (body: string) =>
    analyseReport(`2026年政府工作报告\n各位代表：\n二、2026年工作安排\n${body}\n`)
      .commitments.filter((c) => c.kind === "numeric")
      .map((c) => [c.metric, c.target]);

  it("gives each of several measured things a target of its own", () => {
    expect(numeric("今年烟尘、粉尘排放量都要下降4%")).toHaveLength(2);
    expect(numeric("城镇居民人均可支配收入和农村居民人均可支配收入均增长7%")).toHaveLength(2);
  });

  it("gives numbers listed together one name each, with or without 分别", () => {
    expect(numeric("养老保险和医疗保险参保率保持在92%和97%以上").map((t) => t[1])).toEqual([92, 97]);
    expect(numeric("早稻、中稻、晚稻每斤分别提高2分、4分和1毛钱").map((t) => t[1])).toEqual([2, 4, 1]);
  });

  it("keeps one target for a standard, fee or total shared by several names", () => {
    expect(numeric("把城镇居民医保和新农合的补助标准提高到150元")).toHaveLength(1);
    expect(numeric("全年为企业和个人减税500亿元")).toHaveLength(1);
    expect(numeric("移动和固定宽带平均资费降低10%")).toHaveLength(1);
    expect(numeric("货物、服务贸易进出口总额增长8%")).toHaveLength(1);
    expect(numeric("经济增长目标是在提高质量和效益的基础上年均增长6%")).toHaveLength(1);
  });

  it("keeps a bare 万 after 人口 as written, and counts 万 before 人口 as people", () => {
    const units = (body: string) =>
      analyseReport(`2026年政府工作报告\n各位代表：\n二、2026年工作安排\n${body}\n`).commitments.map((c) => c.unit);
    expect(units("今年减少贫困人口30万以上")).toEqual(["万"]);
    expect(units("解决30万农村人口的饮水安全问题")).toEqual(["万人"]);
  });
});

describe("extractCommitments: two completed things joined by 、", () => {
  it("gives each its own deliverable", () => {
    const found = analyseReport(
      `2026年政府工作报告\n各位代表：\n二、2026年工作安排\n城东污水厂全面建成投用、西区水厂年内开工。\n`,
    ).commitments.map((c) => c.quote);
    expect(found).toEqual(["城东污水厂全面建成投用", "西区水厂年内开工"]);
  });
});

describe("extractCommitments: one count given to each named thing (各)", () => {
  const metrics = (body: string) =>
    analyseReport(`二、2026年工作安排\n${body}\n`).commitments.map((c) => [c.metric, c.target, c.unit]);

  it("gives every thing joined by 和, 及 or 、 before 各 its own target, in Arabic or Chinese numerals", () => {
    expect(metrics("年内建成养老服务中心及托育中心各2家。")).toEqual([
      ["建成养老服务中心", 2, "家"],
      ["托育中心", 2, "家"],
    ]);
    expect(metrics("新建文化广场和体育公园各一处。")).toEqual([
      ["新建文化广场", 1, "处"],
      ["体育公园", 1, "处"],
    ]);
  });
});

describe("named items of a list of works", () => {
  const quotes = (body: string) => analyseReport(`二、2026年工作安排\n${body}\n`).commitments.map((c) => c.quote);

  it("takes each named item under a lead that obliges, within the lead's own section", () => {
    const found = quotes(
      "（一）抓好项目建设\n今年重点实施以下项目：\n1.北塘路拓宽改造工程；\n2.西岭水库除险加固工程。\n（二）深化改革\n1.城东新区建设。",
    );
    expect(found.some((q) => q.includes("北塘路拓宽改造工程"))).toBe(true);
    expect(found.some((q) => q.includes("城东新区"))).toBe(false);
  });

  it("takes nothing from a list of paperwork to do", () => {
    expect(quotes("今年办理以下项目前期手续：东岭大街改造工程、南关桥改造工程。")).toEqual([]);
  });
});
