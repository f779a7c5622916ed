import { describe, expect, it } from "vitest";
import { analyseReport } from "~/domain/report/analyse";
import { sectorOf } from "~/domain/report/sectors";

describe("sectorOf", () => {
  it("labels the nearest heading from a fixed vocabulary, falling back on the headings above", () => {
    expect(sectorOf(["努力让社会保障更暖心", "五、聚力提升民生品质，建设共建共享的幸福张店"])).toBe("社会保障");
    expect(sectorOf(["（三）着力推进产业升级，加快主导产业发展"])).toBe("产业发展");
    expect(sectorOf(["加快建设教育强区"])).toBe("教育");
    expect(sectorOf(["精心呵护生态环境"])).toBe("生态环境");
    expect(sectorOf(["始终做到廉洁从政"])).toBe("政府建设");
    expect(sectorOf(["做好以下工作", "（二）聚焦城市更新，提升城市品质"])).toBe("城市建设");
    expect(sectorOf(["做好以下工作"])).toBeNull();
  });
});

describe("sectors of commitments: the clause and its sentence first", () => {
  const report = (plan: string) =>
    analyseReport(`2025年政府工作报告\n各位代表：\n二、2025年工作安排\n${plan}\n`).commitments.map((c) => [
      c.quote,
      c.sector,
    ]);

  it("files firms and centres of an innovation ecosystem under innovation, not the environment", () => {
    expect(sectorOf(["（三）聚力培优创新生态"])).not.toBe("生态环境");
    expect(
      report("（三）聚力培优创新生态\n新培育专精特新企业20家，新认定高新技术企业50家，建成成果概念验证中心2个。"),
    ).toEqual([
      ["新培育专精特新企业20家", "科技创新"],
      ["新认定高新技术企业50家", "科技创新"],
      ["建成成果概念验证中心2个", "科技创新"],
    ]);
  });

  it("gives the main expected targets a sector instead of none", () => {
    const sectors = Object.fromEntries(
      report(
        "主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%，城镇新增就业1.2万人，单位地区生产总值能耗下降3%。",
      ),
    );
    expect(sectors).toEqual({
      "地区生产总值增长6%左右": "经济发展",
      "一般公共预算收入增长5%": "经济发展",
      "城镇新增就业1.2万人": "社会保障",
      "单位地区生产总值能耗下降3%": "生态环境",
    });
  });
});

describe("sectors of commitments by what they promise", () => {
  const sectorsOf = (plan: string) =>
    Object.fromEntries(
      analyseReport(`2025年政府工作报告\n各位代表：\n二、2025年工作安排\n${plan}\n`).commitments.map((c) => [
        c.quote,
        c.sector,
      ]),
    );

  it("files trade, investment promotion and government services under 改革开放", () => {
    expect(
      sectorsOf("（一）扩大内需\n外贸进出口总额增长6%，新引进亿元以上项目40个，政务服务事项网上可办率达到98%。"),
    ).toEqual({
      "外贸进出口总额增长6%": "改革开放",
      新引进亿元以上项目40个: "改革开放",
      "政务服务事项网上可办率达到98%": "改革开放",
    });
  });

  it("files rural roads under transport, pensions and medical insurance under 社会保障, sewer pipes under the environment", () => {
    expect(
      sectorsOf(
        "（五）推进乡村振兴\n新改建农村公路80公里，新增养老护理床位300张，城乡居民医保报销比例提高到65%，新建雨污管网12公里。",
      ),
    ).toEqual({
      新改建农村公路80公里: "城市建设",
      新增养老护理床位300张: "社会保障",
      "城乡居民医保报销比例提高到65%": "社会保障",
      新建雨污管网12公里: "生态环境",
    });
  });

  it("lets a clause that only names projects take the sector of its heading", () => {
    expect(sectorsOf("（四）发展乡村产业\n推进现代农业示范区建设，实施重点项目25个。")).toMatchObject({
      实施重点项目25个: "乡村振兴",
    });
  });
});
