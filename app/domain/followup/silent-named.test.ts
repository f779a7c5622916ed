// Results the matcher still passed over in silence (round silent11c): a named thing, a title or a count said in
// other words. Each shape from invented text, with the counter-example that must stay silent.
import { describe, expect, it } from "vitest";
import { isActOnly } from "~/domain/followup/evidence";
import { deliverable, matchOne, numeric } from "~/domain/followup/fixture.test-helpers";
import { namesOf, sharedName } from "~/domain/followup/names";
import { stageOf } from "~/domain/followup/stage";
import { convert, unitFit } from "~/domain/followup/units";

const OWN = ["明湖区", "明湖"];
const one = (promise: Parameters<typeof matchOne>[0], body: string) => matchOne(promise, body, { ownNames: OWN });

describe("what is to be done to a thing, said at the end of its name", () => {
  it("finds the thing without the act (…林带造林绿化, …洁净城市验收)", () => {
    const belt = namesOf("高标准完成环湖生态林带造林绿化工作", ["环湖生态林带造林绿化"]);
    expect(sharedName(belt, "建成万亩环湖生态林带", OWN)?.overlap).toBe("环湖生态林带");
    const promise = deliverable("高标准完成环湖生态林带造林绿化工作", ["环湖生态林带造林绿化"]);
    expect(one(promise, "建成万亩环湖生态林带，完成造林1.2万亩。").verdict).toBe("achieved");
  });

  it("but not another thing of the same words (环湖生态公园)", () => {
    const promise = deliverable("高标准完成环湖生态林带造林绿化工作", ["环湖生态林带造林绿化"]);
    expect(one(promise, "环湖生态公园建成开放。").verdict).toBe("not_mentioned");
  });
});

describe("words around a name that say how or by whom, not which", () => {
  it("takes 组织, 承办 and manner words (常态化, 高标准) off a name", () => {
    expect(namesOf("组织举办第三届龙舟邀请赛", []).names).toEqual(["第三届龙舟邀请赛"]);
    expect(namesOf("常态化创建省级园林城区", ["常态化创建省级园林城区"]).names).toEqual(["省级园林城区"]);
    expect(one(deliverable("组织举办第三届龙舟邀请赛"), "成功举办第三届龙舟邀请赛和第五届灯会。").verdict).toBe(
      "achieved",
    );
  });

  it("reads manner adverbs before acts as acts (有序实施, 着力打造): the thing counted is after the figure", () => {
    expect(isActOnly("有序实施")).toBe(true);
    expect(isActOnly("着力打造")).toBe(true);
    expect(isActOnly("有序实施老旧小区")).toBe(false);
    const estates = numeric("有序实施12个老旧小区改造", "有序实施", 12, "个", null);
    expect(one(estates, "完成12个老旧小区改造任务。").verdict).toBe("achieved");
    expect(one(estates, "完成12个美丽乡村创建任务。").verdict).toBe("not_mentioned");
  });
});

describe("a name said with a few characters left out", () => {
  it("finds 国土空间总体规划 as 国土空间规划", () => {
    const plan = deliverable("编制全县国土空间总体规划");
    expect(one(plan, "编制《全县国土空间规划》和56个村庄规划，实现一张蓝图管控。").verdict).toBe("achieved");
  });

  it("but not a longer name, nor one whose characters come in another order", () => {
    const plan = deliverable("编制全县国土空间总体规划");
    expect(one(plan, "全县国土空间生态修复专项规划通过评审。").verdict).toBe("not_mentioned");
    expect(one(plan, "全县规划国土空间整治完成。").verdict).toBe("not_mentioned");
  });
});

describe("titles won", () => {
  it("reads a higher level won than the one aimed at as the title won", () => {
    const county = deliverable("创建省级“四好农村路”示范县");
    expect(one(county, "我区被命名为“四好农村路”全国示范县。").verdict).toBe("achieved");
    // A lower level is still another title.
    expect(one(deliverable("创建国家“四好农村路”示范县"), "我区被命名为“四好农村路”全省示范县。").verdict).toBe(
      "not_mentioned",
    );
  });

  it("takes any level for a promise that names none, and the title before 为抓手", () => {
    const zone = deliverable("积极创建生态文明建设示范区");
    expect(one(zone, "被生态环境部命名为全国生态文明建设示范区。").verdict).toBe("achieved");
    const town = deliverable("以创建省级文明县城为抓手");
    expect(one(town, "成功创建“省级文明县城”。").verdict).toBe("achieved");
  });
});

describe("stages and units said in other words", () => {
  it("reads an assessment passed (通过…评定) as done", () => {
    expect(stageOf("三家养老机构通过国家二星级评定")).toBe("completed");
  });

  it("compares occasions however counted (场次, 场, 次), never visits with people", () => {
    expect(unitFit("场次", "次")).toBe(0.85);
    expect(unitFit("场", "场次")).toBe(0.85);
    expect(convert(2, "万人次", "万人")).toBeNull();
    const shows = numeric("年内开展送戏下乡活动150场次以上", "送戏下乡活动", 150, "场次", ">=");
    expect(one(shows, "完成送戏下乡活动168次。")).toMatchObject({ verdict: "achieved", result: { value: 168 } });
  });
});
