// Results the matcher still passed over in silence (round silent11e): a named thing found with a stage the lexicon
// did not know, a name carrying words that are not the thing, a quota of a fall set from above, a water standard.
// Each shape from invented text, with the counter-example that must stay silent.
import { describe, expect, it } from "vitest";
import { deliverable, matchOne } from "~/domain/followup/fixture.test-helpers";
import { namesOf } from "~/domain/followup/names";
import { stageOf } from "~/domain/followup/stage";

const OWN = ["明湖区", "明湖"];
const one = (promise: Parameters<typeof matchOne>[0], body: string) => matchOne(promise, body, { ownNames: OWN });

describe("stages said in words the lexicon did not know", () => {
  it.each([
    ["滨河南路全线贯通", "completed"],
    ["入湖断面水质稳定达标", "completed"],
    ["两条河流水质均达到Ⅲ类标准", "completed"],
    ["青岭苹果基地通过绿色食品认证", "completed"],
    ["顺利通过省级义务教育均衡发展评价", "completed"],
    ["凤栖湖创建为省级湿地公园", "completed"],
    ["数字产业园加速建设", "under_way"],
    ["完成滨河南路项目招投标工作", "preparing"],
  ] as const)("%s → %s", (text, stage) => {
    expect(stageOf(text)).toBe(stage);
  });

  it("keeps a rate reached and a pending standard apart from a standard met", () => {
    expect(stageOf("空气质量达标天数280天")).toBe(null);
    expect(stageOf("水质达标率达到95%")).toBe(null);
    expect(stageOf("出境断面水质稳定达标率100%")).toBe(null);
  });

  it("reads a named thing's stage through them", () => {
    const road = deliverable("年内实现滨河南路全线通车", ["滨河南路"]);
    expect(one(road, "滨河南路全线贯通，沿线绿化同步完成。").verdict).toBe("achieved");
    const tender = deliverable("确保滨河南路拓宽工程开工建设", ["滨河南路拓宽工程"]);
    expect(one(tender, "完成滨河南路拓宽项目招投标工作。").verdict).toBe("in_progress");
  });
});

describe("words in a name that are not the thing", () => {
  it("does not read 区域 as the end of a place's name", () => {
    expect(
      namesOf("对青岩科技园、云帆区域总部基地等签约项目抓紧完善手续", ["青岩科技园", "云帆区域总部基地"]).names,
    ).toEqual(["青岩科技园", "云帆区域总部基地"]);
  });

  it("takes 尽早 and 为契机 off a name", () => {
    expect(namesOf("确保南湖大道北延工程尽早开工建设", ["南湖大道北延工程尽早"]).names).toEqual(["南湖大道北延"]);
    expect(namesOf("以承办第三届龙舟文化节为契机", ["第三届龙舟文化节为契机"]).names).toEqual(["第三届龙舟文化节"]);
  });
});

describe("a quota of a fall set from above", () => {
  const quota = deliverable("PM2.5平均浓度下降率完成省定任务", ["PM2.5平均浓度下降率"]);

  it("is met when the review reports the fall this year, the quota unsaid", () => {
    expect(one(quota, "全年PM2.5平均浓度同比下降9.6%，优良天数增加12天。").verdict).toBe("achieved");
  });

  it("but not by a fall since a year named, nor by a rise", () => {
    expect(one(quota, "PM2.5平均浓度比2015年下降41.2%。").verdict).toBe("not_mentioned");
    expect(one(quota, "PM2.5平均浓度同比上升3.1%。").verdict).not.toBe("achieved");
  });
});

describe("a water quality to meet its standard", () => {
  const rivers = deliverable("确保入湖河流水质稳定达标", ["入湖河流水质稳定达标"]);

  it("is reported by the waters measured, in the review's own words", () => {
    expect(one(rivers, "全区地表水考核断面水质均达到Ⅲ类标准。").verdict).toBe("achieved");
  });

  it("but not by a rate, a shortfall, or for a plant's effluent", () => {
    expect(one(rivers, "城区集中式饮用水水源地水质达标率100%。").verdict).toBe("not_mentioned");
    expect(one(rivers, "两条河流水质未达到考核标准。").verdict).not.toBe("achieved");
    const effluent = deliverable("确保处理后的水质达到一级A标准", ["处理后的水质达到一级A标准"]);
    expect(one(effluent, "全区地表水考核断面水质均达到Ⅲ类标准。").verdict).toBe("not_mentioned");
    const drinking = deliverable("确保城区饮用水水源地水质达标", ["城区饮用水水源地水质达标"]);
    expect(one(drinking, "全区地表水考核断面水质均达到Ⅲ类标准。").verdict).toBe("not_mentioned");
    expect(one(rivers, "消除劣Ⅴ类水体，入湖河流水质稳定达标。").verdict).toBe("achieved");
  });
});
