import { describe, expect, it } from "vitest";
import { numbersIn } from "~/domain/followup/numbers";

const pick = (clause: string) => numbersIn(clause).map((m) => [m.metric, m.value, m.unit, m.growth]);

describe("numbers in a clause", () => {
  it("finds each number with its unit and the words naming it", () => {
    expect(pick("新增城镇就业1.69万人")).toEqual([["新增城镇就业", 1.69, "万人", false]]);
    expect(pick("预计全年地区生产总值增长6.3%")).toEqual([["预计全年地区生产总值增长", 6.3, "%", true]]);
    expect(pick("空气质量优良天数比例达到78.6%")).toEqual([["空气质量优良天数比例达到", 78.6, "%", false]]);
  });

  it("splits several results in one clause: lists with 、 and a second figure of the same thing", () => {
    expect(pick("新增省级以上研发平台5家、高新技术企业32家")).toEqual([
      ["新增省级以上研发平台", 5, "家", false],
      ["高新技术企业", 32, "家", false],
    ]);
    expect(pick("发放创业担保贷款168笔1.47亿元")).toEqual([
      ["发放创业担保贷款", 168, "笔", false],
      ["发放创业担保贷款", 1.47, "亿元", false],
    ]);
  });

  it("pairs the figures after 分别 with the metrics before it, completing an elliptical one", () => {
    expect(pick("规上工业增加值、固定资产投资分别增长8.3%、5.1%")).toEqual([
      ["规上工业增加值", 8.3, "%", true],
      ["固定资产投资", 5.1, "%", true],
    ]);
    expect(pick("城镇、农村居民人均可支配收入分别增长4.6%、6.8%")).toEqual([
      ["城镇居民人均可支配收入", 4.6, "%", true],
      ["农村居民人均可支配收入", 6.8, "%", true],
    ]);
  });

  it("reads 万余人 and 20多场 as their numbers", () => {
    expect(pick("新增城镇就业1.2万余人")).toEqual([["新增城镇就业", 1.2, "万人", false]]);
    expect(pick("举办节会活动20多场")).toEqual([["举办节会活动", 20, "场", false]]);
  });

  it("names a leading count by the words after it (114个区重点项目完成投资184亿元)", () => {
    expect(pick("114个区重点项目完成投资184亿元")).toEqual([
      ["区重点项目完成投资", 114, "个", false],
      ["区重点项目完成投资", 184, "亿元", false],
    ]);
  });

  it("skips years, ordinals and codes like 5G and PM2.5; reads a rank as a number of 名", () => {
    expect(pick("2024年全区排名第1位")).toEqual([["2024年全区排名", 1, "名", false]]);
    expect(pick("水环境质量指数排名全省第八位")).toEqual([["水环境质量指数排名全省", 8, "名", false]]);
    expect(pick("在第3届博览会上签约")).toEqual([]);
    expect(pick("新建5G基站426个")).toEqual([["新建5G基站", 426, "个", false]]);
    expect(pick("PM2.5平均浓度下降8%")).toEqual([["PM2.5平均浓度下降", 8, "%", true]]);
  });

  it("reads the end of a change as a level reached, measuring what its start names", () => {
    expect(pick("国内生产总值从54万亿元增加到82.7万亿元")).toEqual([["国内生产总值", 82.7, "万亿元", false]]);
    expect(pick("全市排名由第7位上升至第6位")).toEqual([["全市排名", 6, "名", false]]);
  });

  it("keeps the words after the unit (11条背街巷道)", () => {
    expect(numbersIn("集中改造的11条背街巷道全部完工")[0]!.after).toBe("背街巷道全部完工");
  });

  it("tells a growth rate from a level reached", () => {
    expect(pick("占比提高到35%")[0]?.[3]).toBe(false);
    expect(pick("同比增长5.2%")[0]?.[3]).toBe(true);
    expect(pick("增速达到8%")[0]?.[3]).toBe(true);
    expect(pick("提高1.2个百分点")[0]?.[3]).toBe(false);
  });
});
