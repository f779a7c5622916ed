import { numericTiming } from "~/domain/followup/timing";
import { describe, expect, it } from "vitest";
import {
  headingPeriod,
  openingPeriod,
  parseSpan,
  periodIn,
  reviewYearOf,
  spanOfHeading,
  yearsIn,
} from "~/domain/followup/period";

describe("periods", () => {
  it("parses review periods", () => {
    expect(parseSpan("2024")).toEqual({ from: 2024, to: 2024 });
    expect(parseSpan("2017-2021")).toEqual({ from: 2017, to: 2021 });
    expect(parseSpan("2017—2021年")).toEqual({ from: 2017, to: 2021 });
    expect(parseSpan("去年")).toBeNull();
    expect(parseSpan(null)).toBeNull();
  });

  it("reads the years of a review heading", () => {
    expect(spanOfHeading("一、2024 年政府工作回顾")).toEqual({ from: 2024, to: 2024 });
    expect(spanOfHeading("过去五年和2021年工作回顾")).toEqual({ from: 2017, to: 2021 });
    expect(spanOfHeading("“十三五”时期主要成就")).toEqual({ from: 2016, to: 2020 });
    expect(spanOfHeading("一是项目建设提速增效")).toBeNull();
    expect(yearsIn("较2020年翻一番，2024 年增长5%")).toEqual([2020, 2024]);
  });

  it("the reviewed year: the review period, else the year before the report", () => {
    expect(reviewYearOf("2017-2021", 2022, [])).toBe(2021);
    expect(reviewYearOf(null, 2018, ["一、过去五年工作回顾"])).toBe(2017);
    expect(reviewYearOf(null, null, ["一、2014年工作回顾"])).toBe(2014);
  });

  it("a heading naming five years and one year gives that one year; five years alone, the five", () => {
    expect(headingPeriod("一、“十二五”时期和2015年工作回顾", 2015)).toEqual({ kind: "year", year: 2015 });
    expect(headingPeriod("一、过去五年和2021年工作回顾", 2021)).toEqual({ kind: "year", year: 2021 });
    expect(headingPeriod("一、过去五年工作回顾", 2017)).toEqual({ kind: "years", from: 2013, to: 2017 });
    expect(headingPeriod("“十三五”时期主要成就", 2020)).toEqual({ kind: "years", from: 2016, to: 2020 });
    expect(headingPeriod("一、过去一年工作回顾", 2012)).toEqual({ kind: "year", year: 2012 });
    expect(headingPeriod("（一）经济保持较快发展", 2013)).toBeNull();
    expect(headingPeriod("一、“十一五”时期经济社会发展的回顾", 2010)).toEqual({ kind: "years", from: 2006, to: 2010 });
  });

  it("reads the period a clause states: several years, part of a year, a cumulative level, another year", () => {
    expect(periodIn("本届政府以来，累计新增城镇就业5.9万人", 2021)).toMatchObject({ kind: "years", to: 2021 });
    expect(periodIn("地区生产总值年均增长6.8%", 2021)).toMatchObject({ kind: "years", to: 2021 });
    expect(periodIn("“十三五”以来累计完成156个", 2018)).toEqual({ kind: "years", from: 2016, to: 2018 });
    expect(periodIn("2019年以来新建学校12所", 2021)).toEqual({ kind: "years", from: 2019, to: 2021 });
    expect(periodIn("1—11月，规上工业增加值增长6.1%", 2024)).toEqual({ kind: "partial", year: 2024 });
    expect(periodIn("前三季度增长5.2%", 2024)).toEqual({ kind: "partial", year: 2024 });
    expect(periodIn("高新技术企业累计达到87家", 2024)).toEqual({ kind: "stock", year: 2024 });
    expect(periodIn("全年累计完成投资30亿元", 2024)).toEqual({ kind: "year", year: 2024 });
    expect(periodIn("2023年完成投资20亿元", 2024)).toEqual({ kind: "year", year: 2023 });
    expect(periodIn("比2020年翻一番", 2024)).toBeNull();
    expect(periodIn("新增城镇就业1.69万人", 2024)).toBeNull();
    expect(periodIn("“十四五”规划圆满收官之年", 2025)).toBeNull();
  });

  it("an opening time phrase dates what follows it; a clause in the middle does not", () => {
    expect(openingPeriod("刚刚过去的2017年", 2017)).toEqual({ kind: "year", year: 2017 });
    expect(openingPeriod("五年来", 2017)).toMatchObject({ kind: "years", to: 2017 });
    expect(openingPeriod("近五年", 2017)).toMatchObject({ kind: "years", to: 2017 });
    expect(openingPeriod("过去一年", 2017)).toEqual({ kind: "year", year: 2017 });
    expect(openingPeriod("这五年，各项事业全面进步", 2010)).toMatchObject({ kind: "years", to: 2010 });
    // After a five-year part, the last year opens with an address or goes on as 这一年.
    expect(openingPeriod("各位代表，刚刚过去的2030年，是极不平凡的一年", 2030)).toEqual({ kind: "year", year: 2030 });
    expect(openingPeriod("这一年，各项经济指标稳中向好", 2030)).toEqual({ kind: "year", year: 2030 });
    expect(openingPeriod("各位代表，五年来我们砥砺奋进", 2030)).toMatchObject({ kind: "years", to: 2030 });
    expect(openingPeriod("新增城镇就业1351万人", 2017)).toBeNull();
    // A paragraph set off by a dash opens with its year all the same.
    expect(openingPeriod("——2031年，抓产业、强基础", 2031)).toEqual({ kind: "year", year: 2031 });
    expect(openingPeriod("—— 这五年，是全镇面貌变化最大的五年", 2031)).toMatchObject({ kind: "years", to: 2031 });
  });

  it("a sum over years begun before the plan cannot report a flow over the plan's years; a level it can", () => {
    const fiveYears = { kind: "years", from: 2007, to: 2011 } as const;
    const flow = { year: 2011, deadline: 2015, measure: "flow" } as const;
    expect(numericTiming(flow, fiveYears, 2011).factor).toBe(0);
    expect(numericTiming(flow, { kind: "years", from: 2011, to: 2011 }, 2011)).toEqual({ factor: 0.75, when: "early" });
    expect(numericTiming({ ...flow, measure: "level" }, fiveYears, 2011)).toEqual({ factor: 0.75, when: "early" });
  });
});
