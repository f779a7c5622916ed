// The matcher's reading of review text, case by case: periods, growth against level, several figures, sums, ranks,
// outcomes in words, several named things — each on a short review written for the case.
import { describe, expect, it } from "vitest";
import { deliverable, numeric, reviewOf } from "~/domain/followup/fixture.test-helpers";
import { matchFollowUps, type PromiseInput } from "~/domain/followup/match";

function review(body: string, heading = "一、2023年工作回顾") {
  return reviewOf(`${heading}\n${body}\n二、2024年目标\n新增城镇就业1.2万人以上。\n`, heading, "二、2024年目标", null);
}

function one(promise: PromiseInput, body: string, heading?: string) {
  const text = review(body, heading);
  return matchFollowUps([promise], { ...text, reportYear: 2024 })[0]!;
}

const jobs = numeric("城镇新增就业1.2万人以上", "城镇新增就业", 1.2, "万人", ">=");
const gdp = numeric("地区生产总值增长6%左右", "地区生产总值", 6, "%", "~", true);

describe("the reviewed period of every figure", () => {
  it("reads a “十二五”时期和2015年 review's figures as 2015's, and its five-year sentences as five years'", () => {
    const of2015 = (p: PromiseInput) => ({ ...p, year: 2015, deadline: 2015 });
    const heading = "一、“十二五”时期和2015年工作回顾";
    const body = "全区地区生产总值增长8.9%。五年来，地区生产总值年均增长9.6%。";
    const m = one(of2015(numeric("地区生产总值增长8%左右", "地区生产总值", 8, "%", "~", true)), body, heading);
    expect(m).toMatchObject({ verdict: "partial", result: { value: 8.9 } });
    const averaged = one(of2015(gdp), "五年来，地区生产总值年均增长9.6%。", heading);
    expect(averaged.verdict).toBe("not_mentioned");
  });

  it("takes a “过去五年” review's 刚刚过去的2017年 paragraph as that year", () => {
    const of2017 = (p: PromiseInput) => ({ ...p, year: 2017, deadline: 2017 });
    const body = [
      "五年来，国内生产总值年均增长7.1%。",
      "刚刚过去的2017年，经济社会发展主要目标任务全面完成。国内生产总值增长6.9%。",
    ].join("\n");
    const m = matchFollowUps([of2017(numeric("国内生产总值增长6.5%左右", "国内生产总值", 6.5, "%", "~", true))], {
      ...reviewOf(`一、过去五年工作回顾\n${body}\n二、2018年工作\n`, "一、过去五年工作回顾", "二、2018年工作", null),
      reportYear: 2018,
    })[0]!;
    expect(m).toMatchObject({ verdict: "achieved", result: { value: 6.9 } });
  });

  describe("a five-year review without the last year apart (回顾“十三五”): states at the five years' end", () => {
    const of2020 = (p: PromiseInput) => ({ ...p, year: 2020, deadline: 2020 });
    const heading = "一、回顾“十三五”，我们砥砺前行";
    const five = (body: string, p: PromiseInput) =>
      matchFollowUps([of2020(p)], {
        ...reviewOf(`${heading}\n五年来，${body}\n二、2021年工作\n`, heading, "二、2021年工作", null),
        reportYear: 2021,
      })[0]!;

    it("a level reached (存栏规模达到) is the level at their end; a flow over them (新建…达到) decides nothing", () => {
      const herd = numeric("全县奶牛存栏规模达到15万头", "全县奶牛存栏规模", 15, "万头", ">=");
      expect(five("奶牛养殖园区全部投用，存栏规模达到9万头。", herd)).toMatchObject({
        verdict: "missed",
        result: { value: 9 },
      });
      const grain = numeric("粮食播种面积保持50万亩以上", "粮食播种面积", 50, "万亩", ">=");
      expect(five("粮食播种面积稳定保持52万亩以上。", grain)).toMatchObject({
        verdict: "achieved",
        result: { value: 52 },
      });
      const schools = numeric("新建学校6所", "新建学校", 6, "所", ">=");
      expect(five("全县新建学校达到20所。", schools).verdict).toBe("not_mentioned");
    });

    it("a year qualifying one sentence (2020年空气质量…) dates that sentence, not the rest of the paragraph", () => {
      const body = "全县关停污染企业120家。2020年空气质量优良天数达到263天。完成人工造林25万亩。";
      const air = numeric("空气质量优良天数达到250天", "空气质量优良天数", 250, "天", ">=");
      expect(five(body, air)).toMatchObject({ verdict: "achieved", result: { value: 263 } });
      const trees = numeric("年内完成人工造林6万亩", "人工造林", 6, "万亩", ">=");
      expect(five(body, trees).verdict).toBe("not_mentioned");
    });

    it("a state reached by their end (建成投用, 连续五年提高), promised in their last year, was reached in that year", () => {
      const plant = deliverable("城南污水处理厂建成投用", ["城南污水处理厂"]);
      expect(five("全县水环境明显改善，城南污水处理厂建成投用。", plant).verdict).toBe("achieved");
      const pensions = numeric("企业退休人员基本养老金再提高10%", "企业退休人员基本养老金", 10, "%", ">=", true);
      expect(five("连续五年提高企业退休人员基本养老金水平，年均增长10%。", pensions).verdict).toBe("achieved");
    });
  });

  it("reads 年计划投资 as 年度计划投资, the size of the year's projects: one work's size (投资1.3亿元的…水厂) is not it", () => {
    const planned = numeric("年计划投资20亿元", "年计划投资", 20, "亿元", ">=");
    expect(one(planned, "投资1.3亿元的城东水厂具备供水条件。").verdict).toBe("not_mentioned");
  });

  it("reads 累计 after a year's figure as a cumulative level, not that year's", () => {
    const villages = numeric("年内再组织试点村70个", "试点村", 70, "个", ">=");
    const m = one(villages, "新增改革试点村70个、累计达到87个。");
    expect(m).toMatchObject({ verdict: "achieved", result: { value: 70 } });
  });

  it("judges a five-year promise by one year's figure as in progress, a level already reached as achieved", () => {
    const fiveYear = (p: PromiseInput) => ({ ...p, year: 2023, deadline: 2027 });
    expect(
      one(fiveYear(numeric("五年新增城镇就业6万人", "新增城镇就业", 6, "万人", ">=")), "新增城镇就业1.5万人。").verdict,
    ).toBe("in_progress");
    const rate = fiveYear(numeric("常住人口城镇化率达到65%", "常住人口城镇化率", 65, "%", ">="));
    expect(one(rate, "常住人口城镇化率达到66.2%。").verdict).toBe("achieved");
  });
});

describe("figures", () => {
  it("pairs 分别 figures with their metrics, and 城乡…分别 with 城镇 and 农村", () => {
    const rural = numeric("农村居民人均可支配收入增长7%", "农村居民人均可支配收入", 7, "%", ">=", true);
    const m = one(rural, "城乡居民人均可支配收入分别增长5.2%、6.4%。");
    expect(m).toMatchObject({ verdict: "partial", result: { value: 6.4 } });
  });

  it("sums the kinds a promise names together (专精特新、瞪羚企业)", () => {
    const firms = numeric("年内新增专精特新、瞪羚企业8家", "新增专精特新、瞪羚企业", 8, "家", ">=");
    const m = one(firms, "新增国家级专精特新“小巨人”企业2家、省级专精特新企业4家、瞪羚企业5家。");
    expect(m).toMatchObject({ verdict: "achieved", result: { value: 11 } });
  });

  it("reads a rank (第43位) against a promised 前45名", () => {
    const rank = { ...numeric("挺进全省前45名", "县域经济全省排名", 45, "名", "<="), deadline: null };
    expect(one(rank, "县域经济综合实力跃居全省第43位。").verdict).toBe("achieved");
  });

  it("counts the thing named after the number (11条背街巷道) and a range target (6.5%－7%)", () => {
    const lanes = numeric("改造建华路、根河路等背街巷道10条", "背街巷道", 10, "条", ">=");
    expect(one(lanes, "集中改造的11条背街巷道全部完工。")).toMatchObject({ verdict: "achieved" });
    const range = numeric("地区生产总值增长6.5%－7%", "地区生产总值增速", 6.5, "%", "=", true);
    expect(one(range, "地区生产总值增长6.7%。").verdict).toBe("achieved");
  });
});

describe("words", () => {
  it("reads a numeric target's outcome said without its figure", () => {
    const cars = numeric("淘汰黄标车和老旧车600万辆", "淘汰黄标车和老旧车", 600, "万辆", "=");
    expect(one(cars, "淘汰黄标车和老旧车指标超额完成。")).toMatchObject({ verdict: "achieved" });
    const trade = numeric("力争外贸进出口额突破100亿元", "外贸进出口额", 100, "亿元", ">=");
    expect(one(trade, "外贸进出口、一般公共预算收入等指标未完成年度目标。").verdict).toBe("missed");
  });

  it("gives several named things the verdict of all of them: some done and the rest silent is partly done", () => {
    const schools = deliverable("确保新建的学府路中学、呼伦小学、第二幼儿园投入使用");
    expect(one(schools, "第二幼儿园、新呼伦小学全部建成投入使用。").verdict).toBe("partial");
    const squares = deliverable("建成哈萨尔和东升路两个市民广场", ["哈萨尔和东升路两个市民广场"]);
    expect(one(squares, "哈萨尔、东升路两个市民广场投入使用。").verdict).toBe("achieved");
    const summits = deliverable("办好博鳌亚洲论坛年会、上海合作组织峰会、中非合作论坛峰会等主场外交");
    expect(
      one(summits, "成功举办博鳌亚洲论坛年会、上合组织青岛峰会、中非合作论坛北京峰会等重大主场外交活动。").verdict,
    ).toBe("achieved");
  });

  it("reads a size in a project's name as its name: the stage decides (大唐700万吨露天矿)", () => {
    const mine = numeric("大唐700万吨露天矿完成核准", "大唐", 700, "万吨", "=");
    expect(one(mine, "大唐700万吨露天矿项目已进入国家核准程序。").verdict).toBe("in_progress");
  });

  it("says not mentioned with less confidence when the review speaks of the promise without a result", () => {
    const silent = one(jobs, "城市品质不断提升。");
    const unread = one(jobs, "城镇新增就业形势总体稳定。");
    expect([silent.verdict, unread.verdict]).toEqual(["not_mentioned", "not_mentioned"]);
    expect(unread.confidence).toBeLessThan(silent.confidence);
    expect(unread.evidence.mentioned).toBe(true);
  });

  it("reads 上涨2.1% as a rate, and a price ceiling met by far as partly kept (the aim was 3% 左右)", () => {
    const cpi = numeric("居民消费价格涨幅3%左右", "居民消费价格涨幅", 3, "%", "~", true);
    expect(one(cpi, "居民消费价格上涨2.1%。")).toMatchObject({ verdict: "partial", result: { value: 2.1 } });
  });

  it("keeps gdp growth apart from its level", () => {
    expect(one(gdp, "地区生产总值达到612亿元。").verdict).toBe("not_mentioned");
  });
});
