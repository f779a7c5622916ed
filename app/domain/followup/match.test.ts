import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { deliverable, fixture, MINGHU_2023, numeric, reviewOf } from "~/domain/followup/fixture.test-helpers";
import { matchFollowUps, type PromiseInput } from "~/domain/followup/match";

const OWN = { ownNames: ["明湖区", "明湖"] };
const minghu2024 = reviewOf(fixture("minghu-2024.txt"), "一、2023年工作回顾", "二、2024年主要目标和重点任务", "2023");

function matchOne(promise: PromiseInput, review = minghu2024) {
  return matchFollowUps([promise], review, OWN)[0]!;
}

describe("matching a plan to the next year's review (明湖区 fixtures)", () => {
  const matches = matchFollowUps(
    MINGHU_2023.map(([p]) => p),
    minghu2024,
    OWN,
  );

  it.each(MINGHU_2023.map(([p, verdict], i) => [p.quote, verdict, i] as const))("%s → %s", (_quote, verdict, i) => {
    expect(matches[i]!.verdict).toBe(verdict);
  });

  it("quotes the result and its value as written", () => {
    const jobs = matches[MINGHU_2023.findIndex(([p]) => p.metric === "城镇新增就业")]!;
    expect(jobs.result).toMatchObject({ quote: "新增就业13560人", value: 13560, unit: "人" });
    const revenue = matches[1]!;
    expect(revenue.result?.quote).toBe("一般公共预算收入完成28.6亿元，增长4.2%");
    expect(revenue.result?.value).toBe(4.2);
  });

  it("gives sure matches high confidence and not-mentioned ones less", () => {
    expect(matches[0]!.confidence).toBeGreaterThanOrEqual(0.85);
    for (const m of matches) expect(m.confidence).toBeGreaterThan(0);
    for (const m of matches.filter((m) => m.verdict === "not_mentioned"))
      expect(m.confidence).toBeLessThan(matches[0]!.confidence);
  });

  it("lets one clause report on two projects it names, but never gives one figure to two promises", () => {
    const [ruifeng, huasheng] = [13, 14].map((i) => matches[i]!);
    expect(ruifeng.result?.quote).toBe(huasheng.result?.quote);
    const figures = matches.filter((m) => m.result?.value != null).map((m) => `${m.result!.start}:${m.result!.value}`);
    expect(new Set(figures).size).toBe(figures.length);
  });
});

describe("distractors", () => {
  it("ignores five-year totals and averages for a yearly target", () => {
    const text =
      "一、2023年工作回顾\n本届政府以来，累计新增城镇就业5.9万人，地区生产总值年均增长6.8%。\n二、2024年目标\n";
    const review = reviewOf(text, "一、2023年工作回顾", "二、2024年目标", "2023");
    expect(matchOne(numeric("城镇新增就业1.2万人以上", "城镇新增就业", 1.2, "万人", ">="), review).verdict).toBe(
      "not_mentioned",
    );
    expect(matchOne(numeric("地区生产总值增长6%左右", "地区生产总值", 6, "%", "~", true), review).verdict).toBe(
      "not_mentioned",
    );
  });

  it("ignores figures of other years and other metrics", () => {
    const text =
      "一、2023年工作回顾\n高新技术企业总数达到186家，较2020年翻一番。新增市级研发平台12家。培训技能人才1.5万人次。\n二、2024年目标\n";
    const review = reviewOf(text, "一、2023年工作回顾", "二、2024年目标", "2023");
    expect(matchOne(numeric("新增省级以上研发平台5家", "新增省级以上研发平台", 5, "家", null), review).verdict).toBe(
      "not_mentioned",
    );
    expect(matchOne(numeric("城镇新增就业1.2万人以上", "城镇新增就业", 1.2, "万人", ">="), review).verdict).toBe(
      "not_mentioned",
    );
  });

  it("compares growth only with growth, and reads 预计 estimates as results", () => {
    const text =
      "一、2023年工作回顾\n一般公共预算收入完成28.6亿元。预计地区生产总值达到612亿元，增长6.3%。\n二、2024年目标\n";
    const review = reviewOf(text, "一、2023年工作回顾", "二、2024年目标", "2023");
    expect(
      matchOne(numeric("一般公共预算收入增长5%以上", "一般公共预算收入", 5, "%", ">=", true), review).verdict,
    ).toBe("not_mentioned");
    const gdp = matchOne(numeric("地区生产总值增长6%左右", "地区生产总值", 6, "%", "~", true), review);
    expect(gdp).toMatchObject({ verdict: "achieved", result: { value: 6.3 } });
  });

  it("reads a fall as a negative growth rate, and a milestone promised as reached", () => {
    const text =
      "一、2023年工作回顾\n固定资产投资下降3.2%，县人民医院新院区主体完工，老城区雨污分流改造完成80%。\n二、2024年目标\n";
    const review = reviewOf(text, "一、2023年工作回顾", "二、2024年目标", "2023");
    const investment = matchOne(numeric("固定资产投资增长6%", "固定资产投资", 6, "%", null, true), review);
    expect(investment).toMatchObject({ verdict: "missed", result: { value: 3.2 } });
    expect(matchOne(deliverable("县人民医院新院区主体完工", ["县人民医院新院区"]), review).verdict).toBe("achieved");
    expect(matchOne(deliverable("县人民医院新院区建成投用", ["县人民医院新院区"]), review).verdict).toBe("in_progress");
    expect(matchOne(deliverable("完成老城区雨污分流改造", ["老城区雨污分流"]), review).verdict).toBe("in_progress");
  });

  it("keeps a start promise open when only the papers are done, and a signing promise kept when signed", () => {
    const text =
      "一、2023年工作回顾\n海韵路跨河大桥完成前期手续，计划于今年3月开工。云帆数据中心项目成功签约。\n二、2024年目标\n";
    const review = reviewOf(text, "一、2023年工作回顾", "二、2024年目标", "2023");
    expect(matchOne(deliverable("开工建设海韵路跨河大桥", ["海韵路跨河大桥"]), review).verdict).toBe("in_progress");
    expect(matchOne(deliverable("签约引进云帆数据中心项目", ["云帆数据中心"]), review).verdict).toBe("achieved");
  });

  it("reads a policy act or an event named again as done, and a look-alike system as another", () => {
    const text =
      "一、2023年工作回顾\n取消城区临时停车收费。河湖长制全面实施。建立重特大疾病医疗救助制度。成功举办第三届湖滨国际马拉松赛。\n二、2024年目标\n";
    const review = reviewOf(text, "一、2023年工作回顾", "二、2024年目标", "2023");
    expect(matchOne(deliverable("取消城区临时停车收费"), review).verdict).toBe("achieved");
    expect(matchOne(deliverable("全面实施河湖长制", ["河湖长制"]), review).verdict).toBe("achieved");
    expect(matchOne(deliverable("建立临时救助制度", ["临时救助制度"]), review).verdict).toBe("not_mentioned");
    const race = matchOne(deliverable("继续办好第三届湖滨国际马拉松赛暨全民健身节", ["继续"]), review);
    expect(race).toMatchObject({ verdict: "achieved", result: { quote: "成功举办第三届湖滨国际马拉松赛" } });
  });

  it("reads a numeric target's outcome in words: a list of kinds restated, the act done, a ceiling kept", () => {
    const text = [
      "一、2023年工作回顾",
      "砖瓦、石灰等8个行业压减过剩产能年度任务全面完成。",
      "提高城乡低保、特困供养人员救助等标准。",
      "居民消费价格涨幅保持较低水平。",
      "外贸进出口总额有所下降，预期增长目标未能实现。",
      "二、2024年目标",
    ].join("\n");
    const review = reviewOf(text, "一、2023年工作回顾", "二、2024年目标", "2023");
    const kinds = numeric("压减砖瓦30万吨、石灰12万吨等过剩产能", "压减砖瓦", 30, "万吨", null);
    expect(matchOne(kinds, review).verdict).toBe("achieved");
    const standard = numeric("特困供养人员救助标准提高8%", "特困供养人员救助标准", 8, "%", null, true);
    expect(matchOne(standard, review).verdict).toBe("achieved");
    const prices = numeric("居民消费价格涨幅控制在3%左右", "居民消费价格涨幅", 3, "%", "<=", true);
    expect(matchOne(prices, review).verdict).toBe("achieved");
    const trade = numeric("外贸进出口总额增长5%左右", "外贸进出口总额", 5, "%", "~", true);
    expect(matchOne(trade, review).verdict).toBe("missed");
  });

  it("never takes an act said of a look-alike thing, nor done or not done over several years, for the year's target", () => {
    const text = [
      "一、2023年工作回顾",
      "养老、医疗、救助等保障水平提高。",
      "五年来，粮食收购价格累计提高18%，部分指标没有完成规划目标。",
      "二、2024年目标",
    ].join("\n");
    const review = reviewOf(text, "一、2023年工作回顾", "二、2024年目标", "2023");
    const water = numeric("提高8万农村人口供水保障水平", "农村人口供水保障水平", 8, "万人", null);
    expect(matchOne(water, review)).toMatchObject({ verdict: "not_mentioned", result: null });
    const price = numeric("粮食收购价格每斤提高0.1元", "粮食收购价格", 0.1, "元", null);
    expect(matchOne(price, review)).toMatchObject({ verdict: "not_mentioned", result: null });
  });

  it("reads the thing a bare verb promises after its figure (解决2万农村人口的饮水安全问题)", () => {
    const text = "一、2023年工作回顾\n2.3万农村人口饮水安全问题得到解决。\n二、2024年目标\n";
    const review = reviewOf(text, "一、2023年工作回顾", "二、2024年目标", "2023");
    const water = numeric("今年解决2万农村人口的饮水安全问题", "解决", 2, "万人", null);
    expect(matchOne(water, review)).toMatchObject({ verdict: "achieved", result: { value: 2.3 } });
  });

  it("gives each item of a list of figures its own stage (基本建成…、新开工…)", () => {
    const text = "一、2023年工作回顾\n全年人才公寓基本建成320套，新开工人才公寓520套。\n二、2024年目标\n";
    const review = reviewOf(text, "一、2023年工作回顾", "二、2024年目标", "2023");
    const quote = "今年人才公寓基本建成300套、新开工500套";
    const [built, started] = matchFollowUps(
      [numeric(quote, "人才公寓基本建成", 300, "套", null), numeric(quote, "新开工", 500, "套", null)],
      review,
      OWN,
    );
    expect(built).toMatchObject({ verdict: "achieved", result: { value: 320 } });
    expect(started).toMatchObject({ verdict: "achieved", result: { value: 520 } });
  });

  it("reads what a rate noun comes to as a rate (涨幅回落到2.9%)", () => {
    const text = "一、2023年工作回顾\n居民消费价格涨幅回落到2.9%。\n二、2024年目标\n";
    const review = reviewOf(text, "一、2023年工作回顾", "二、2024年目标", "2023");
    const prices = numeric("居民消费价格涨幅控制在3%左右", "居民消费价格涨幅", 3, "%", "~", true);
    expect(matchOne(prices, review)).toMatchObject({ verdict: "achieved", result: { value: 2.9 } });
  });

  it("never reads a year's investment, nor the projects' stage, as their total investment (总投资)", () => {
    const text =
      "一、2023年工作回顾\n实施星河水厂、滨江大道等重点项目13个，全年完成投资25亿元，星河水厂建成通水。\n二、2024年目标\n";
    const review = reviewOf(text, "一、2023年工作回顾", "二、2024年目标", "2023");
    const quote = "实施星河水厂、滨江大道等总投资80亿元的12个重点项目";
    const [total, count] = matchFollowUps(
      [
        { ...numeric(quote, "总投资", 80, "亿元", null), entities: ["星河水厂", "滨江大道"] },
        { ...numeric(quote, "重点项目", 12, "个", null), entities: ["星河水厂", "滨江大道"] },
      ],
      review,
      OWN,
    );
    expect(total).toMatchObject({ verdict: "not_mentioned", result: null });
    expect(count).toMatchObject({ verdict: "achieved", result: { value: 13 } });
  });

  it("never pairs one list's total investment with another's, nor reads it from the projects' stage", () => {
    const text =
      "一、2023年工作回顾\n全年谋划储备项目90个、总投资420亿元。东湖片区、西岭片区等城中村改造项目加快推进。\n二、2024年目标\n";
    const review = reviewOf(text, "一、2023年工作回顾", "二、2024年目标", "2023");
    const size = numeric("提速建设总投资150亿元的20个省、市重点项目", "提速建设总投资", 150, "亿元", null);
    expect(matchOne(size, review)).toMatchObject({ verdict: "not_mentioned", result: null });
    // The analyser gives the count the list's metric (总投资): the words before each figure tell them apart.
    const quote = "加快推进东湖片区、西岭片区等5个总投资40亿元的城中村改造项目";
    const entities = ["东湖片区", "西岭片区"];
    const [count, total] = matchFollowUps(
      [
        { ...numeric(quote, "总投资", 5, "个", null), entities },
        { ...numeric(quote, "总投资", 40, "亿元", null), entities },
      ],
      review,
      OWN,
    );
    expect(count).toMatchObject({
      verdict: "in_progress",
      result: { quote: "东湖片区、西岭片区等城中村改造项目加快推进" },
    });
    expect(total).toMatchObject({ verdict: "not_mentioned", result: null });
  });

  it("never reads 增加值 as a raise (规模以上工业增加值达到19亿元 says nothing of its growth)", () => {
    const text = "一、2023年工作回顾\n规模以上工业增加值达到19亿元。\n二、2024年目标\n";
    const review = reviewOf(text, "一、2023年工作回顾", "二、2024年目标", "2023");
    const growth = numeric("规模以上工业增加值增长5%", "规模以上工业增加值增速", 5, "%", "=", true);
    expect(matchOne(growth, review)).toMatchObject({ verdict: "not_mentioned", result: null });
  });

  it("reads the promised act said again as done (审计, 纳入, 整合), an assessment passed, a step taken", () => {
    const text =
      "一、2023年工作回顾\n及时对区属国有企业债务进行全面审计，摸清了底数。将1200名灵活就业人员纳入工伤保险统筹管理。" +
      "区图书馆顺利通过国家一级馆评估。义务教育优质均衡发展区创建通过省级评估认定。" +
      "城乡居民医疗保障制度向全覆盖迈出重大步伐。\n二、2024年目标\n";
    const review = reviewOf(text, "一、2023年工作回顾", "二、2024年目标", "2023");
    const verdicts = matchFollowUps(
      [
        deliverable("对区属国有企业债务进行全面审计", ["区属国有企业债务"]),
        deliverable("将灵活就业人员纳入工伤保险制度", ["灵活就业人员"]),
        deliverable("完成区图书馆国家一级馆评估", ["区图书馆国家一级馆"]),
        deliverable("争创国家义务教育优质均衡发展区", ["国家义务教育优质均衡发展区"]),
        deliverable("城乡居民医疗保障制度实现全覆盖", ["城乡居民医疗保障制度"]),
      ],
      review,
      OWN,
    ).map((m) => m.verdict);
    expect(verdicts).toEqual(["achieved", "achieved", "achieved", "in_progress", "in_progress"]);
  });

  it("reads the level a change ends at, never the one it started from (由每人每年60元提高到80元)", () => {
    const text = "一、2023年工作回顾\n城乡居民医疗救助补助标准由每人每年60元提高到80元。\n二、2024年目标\n";
    const review = reviewOf(text, "一、2023年工作回顾", "二、2024年目标", "2023");
    const aid = numeric("医疗救助补助标准提高到80元", "医疗救助补助标准", 80, "元", null);
    expect(matchOne(aid, review)).toMatchObject({ verdict: "achieved", result: { value: 80 } });
  });

  it("needs the quantity a target measures in words about it (…服务经费标准 is not …服务均等化)", () => {
    const text = "一、2023年工作回顾\n基本养老服务均等化取得新进展。\n二、2024年目标\n";
    const review = reviewOf(text, "一、2023年工作回顾", "二、2024年目标", "2023");
    const fund = numeric("人均基本养老服务经费标准提高到30元", "人均基本养老服务经费标准", 30, "元", null);
    expect(matchOne(fund, review)).toMatchObject({ verdict: "not_mentioned", result: null });
  });

  it("reads a numbered event carried out (做好, 开展) as done", () => {
    const text = "一、2023年工作回顾\n做好第五次全国经济普查、第三次土壤普查。\n二、2024年目标\n";
    const review = reviewOf(text, "一、2023年工作回顾", "二、2024年目标", "2023");
    const census = deliverable("开展第五次全国经济普查", ["第五次全国经济普查"]);
    expect(matchOne(census, review)).toMatchObject({ verdict: "achieved" });
  });

  it("reads works named again by their size (2.6亿元的…工程) by their stage, not by the amount", () => {
    const text = "一、2023年工作回顾\n投资5亿元的学校、2.6亿元的雨污管网改造等工程进展顺利。\n二、2024年目标\n";
    const review = reviewOf(text, "一、2023年工作回顾", "二、2024年目标", "2023");
    const works = numeric("投资2.6亿元实施排水管网改造工程", "投资", 2.6, "亿元", null);
    expect(matchOne(works, review)).toMatchObject({ verdict: "in_progress" });
  });

  it("reads one works sized by its investment (投资5000万元的…项目) by the works' stage", () => {
    const text =
      "一、2023年工作回顾\n南河导流区加固工程如期完工。投资4.1亿元的区中医院新院区项目完成前期手续。\n二、2024年目标\n";
    const review = reviewOf(text, "一、2023年工作回顾", "二、2024年目标", "2023");
    const [levee, hospital] = matchFollowUps(
      [
        numeric("完成投资6000万元的南河导流区加固扩容项目", "投资", 6000, "万元", "="),
        numeric("启动投资3.6亿元的区人民中医院新院区建设", "启动投资", 3.6, "亿元", "="),
      ],
      review,
      OWN,
    );
    expect(levee).toMatchObject({ verdict: "achieved", result: { quote: "南河导流区加固工程如期完工", value: null } });
    expect(hospital).toMatchObject({ verdict: "in_progress", result: { value: null } });
  });

  it("reads a ratio in a five-year paragraph as the level at its end, and a far ratio as progress to a later one", () => {
    const text =
      "一、“十四五”时期和2023年工作回顾\n“十四五”时期，城乡居民养老保险和医疗保险参保率分别达到99%和96.5%，" +
      "城镇登记失业率控制在4%以内。2023年，全区常住人口城镇化率达到44.1%。\n二、2024年目标\n";
    const review = reviewOf(text, "一、“十四五”时期和2023年工作回顾", "二、2024年目标", "2023");
    const [insured, jobless, urban] = matchFollowUps(
      [
        numeric("城乡居民医疗保险参保率达到95%以上", "城乡居民医疗保险参保率", 95, "%", ">="),
        numeric("城镇登记失业率控制在4.5%以内", "城镇登记失业率", 4.5, "%", "<="),
        { ...numeric("常住人口城镇化率达到60%以上", "常住人口城镇化率", 60, "%", ">="), deadline: 2027 },
      ],
      review,
      OWN,
    );
    expect(insured).toMatchObject({ verdict: "achieved", result: { value: 96.5 } });
    expect(jobless).toMatchObject({ verdict: "achieved", result: { value: 4 } });
    expect(urban).toMatchObject({ verdict: "in_progress", result: { value: 44.1 } });
  });

  it("takes a two-year deadline from the words before the promise in its sentence (今明两年…，…扩招200万人)", () => {
    const text = "一、2023年工作回顾\n高职院校扩招120万人。\n二、2024年目标\n";
    const review = reviewOf(text, "一、2023年工作回顾", "二、2024年目标", "2023");
    const quota = numeric("高职院校扩招200万人", "高职院校扩招", 200, "万人", "=");
    expect(matchOne(quota, review).verdict).toBe("missed");
    const lead = "今明两年职业技能培训3500万人次以上，";
    expect(matchOne({ ...quota, lead }, review)).toMatchObject({ verdict: "in_progress", result: { value: 120 } });
  });

  it("reads 加大…力度 around a target's object as work under way", () => {
    const text = "一、2023年工作回顾\n加大城镇老旧小区改造力度。\n二、2024年目标\n";
    const review = reviewOf(text, "一、2023年工作回顾", "二、2024年目标", "2023");
    const estates = numeric("新开工改造城镇老旧小区120个", "新开工改造城镇老旧小区", 120, "个", "=");
    expect(matchOne(estates, review)).toMatchObject({ verdict: "in_progress", result: { value: null } });
  });

  it("reads 搞好, 制定 and 实现 said again of the promised thing as done", () => {
    const text =
      "一、2023年工作回顾\n做好第五次经济普查、全区农业普查。制定实施新一轮乡村振兴规划纲要。" +
      "跨省异地就医门诊费用实现直接结算。\n二、2024年目标\n";
    const review = reviewOf(text, "一、2023年工作回顾", "二、2024年目标", "2023");
    const verdicts = matchFollowUps(
      [
        deliverable("搞好全区农业普查", ["全区农业普查"]),
        deliverable("颁布实施乡村振兴规划纲要", ["乡村振兴规划纲要"]),
        deliverable("实现跨省异地就医门诊费用直接结算", ["跨省异地就医门诊费用"]),
      ],
      review,
      OWN,
    ).map((m) => m.verdict);
    expect(verdicts).toEqual(["achieved", "achieved", "achieved"]);
  });

  it('is less sure of "not mentioned" when the review repeats words of the promise\'s thing', () => {
    const text = "一、2023年工作回顾\n河道内村庄搬迁工作有序推进，群众满意。\n二、2024年目标\n";
    const review = reviewOf(text, "一、2023年工作回顾", "二、2024年目标", "2023");
    const [silent, touched] = matchFollowUps(
      [deliverable("建成区级应急指挥中心"), deliverable("完成河道内村庄整体搬迁安置")],
      review,
      OWN,
    );
    expect(silent).toMatchObject({ verdict: "not_mentioned", evidence: { touched: false } });
    expect(touched).toMatchObject({ verdict: "not_mentioned", evidence: { touched: true } });
    expect(touched!.confidence).toBeLessThan(silent!.confidence);
  });

  it("never reads the kind a count counts (“专精特新”企业5家) as a named item reported by its stage", () => {
    const text = "一、2023年工作回顾\n明湖精工入选全国第五批“专精特新”“小巨人”企业。\n二、2024年目标\n";
    const review = reviewOf(text, "一、2023年工作回顾", "二、2024年目标", "2023");
    const firms = { ...numeric("“专精特新”企业5家", "“专精特新”企业", 5, "家", "="), entities: ["专精特新"] };
    expect(matchOne(firms, review)).toMatchObject({ verdict: "not_mentioned", result: null });
  });

  it("never takes three characters a name starts from (a place, 居住证) for the thing itself", () => {
    const text =
      "一、2023年工作回顾\n王家洼新村片区、北湖综合管网等城市更新项目加快推进。出台居住证管理办法。\n二、2024年目标\n";
    const review = reviewOf(text, "一、2023年工作回顾", "二、2024年目标", "2023");
    const [park, fee] = matchFollowUps(
      [deliverable("高标准建设王家洼绿带公园", ["王家洼绿带公园"]), deliverable("取消居住证工本费", ["居住证工本费"])],
      review,
      OWN,
    );
    expect(park).toMatchObject({ verdict: "not_mentioned", result: null });
    expect(fee).toMatchObject({ verdict: "not_mentioned", result: null });
    // The last three characters of two firms' names (力索具) are their trade, not the firm.
    const firms = reviewOf(
      "一、2023年工作回顾\n程成超声、辰力索具等14个项目加快推进。\n二、2024年目标\n",
      "一、2023年工作回顾",
      "二、2024年目标",
      "2023",
    );
    expect(matchOne(deliverable("神力索具、鼎固人防等项目尽快开工", ["神力索具", "鼎固人防"]), firms)).toMatchObject({
      verdict: "not_mentioned",
    });
  });

  it("reads a level to raise to (提高到450元) from the end of a several-year change", () => {
    const text = "一、2023年工作回顾\n五年来，居民医保人均财政补助标准由240元提高到450元。\n二、2024年目标\n";
    const review = reviewOf(text, "一、2023年工作回顾", "二、2024年目标", "2023");
    const aid = numeric("城乡居民医保财政补助由每人每年420元提高到450元", "城乡居民医保财政补助", 450, "元", "=");
    expect(matchOne(aid, review)).toMatchObject({ verdict: "achieved", result: { value: 450 } });
  });

  it("reads a main structure promised (完成…主体建设) as kept when the review says 主体封顶", () => {
    const text = "一、2023年工作回顾\n南湖写字楼、区档案馆业务用房主体封顶。\n二、2024年目标\n";
    const review = reviewOf(text, "一、2023年工作回顾", "二、2024年目标", "2023");
    const shell = deliverable("完成南湖写字楼主体建设", ["南湖写字楼"]);
    expect(matchOne(shell, review)).toMatchObject({ verdict: "achieved" });
  });

  it("never takes 新一轮 for the name of a thing", () => {
    const text = "一、2023年工作回顾\n全面完成了新一轮区级机构改革。\n二、2024年目标\n";
    const review = reviewOf(text, "一、2023年工作回顾", "二、2024年目标", "2023");
    expect(matchOne(deliverable("启动新一轮城区电网改造", ["新一轮城区电网"]), review)).toMatchObject({
      verdict: "not_mentioned",
    });
  });

  it("reads nothing from the plan part of the later report", () => {
    expect(matchOne(deliverable("启动建设明湖二号水厂")).verdict).toBe("not_mentioned");
  });
});

describe("the 张店 corpus: 2022 promises in the 2025 report", () => {
  const text = readFileSync("data/reports/zhangdian-2025.txt", "utf8");
  const review = reviewOf(text, "一、2024 年政府工作回顾", "二、2025 年工作总体要求", "2024");
  const of2022 = (p: PromiseInput) => ({ ...p, deadline: 2022, year: 2022 });
  const matches = matchFollowUps(
    [
      of2022(deliverable("民祥科技产业园建成投产")),
      of2022(deliverable("全力服务城市快速路、临临高速等省、市重点城建工程")),
      of2022(deliverable("今年重点抓好以火车站北广场为龙头的城市更新项目")),
      of2022(numeric("年内城镇新增就业1万人以上", "城镇新增就业", 1, "万人", ">=")),
      of2022(deliverable("新增廉租房货币补贴不少于200户")),
    ],
    review,
    { ownNames: ["张店区", "张店"] },
  );

  it("finds 民祥科技, 临临高速 and 火车站北广场, but a later year's news of a 2022 promise is at most progress", () => {
    expect(matches.map((m) => [m.verdict, m.result?.quote ?? null])).toEqual([
      ["in_progress", "民祥科技、飒露光学等项目竣工投产"],
      ["in_progress", "临临高速张店段、济南路正式通车"],
      ["in_progress", "火车站北广场片区建设有序推进"],
      ["not_mentioned", null],
      ["not_mentioned", null],
    ]);
  });

  it("never lets 2024's figures decide a 2022 target (一般公共预算收入增长7%以上 against 同比增长4%)", () => {
    const revenue = matchOne(
      of2022(numeric("一般公共预算收入增长7%以上", "一般公共预算收入", 7, "%", ">=", true)),
      review,
    );
    expect(revenue).toMatchObject({ verdict: "not_mentioned", result: null });
  });
});
