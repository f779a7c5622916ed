// The place and level of real report text in the repo: title blocks, and excerpts that only name the place
// (in full, or short: 甘孜, 青岛, 果洛州) or only say the level they speak at (全市, 本县).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyseReport } from "~/domain/report/analyse";
import { mentions } from "~/domain/report/gazetteer";
import { readTitleBlock } from "~/domain/report/title-block";

describe("jurisdiction and level of real texts", () => {
  it.each([
    ["data/reports/zhangdian-2025.txt", "张店区", "district"],
    ["data/reports/zhangdian-2022.txt", "张店区", "district"],
    ["tests/fixtures/followup-real/hailaer-2013.txt", "海拉尔区", "district"],
    ["tests/fixtures/followup-real/national-2015.txt", "国务院", "national"],
    ["tests/fixtures/probe/guowuyuan-2023.txt", "国务院", "national"],
    ["tests/fixtures/probe4/shanxi-2017.txt", "山西省", "province"],
    ["tests/fixtures/probe2/guangdong-2024.txt", "广东省", "province"],
    ["tests/fixtures/probe2/neimenggu-2024.txt", "内蒙古自治区", "autonomous_region"],
    ["tests/fixtures/probe4/xilinguole-2017.txt", "锡林郭勒盟", "prefecture"],
    ["tests/fixtures/probe4/ganzi-2025.txt", "甘孜藏族自治州", "prefecture"],
    ["tests/fixtures/probe4/shenzhen-2017.txt", "深圳市", "city"],
    ["tests/fixtures/probe3/guangzhou-2018.txt", "广州市", "city"],
    ["tests/fixtures/probe3/boxing-2015.txt", "博兴县", "county"],
    ["tests/fixtures/probe4/siming-2020.txt", "思明区", "district"],
    // Round 5: provinces, autonomous regions, prefectures, a banner, counties and cities without a title block.
    ["tests/fixtures/probe5/xizang-2026.txt", "西藏自治区", "autonomous_region"],
    ["tests/fixtures/probe5/xinjiang-2023.txt", "新疆维吾尔自治区", "autonomous_region"],
    ["tests/fixtures/probe5/jilin-2026.txt", "吉林省", "province"],
    ["tests/fixtures/probe5/sichuan-2026.txt", "四川省", "province"],
    ["tests/fixtures/probe5/jiangxi-2026.txt", "江西省", "province"],
    ["tests/fixtures/probe5/fujian-2026.txt", "福建省", "province"],
    ["tests/fixtures/probe5/shandong-2013.txt", "山东省", "province"],
    ["tests/fixtures/probe5/qiandongnan-2024.txt", "黔东南苗族侗族自治州", "prefecture"],
    ["tests/fixtures/probe5/guoluo-2023.txt", "果洛藏族自治州", "prefecture"],
    ["tests/fixtures/probe5/tumotezuoqi-2024.txt", "土默特左旗", "banner"],
    ["tests/fixtures/probe5/dengkou-2025.txt", "磴口县", "county"],
    ["tests/fixtures/probe5/zhenan-2015.txt", "镇安县", "county"],
    ["tests/fixtures/probe5/tongliao-2025.txt", "通辽市", "city"],
    ["tests/fixtures/probe5/haikou-2026.txt", "海口市", "city"],
    ["tests/fixtures/probe5/qingdao-2026.txt", "青岛市", "city"],
    // Excerpts naming the place once, or by its counties and districts, or in a chain (长春市绿园区).
    ["tests/fixtures/probe/hongqiao-2025.txt", "红桥区", "district"],
    ["tests/fixtures/probe/xiangcheng-2017.txt", "芗城区", "district"],
    ["tests/fixtures/probe/yongzhou-2018.txt", "永州市", "city"],
    ["tests/fixtures/probe/jingzhou-2018.txt", "荆州市", "city"],
    ["tests/fixtures/probe2/lanzhou-2019.txt", "兰州市", "city"],
    ["tests/fixtures/probe2/jingde-2015.txt", "旌德县", "county"],
    ["tests/fixtures/probe2/luyuan-2024.txt", "绿园区", "district"],
    ["tests/fixtures/probe3/juxian-2019.txt", "莒县", "county"],
    ["tests/fixtures/probe3/fangzheng-2025.txt", "方正县", "county"],
    // Round 6b: a city named only by short forms (合肥港, 合武高铁), with 呼应城市 in its running text.
    ["tests/fixtures/probe6b/hefei-2008.txt", "合肥市", "city"],
    // No name in the text, only the level it speaks at.
    ["tests/fixtures/probe2/anyang-2017.txt", null, "city"],
    ["tests/fixtures/probe2/nayong-2019.txt", null, "county"],
    // A news story that calls the county 该县 and ranks it in 全省 once: it speaks of a county.
    ["tests/fixtures/probe6a/xiuwu-2012.txt", null, "county"],
  ])("%s → %s (%s)", (file, jurisdiction, level) => {
    const { report } = analyseReport(readFileSync(file, "utf8"));
    expect([report.jurisdiction, report.level]).toEqual([jurisdiction, level]);
  });

  it("does not take a saved page's address or notes for the title", () => {
    expect(analyseReport(readFileSync("tests/fixtures/probe4/shexian-2025.txt", "utf8")).report.title).toBeNull();
  });

  // Title blocks of provincial reports as stored public pages give them (the first lines only).
  it.each([
    [
      [
        "政府工作报告",
        "——2026年2月3日在湖南省第十四届人民代表大会第四次会议上",
        "毛伟明",
        "各位代表:",
        "现在,我代表省人民政府,向大会作政府工作报告,请予审议,并请各位政协委员提出意见。",
        "一、2025年和“十四五”时期工作回顾",
        "过去的一年,极不寻常、很不容易。全省地区生产总值达到5.53万亿元、稳居全国前十强、增长4.8%。",
        "二、2026年工作安排",
        "全省地区生产总值增长5%左右。",
      ],
      { jurisdiction: "湖南省", level: "province", year: 2026, title: "2026年湖南省政府工作报告" },
    ],
    [
      [
        "河北省政府工作报告",
        "——2023年1月11日在河北省第十四届人民代表大会第一次会议上",
        "河北省人民政府省长王正谱",
        "各位代表:",
        "现在,我代表省人民政府向大会报告工作,请予审议,并请省政协委员和列席人员提出意见。",
        "一、过去五年工作回顾",
        "全省生产总值从2017年的3.06万亿元增长到2022年的4.2万亿元。",
        "二、2023年工作安排",
        "全省生产总值增长6%左右。",
      ],
      { jurisdiction: "河北省", level: "province", year: 2023, title: "河北省政府工作报告" },
    ],
  ])("reads a provincial title block: %#", (lines, expected) => {
    expect(analyseReport(lines.join("\n")).report).toMatchObject(expected);
  });

  it("keeps the province in a title that names it before the year", () => {
    expect(readTitleBlock("河北省2026年政府工作报告", "", "").title).toBe("河北省2026年政府工作报告");
    expect(readTitleBlock("2026年河北省政府工作报告", "", "").title).toBe("2026年河北省政府工作报告");
  });

  it("reads a name ending on the noun 城市 inside running text as the noun (呼应城市, 沿海城市: not 应城市, 海城市)", () => {
    const text =
      "二、2024年工作安排\n今年我市将加快北部片区建设，呼应城市快速路网，新建学校3所，新建道路5公里。市委市政府将持续发力。";
    expect(analyseReport(text).report).toMatchObject({ jurisdiction: null, level: "city" });
    expect(mentions("推动沿海城市带和新兴城市群发展").map((m) => m.place.name)).toEqual([]);
    expect(mentions("赴盐城市考察，学习晋城市经验").map((m) => m.place.name)).toEqual(["盐城市", "晋城市"]);
    expect(mentions("与盐城市、“宜城市”开展合作").map((m) => m.place.name)).toEqual(["盐城市", "宜城市"]);
  });

  it("reads common words that are also short place names as words (共同富裕, 乡村振兴, 新建)", () => {
    const text =
      "二、2025年工作安排\n全县上下扎实推进共同富裕，推动乡村振兴，新建学校3所，新建道路5公里。县委县政府将持续发力。";
    expect(analyseReport(text).report).toMatchObject({ jurisdiction: null, level: "county" });
  });
});

describe("title blocks of saved web pages and older county reports", () => {
  it("takes the report's own title block, not the saver's note or the page's headline (米易县 2022)", () => {
    const text = [
      "# source: GitHub yver-sun/gaoyang-towel-resilience, data/policies/保定市各县政府工作报告.xlsx (row 易县 2024)",
      "工作报告",
      "米易县2024年政府工作报告",
      "时间：2024-01-14 作者：中国县域 来源：米易县人民政府",
      "政府工作报告",
      "（2022年1月24日在米易县第十九届人民代表大会第二次会议上）",
      "米易县人民政府县长 代坤宏",
      "各位代表：",
      "现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。",
      "2021年工作回顾",
      "2021年，实现地区生产总值169.28亿元、增长8.6%。",
      "2022年工作安排",
      "地区生产总值增长7.5%以上。",
    ].join("\n");
    expect(analyseReport(text).report).toMatchObject({
      jurisdiction: "米易县",
      level: "county",
      year: 2022,
      title: "2022年米易县政府工作报告",
    });
  });

  it("reads the State Council from 我代表国务院 when only the saver's note names it (national 2014)", () => {
    const text = [
      "# source: zh.wikisource.org via GitHub aldohemsn/chinese-political-corpora — 2014年中华人民共和国国务院政府工作报告",
      "各位代表：",
      "现在，我代表国务院，向大会作政府工作报告，请予审议，并请全国政协各位委员提出意见。",
      "一、2013年工作回顾",
      "全年国内生产总值增长7.7%，各地区生产总值稳步增长，全县全市经济向好。",
      "二、2014年工作总体部署",
      "国内生产总值增长7.5%左右。",
    ].join("\n");
    expect(analyseReport(text).report).toMatchObject({ jurisdiction: "国务院", level: "national", year: 2014 });
  });

  it("reads titles of places with a one-character name (唐县, 易县)", () => {
    expect(readTitleBlock("工作报告\n2020年唐县政府工作报告", "", "")).toMatchObject({
      title: "2020年唐县政府工作报告",
    });
    expect(readTitleBlock("易县2025年政府工作报告", "", "")).toMatchObject({ title: "易县2025年政府工作报告" });
  });

  it("takes the place from 我代表清苑县人民政府 even where 国内生产总值 is spoken of (清苑 2003)", () => {
    const text = [
      "政府工作报告",
      "（政治协商稿）",
      "2003年4月7日",
      "各位委员：",
      "现在，我代表清苑县人民政府向大会报告工作。请提出宝贵意见。",
      "一、过去五年政府工作的简要回顾",
      "——综合经济实力明显增强。2002年与1998年相比，国内生产总值由21.70亿元增加到29.44亿元，年均增长11.4%。全国县域经济排名上升。",
      "三、二○○三年的工作重点",
      "国内生产总值增长13.5%；",
    ].join("\n");
    expect(analyseReport(text).report).toMatchObject({ jurisdiction: "清苑县", level: "county" });
  });

  it("reads a county that has since become a district by the county name the text uses (清苑县, now 清苑区)", () => {
    const text = [
      "政府工作报告",
      "（2008年3月27日）",
      "各位代表：",
      "现在，我代表县政府向大会作政府工作报告，请予审议。",
      "一、2007年工作回顾",
      "2007年，紧紧围绕建设保定市清苑新兴工业卫星城战略目标，全县经济社会继续保持健康快速发展。全县地区生产总值完成57.5亿元。",
      "二、2008年工作重点",
      "当前，清苑县面临的主要问题是如何实现提速发展。完成《清苑县志（1986—2005）》的出版。打造清苑品牌，县委县政府高度重视。",
    ].join("\n");
    expect(analyseReport(text).report).toMatchObject({ jurisdiction: "清苑县", level: "county" });
  });
});
