import { describe, expect, it } from "vitest";
import { actsOf, goalOf, isMilestone, isPreparation, reportsAct, stageOf } from "~/domain/followup/stage";

describe("stages", () => {
  it.each([
    ["民祥科技、飒露光学等项目竣工投产", "completed"],
    ["临临高速张店段正式通车", "completed"],
    ["电子信息科创园等产业园区基本建成", "completed"],
    ["火车站北广场片区建设有序推进", "under_way"],
    ["东环路快速化改造工程主体完工", "under_way"],
    ["市民文化中心建设进度滞后", "stalled"],
    ["老城区雨污分流改造完成80%", "under_way"],
    ["县体育中心建设暂缓", "stalled"],
    ["市民文化中心即将投入使用", "preparing"],
    ["项目一期预计2025年上半年投入使用", "preparing"],
    ["海韵路跨河大桥完成前期手续", "preparing"],
    ["计划于今年3月开工", "preparing"],
    ["项目未能如期开工", "stalled"],
    ["支持民祥科技等骨干企业", null],
    ["“十四五”规划确定的各项任务全面完成", "completed"],
    ["文化馆完成规划设计", "preparing"],
    ["易水初中、第三高中进入招标程序", "preparing"],
    ["在全省推开乡镇综合执法改革", "completed"],
    ["深化农村集体产权制度改革", "under_way"],
    ["北山风电场二期并网发电", "completed"],
    ["东部水厂至各乡镇供水管线全线通水", "completed"],
    ["投资3.2亿元建设县第二中学新校区", "under_way"],
    ["投资3.2亿元建设的县第二中学新校区建成投用", "completed"],
  ] as const)("%s → %s", (text, stage) => {
    expect(stageOf(text)).toBe(stage);
  });

  it("knows milestones a promise can aim at", () => {
    expect(isMilestone("县人民医院新院区主体完工")).toBe(true);
    expect(isMilestone("县人民医院新院区建成投用")).toBe(false);
  });

  it("knows promises that are themselves a preparation step", () => {
    expect(isPreparation("签约引进云帆数据中心项目")).toBe(true);
    expect(isPreparation("开工建设海韵路跨河大桥")).toBe(false);
    expect(isPreparation("完成规划设计并建成投用")).toBe(false);
  });

  it("reads what a promise aims at", () => {
    expect(goalOf("民祥科技产业园建成投产")).toBe("finish");
    expect(goalOf("华晟光电项目开工建设")).toBe("start");
    expect(goalOf("推进城管体制改革")).toBe("advance");
  });

  it("reads the act a promise is, reported again, as done (a fee 取消 is kept, not dropped)", () => {
    expect(reportsAct(actsOf("年内取消停车场占道收费"), "取消停车场占道收费，减轻群众负担")).toBe(true);
    expect(reportsAct(actsOf("全面实施河湖长制"), "河湖长制全面实施")).toBe(true);
    expect(reportsAct(actsOf("建立企业首席服务员制度"), "推动建立企业首席服务员制度")).toBe(false);
    expect(reportsAct(actsOf("建成城东污水处理厂"), "城东污水处理厂建成投用")).toBe(false);
  });
});
