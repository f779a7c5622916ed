import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyseReport } from "~/domain/report/analyse";
import { followUpReports, leadBefore, toFollowupContract } from "~/domain/followup/reports";

function read(path: string) {
  const text = readFileSync(path, "utf8");
  return { text, analysis: analyseReport(text) };
}

const fixture = (name: string) => read(`tests/fixtures/followup/${name}`);

/** Hand-labelled verdicts of two fixture pairs (a plan and the next year's review), by commitment quote. */
const LABELS: Record<string, Record<string, string>> = {
  "minghu-2023.txt>minghu-2024.txt": {
    "地区生产总值增长6%左右": "achieved",
    "一般公共预算收入增长5%以上": "partial",
    "规模以上工业增加值增长7%以上": "achieved",
    "固定资产投资增长8%左右": "achieved",
    "社会消费品零售总额增长8%左右": "missed",
    "外贸进出口总额增长10%左右": "achieved",
    "城镇新增就业1.2万人以上": "achieved",
    "城镇登记失业率控制在3%以内": "achieved",
    "城镇居民人均可支配收入增长5.5%以上": "partial",
    "农村居民人均可支配收入增长6.5%以上": "achieved",
    "单位地区生产总值能耗下降3%以上": "missed",
    实施区级重点项目90个: "achieved",
    年度计划投资140亿元以上: "achieved",
    瑞丰新材料产业园建成投产: "achieved",
    华晟光电项目开工建设: "achieved",
    年内引进亿元以上项目20个: "missed",
    新增高新技术企业30家以上: "partial",
    新增省级以上研发平台5家: "not_mentioned",
    新建5G基站300个: "achieved",
    东环路快速化改造工程建成通车: "in_progress",
    市民文化中心投入使用: "missed",
    实施老旧小区改造20个以上: "missed",
    建成人才公寓800套: "missed",
    启动建设明湖二号水厂: "not_mentioned",
    新增城市绿地35万平方米: "achieved",
    完成造林绿化1000亩: "achieved",
    "空气质量优良天数比例达到75%以上": "achieved",
    开发公益性岗位500个: "achieved",
    建成区级应急指挥中心: "not_mentioned",
    新建改扩建中小学校3所: "achieved",
    新增学位2700个: "achieved",
    新增市场主体8000户以上: "achieved",
    "实际使用外资达到1.5亿美元": "achieved",
  },
  // The later report laid out like text copied from a PDF: broken lines, a page footer.
  "qingshan-2024.txt>qingshan-2025.txt": {
    "地区生产总值增长5.5%左右": "achieved",
    "一般公共预算收入增长3%": "missed",
    "规上工业增加值增长6%以上": "achieved",
    "固定资产投资增长6%": "missed",
    "社会消费品零售总额增长6%左右": "achieved",
    "城镇调查失业率控制在5.5%以内": "achieved",
    引进亿元以上项目30个: "achieved",
    建成光伏发电项目20万千瓦: "partial",
    开工建设县第二污水处理厂: "achieved",
    实际使用外资5000万美元: "achieved",
    青山湖大桥建成通车: "achieved",
    县人民医院新院区主体完工: "achieved",
    完成老城区雨污分流改造: "in_progress",
    建成智慧城市运营中心: "not_mentioned",
    县体育中心投入使用: "missed",
    完成造林2万亩: "partial",
    新增城镇就业6000人以上: "achieved",
    新建改扩建幼儿园4所: "missed",
  },
  // Distractors in every sentence: ranks, 个百分点 above the province, 较上年多增, five-year totals, plans for next year.
  "donggang-2023.txt>donggang-2024.txt": {
    "地区生产总值增长6.5%左右": "achieved",
    "一般公共预算收入增长6%": "achieved",
    社会消费品零售总额突破200亿元: "partial",
    "实际使用外资1.2亿美元": "partial",
    "PM2.5平均浓度控制在38微克/立方米以内": "achieved",
    空气质量优良天数达到260天: "achieved",
    实施市级以上重点项目42个: "achieved",
    完成年度投资150亿元以上: "achieved",
    东港湾国际会展中心年内建成投用: "achieved",
    开工建设海韵路跨河大桥: "in_progress",
    新增限额以上商贸企业60家: "achieved",
    "培育国家级专精特新“小巨人”企业3家": "missed",
    新增规模以上工业企业40家: "achieved",
    蓝鲸智能装备产业园一期竣工投产: "achieved",
    新建改造城市道路25公里: "achieved",
    新增停车泊位3000个: "achieved",
    "改造老旧小区住宅1.2万户": "partial",
    滨海湿地公园开园: "achieved",
    "新增城镇就业1.5万人": "achieved",
    "城镇登记失业率控制在3.5%以内": "achieved",
    新增普惠性幼儿园学位1800个: "achieved",
    建成区级养老服务中心: "not_mentioned",
  },
};

describe.each(Object.entries(LABELS))("followup %s, through the analyser", (pair, labels) => {
  const [earlierName, laterName] = pair.split(">") as [string, string];
  const earlier = fixture(earlierName);
  const matches = followUpReports(earlier, fixture(laterName));
  const json = toFollowupContract(earlier.analysis.commitments, matches);

  it("gives every labelled promise its verdict", () => {
    const got = Object.fromEntries(
      json.matches.filter((m) => m.commitment.quote in labels).map((m) => [m.commitment.quote, m.verdict]),
    );
    expect(got).toEqual(labels);
  });

  it("matches each reported figure to one promise at most", () => {
    const figures = matches.filter((m) => m.result?.value != null).map((m) => `${m.result!.start}:${m.result!.value}`);
    expect(new Set(figures).size).toBe(figures.length);
  });
});

describe("the words before a promise", () => {
  it("stop at the sentence start", () => {
    const text = "前文。实施区级重点项目90个，年度计划投资140亿元以上。";
    expect(leadBefore(text, text.indexOf("年度"))).toBe("实施区级重点项目90个，");
    expect(leadBefore(text, 0)).toBe("");
  });
});
