// Test helpers: the 明湖区 fixture reports (tests/fixtures/followup) and their 2023 promises written out by hand.
import { readFileSync } from "node:fs";
import type { Comparator } from "~/domain/vocab";
import type { ReviewInput } from "~/domain/followup/facts";
import { matchFollowUps, type MatchOptions, type PromiseInput } from "~/domain/followup/match";

export const fixture = (name: string) => readFileSync(`tests/fixtures/followup/${name}`, "utf8");

/** The later report's text with its review and plan parts located by their headings. */
export function reviewOf(text: string, review: string, plan: string, period: string | null): ReviewInput {
  const reviewStart = text.indexOf(review);
  const planStart = text.indexOf(plan);
  if (reviewStart < 0 || planStart < 0) throw new Error("heading not found");
  return {
    text,
    sections: [
      { heading: review, part: "review", start: reviewStart, end: planStart },
      { heading: plan, part: "plan", start: planStart, end: text.length },
    ],
    results: [],
    reviewPeriod: period,
  };
}

/** One 2023 promise matched against a 2024 report whose review part is `body`. */
export function matchOne(promise: PromiseInput, body: string, options: MatchOptions = {}) {
  const heading = "一、2023年工作回顾";
  const text = reviewOf(
    `${heading}\n${body}\n二、2024年目标\n新增城镇就业1.2万人以上。\n`,
    heading,
    "二、2024年目标",
    null,
  );
  return matchFollowUps([promise], { ...text, reportYear: 2024 }, options)[0]!;
}

export function numeric(
  quote: string,
  metric: string,
  target: number,
  unit: string,
  comparator: Comparator | null,
  growth = false,
): PromiseInput {
  return { quote, kind: "numeric", metric, target, unit, comparator, growth, deadline: 2023, entities: [], year: 2023 };
}

export function deliverable(quote: string, entities: string[] = []): PromiseInput {
  const base = { kind: "deliverable", target: null, unit: null, comparator: null, growth: false } as const;
  return { ...base, quote, metric: quote, deadline: 2023, entities, year: 2023 };
}

/** The 2023 plan of 明湖区 with the verdict its 2024 review supports. */
export const MINGHU_2023: [PromiseInput, string][] = [
  [numeric("地区生产总值增长6%左右", "地区生产总值", 6, "%", "~", true), "achieved"],
  [numeric("一般公共预算收入增长5%以上", "一般公共预算收入", 5, "%", ">=", true), "partial"],
  [numeric("规模以上工业增加值增长7%以上", "规模以上工业增加值", 7, "%", ">=", true), "achieved"],
  [numeric("固定资产投资增长8%左右", "固定资产投资", 8, "%", "~", true), "achieved"],
  [numeric("社会消费品零售总额增长8%左右", "社会消费品零售总额", 8, "%", "~", true), "missed"],
  [numeric("外贸进出口总额增长10%左右", "外贸进出口总额", 10, "%", "~", true), "achieved"],
  [numeric("城镇新增就业1.2万人以上", "城镇新增就业", 1.2, "万人", ">="), "achieved"],
  [numeric("城镇登记失业率控制在3%以内", "城镇登记失业率", 3, "%", "<="), "achieved"],
  [numeric("城镇居民人均可支配收入增长5.5%以上", "城镇居民人均可支配收入", 5.5, "%", ">=", true), "partial"],
  [numeric("农村居民人均可支配收入增长6.5%以上", "农村居民人均可支配收入", 6.5, "%", ">=", true), "achieved"],
  [numeric("单位地区生产总值能耗下降3%以上", "单位地区生产总值能耗", 3, "%", ">=", true), "missed"],
  [numeric("实施区级重点项目90个", "区级重点项目", 90, "个", null), "achieved"],
  [numeric("年度计划投资140亿元以上", "重点项目年度计划投资", 140, "亿元", ">="), "achieved"],
  [deliverable("瑞丰新材料产业园建成投产"), "achieved"],
  [deliverable("华晟光电项目开工建设"), "achieved"],
  [numeric("年内引进亿元以上项目20个", "引进亿元以上项目", 20, "个", null), "missed"],
  [numeric("新增高新技术企业30家以上", "新增高新技术企业", 30, "家", ">="), "partial"],
  [numeric("新增省级以上研发平台5家", "新增省级以上研发平台", 5, "家", null), "not_mentioned"],
  [numeric("新建5G基站300个", "新建5G基站", 300, "个", null), "achieved"],
  [deliverable("东环路快速化改造工程建成通车"), "in_progress"],
  [deliverable("市民文化中心投入使用"), "missed"],
  [numeric("实施老旧小区改造20个以上", "老旧小区改造", 20, "个", ">="), "missed"],
  [numeric("建成人才公寓800套", "建成人才公寓", 800, "套", null), "missed"],
  [deliverable("启动建设明湖二号水厂"), "not_mentioned"],
  [numeric("新增城市绿地35万平方米", "新增城市绿地", 35, "万平方米", null), "achieved"],
  [numeric("完成造林绿化1000亩", "造林绿化", 1000, "亩", null), "achieved"],
  [numeric("空气质量优良天数比例达到75%以上", "空气质量优良天数比例", 75, "%", ">="), "achieved"],
  [numeric("开发公益性岗位500个", "开发公益性岗位", 500, "个", null), "achieved"],
  [deliverable("建成区级应急指挥中心"), "not_mentioned"],
  [numeric("新建改扩建中小学校3所", "新建改扩建中小学校", 3, "所", null), "achieved"],
  [numeric("新增学位2700个", "新增学位", 2700, "个", null), "achieved"],
  [numeric("新增市场主体8000户以上", "新增市场主体", 8000, "户", ">="), "achieved"],
  [numeric("实际使用外资达到1.5亿美元", "实际使用外资", 1.5, "亿美元", "="), "achieved"],
  [deliverable("推进重点行业节能降碳改造"), "not_mentioned"],
  [deliverable("深化营商环境改革"), "not_mentioned"],
];
