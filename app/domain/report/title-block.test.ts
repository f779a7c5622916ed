import { describe, expect, it } from "vitest";
import { readTitleBlock } from "~/domain/report/title-block";

describe("readTitleBlock", () => {
  it("reads title, meeting, speaker, date and jurisdiction from title lines split mid-phrase", () => {
    const facts = readTitleBlock(
      "政府工作报告\n——2025年1月7日在天桥区第十九届\n人民代表大会第四次会议上\n天桥区人民政府区长 张庆国",
      "",
      "",
    );
    expect(facts).toEqual({
      title: "政府工作报告",
      titleYear: null,
      meeting: "天桥区第十九届人民代表大会第四次会议",
      jurisdiction: "天桥区",
      level: "district",
      speaker: "区长 张庆国",
      date: { year: 2025, month: 1, day: 7 },
    });
  });

  it("reads an acting head and a year in the title", () => {
    const facts = readTitleBlock(
      "2025年政府工作报告\n——在张店区第十八届人民代表大会第四次会议上\n张店区人民政府代理区长 于寿磊",
      "",
      "",
    );
    expect(facts.title).toBe("2025年政府工作报告");
    expect(facts.titleYear).toBe(2025);
    expect(facts.speaker).toBe("代理区长 于寿磊");
    expect(facts.date).toBeNull();
  });

  it("finds meeting, speaker and date in newspaper copy and the place in a county report", () => {
    const news = readTitleBlock(
      "五个“聚力”全方位提升民生品质",
      "淄博1月20日讯1月19日,张店区第十八届人民代表大会第一次会议开幕,张店区人民政府区长苏振华作政府工作报告。",
      "",
    );
    expect(news.meeting).toBe("张店区第十八届人民代表大会第一次会议");
    expect(news.speaker).toBe("区长 苏振华");
    expect(news.date).toEqual({ year: null, month: 1, day: 19 });
    expect(news.title).toBe("五个“聚力”全方位提升民生品质");
    expect(
      readTitleBlock("——2024年1月10日在临河县第十八届人民代表大会第三次会议上\n县长 王立新", "", "").jurisdiction,
    ).toBe("临河县");
  });

  it("without a title block, takes the district the text names most, not generic areas", () => {
    const body =
      "我代表区人民政府报告工作。张店区坚持发展，淄博高新区、张店区、经开区协同，建设幸福张店区，老旧小区改造，老旧小区提升。";
    expect(readTitleBlock("", "我代表区人民政府报告工作。", body).jurisdiction).toBe("张店区");
  });
});

describe("readTitleBlock variants", () => {
  it("reads the 人大 abbreviation, an acting 代区长 and a place given with its city", () => {
    const facts = readTitleBlock("——2024年1月12日在区十七届人大三次会议上\n济南市历城区人民政府代区长 孙海涛", "", "");
    expect(facts.meeting).toBe("十七届人大三次会议");
    expect(facts.speaker).toBe("代区长 孙海涛");
    expect(facts.jurisdiction).toBe("历城区");
    expect(readTitleBlock("——在淄博市张店区第十八届人民代表大会第四次会议上", "", "").jurisdiction).toBe("张店区");
  });
});

describe("jurisdiction and level from the title block", () => {
  it.each([
    ["政府工作报告\n——2025年3月5日在第十四届全国人民代表大会第三次会议上\n国务院总理 李强", "国务院", "national"],
    ["政府工作报告\n——2026年1月在山西省第十四届人民代表大会第五次会议上\n山西省人民政府省长", "山西省", "province"],
    [
      "内蒙古自治区人民政府工作报告\n——在内蒙古自治区第十四届人民代表大会第三次会议上",
      "内蒙古自治区",
      "autonomous_region",
    ],
    ["政府工作报告\n——在上海市第十六届人民代表大会第三次会议上", "上海市", "municipality"],
    ["政府工作报告\n——在深圳市第七届人民代表大会第五次会议上\n深圳市人民政府市长", "深圳市", "city"],
    ["政府工作报告\n——在甘孜藏族自治州第十三届人民代表大会第五次会议上", "甘孜藏族自治州", "prefecture"],
    ["政府工作报告\n——在锡林郭勒盟第三届人民代表大会第一次会议上", "锡林郭勒盟", "prefecture"],
    ["政府工作报告\n——在西乌珠穆沁旗第十七届人民代表大会第二次会议上\n旗长 张三", "西乌珠穆沁旗", "banner"],
    ["政府工作报告\n——在涉县第十七届人民代表大会第五次会议上", "涉县", "county"],
    ["政府工作报告\n——在内蒙古自治区呼伦贝尔市海拉尔区第十届人民代表大会第一次会议上", "海拉尔区", "district"],
  ])("%s → %s (%s)", (title, jurisdiction, level) => {
    const facts = readTitleBlock(title, "", "");
    expect([facts.jurisdiction, facts.level]).toEqual([jurisdiction, level]);
  });

  it("keeps the province in the title", () => {
    expect(readTitleBlock("2026年河南省人民政府工作报告", "", "").title).toBe("2026年河南省人民政府工作报告");
  });
});
