import { describe, expect, it } from "vitest";
import { quotedMask } from "~/domain/text/sentences";
import { scanQuantities } from "~/domain/quantities/scan";
import { rejectQuantity, type Rejection } from "~/domain/extraction/targets";

/** The verdict on every number with a unit or without, for one clause. */
function verdicts(clause: string, mode: "plan" | "review" = "plan"): Array<[string, Rejection | null]> {
  const quantities = scanQuantities(clause);
  const view = { text: clause, quoted: quotedMask(clause), clauseStart: 0, clauseEnd: clause.length, quantities };
  return quantities.map((q, i) => [clause.slice(q.start, q.unitEnd), rejectQuantity(view, i, mode)]);
}

describe("rejectQuantity: numbers that are not targets", () => {
  it("reads lessons and spindles as counted things (堂, 锭)", () => {
    expect(verdicts("开展200堂防溺水安全课")).toEqual([["200堂", null]]);
    expect(verdicts("棉纺规模达到50万锭")).toEqual([["50万锭", null]]);
  });

  it("keeps a count or a rate written with 的, but not a size", () => {
    expect(verdicts("检修村里24处的水泵、闸门")).toEqual([["24处", null]]);
    expect(verdicts("力争全年财政收入实现6%以上的增幅")).toEqual([["6%", null]]);
    expect(verdicts("建成日处理能力800吨的城西垃圾中转站")).toEqual([["800吨", "attributive"]]);
  });

  it("keeps a count whose things are sized before the next number", () => {
    expect(verdicts("建成东山、西岭等4个总装机60万千瓦的风电项目")).toEqual([
      ["4个", null],
      ["60万千瓦", "attributive"],
    ]);
    expect(verdicts("改造东湖、南湖3个片区12个老旧小区")[0]).toEqual(["3个", "modifier"]);
  });

  it("keeps the share of a group that reaches a state, not what a rate allows", () => {
    expect(verdicts("80%的涉企事项实现一次办结")).toEqual([["80%", null]]);
    expect(verdicts("5%的利率可以实现收支平衡")).toEqual([["5%", "attributive"]]);
  });

  it("keeps a count and the size of the things counted in another measure as two targets", () => {
    expect(verdicts("盘活城北、河西等6个地块215亩存量用地")).toEqual([
      ["6个", null],
      ["215亩", null],
    ]);
    expect(verdicts("完成山区27个村0.85万户清洁取暖改造")).toEqual([
      ["27个", null],
      ["0.85万户", null],
    ]);
  });

  it("rejects a water class inside the name of a share indicator", () => {
    expect(verdicts("地表水达到或好于Ⅲ类水体比例完成省下达任务")).toEqual([["Ⅲ类", "descriptive_unit"]]);
  });

  it("keeps plain targets", () => {
    expect(verdicts("新增城镇就业1.3万人以上")).toEqual([["1.3万人", null]]);
    expect(verdicts("策划实施汇文云谷等总投资597亿元的55个市重点项目")).toEqual([
      ["597亿元", null],
      ["55个", null],
    ]);
    expect(verdicts("为3万余名城乡低保、特殊困难家庭等困难群体发放补贴1.3亿元")).toEqual([
      ["3万余名", null],
      ["1.3亿元", null],
    ]);
    expect(verdicts("打造全域15分钟、市主城区30分钟、省会1小时快速交通圈").map((v) => v[1])).toEqual([
      null,
      null,
      null,
    ]);
  });

  it("skips names: quoted numbers, hotlines, N分钟X圈, 24小时X, numbers glued to letters", () => {
    expect(verdicts("聚焦“3510”发展目标")).toEqual([["3510", "no_unit"]]);
    expect(verdicts("落实“人才金政37条”")).toEqual([["37条", "quoted"]]);
    expect(verdicts("提升12345热线办理质效")).toEqual([["12345", "no_unit"]]);
    expect(verdicts("打造15分钟便民生活圈")).toEqual([["15分钟", "time_name"]]);
    expect(verdicts("布局一批24小时品牌便利店")).toEqual([["24小时", "time_name"]]);
    expect(verdicts("打造1922电竞新媒体产业园")).toEqual([["1922", "no_unit"]]);
  });

  it("skips dates, ordinals, ranks and describing units", () => {
    expect(verdicts("举办第十六届百名专家淄川行活动")).toEqual([]);
    expect(verdicts("排名全市第2位")).toEqual([["2位", "ordinal"]]);
    expect(verdicts("进入全省前10名")).toEqual([["10名", "rank_position"]]);
    expect(verdicts("开展60岁以上老年人接种")).toEqual([["60岁", "descriptive_unit"]]);
    expect(verdicts("淘汰35蒸吨及以下锅炉")).toEqual([["35蒸吨", "descriptive_unit"]]);
    expect(verdicts("保障轨道交通6号线建设")).toEqual([["6号线", "descriptive_unit"]]);
    expect(verdicts("人均预期寿命达到81岁")).toEqual([["81岁", null]]);
  });

  it("skips sizes of what is counted: thresholds, attributes and names in lists", () => {
    expect(verdicts("全年招引投资超3亿元的项目30个以上")).toEqual([
      ["3亿元", "threshold"],
      ["30个", null],
    ]);
    expect(verdicts("税收过亿元楼宇达到5座以上")).toEqual([["5座", null]]);
    expect(verdicts("其中30个3亿元以上项目全部落地", "review")).toEqual([
      ["30个", null],
      ["3亿元", "threshold"],
    ]);
    expect(verdicts("建成日处理能力1050吨的泺口大型中转站")).toEqual([["1050吨", "attributive"]]);
    expect(verdicts("抓好新希望六和40万头生猪养殖、蓼坞富硒小米科技示范园等15个农业重点项目")).toEqual([
      ["40万头", "in_name_list"],
      ["15个", null],
    ]);
    expect(verdicts("抓好张相湖片区等8个棚户区和洪山、钟楼2个片区10个老旧小区改造")).toEqual([
      ["8个", null],
      ["2个", "modifier"],
      ["10个", null],
    ]);
  });

  it("skips meetings' ordinals and a session's own length", () => {
    expect(verdicts("落实区委十二届6次全会精神")).toContainEqual(["6次", "ordinal"]);
    expect(verdicts("贯彻县第3次党代会部署")).toEqual([["3次", "ordinal"]]);
    expect(verdicts("会议共4天")).toEqual([["4天", "descriptive_unit"]]);
    expect(verdicts("开展培训4次")).toEqual([["4次", null]]);
  });

  it("skips the number of items of a practical-things list and keeps money spent on counted work", () => {
    expect(verdicts("办好10件民生实事")).toEqual([["10件", "list_count"]]);
    expect(verdicts("这12件实事")).toEqual([["12件", "list_count"]]);
    expect(verdicts("投资1.2亿元完成46个村电网改造")).toEqual([
      ["1.2亿元", null],
      ["46个", null],
    ]);
    expect(verdicts("总投资逾5亿元的物流园")).toEqual([["5亿元", null]]);
  });

  it("skips counts that scope ongoing work on what already exists", () => {
    expect(verdicts("强化19家重点排水企业监管")).toEqual([["19家", "scope"]]);
    expect(verdicts("加大对8家跨越发展企业、57家高成长企业扶持力度").map((v) => v[1])).toEqual(["scope", "scope"]);
    expect(verdicts("统筹推进20个领域优化营商环境重点工作")).toEqual([["20个", "scope"]]);
    expect(verdicts("强化19家重点排水企业监管", "review")).toEqual([["19家", null]]);
  });
});
