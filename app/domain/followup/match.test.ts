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
    for (const m of matches.filter((m) => m.verdict === "not_mentioned")) expect(m.confidence).toBeLessThan(0.85);
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
