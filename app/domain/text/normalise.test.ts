import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalise, rawSpan } from "~/domain/text/normalise";

const paragraphsOf = (raw: string) => {
  const clean = normalise(raw);
  return clean.paragraphs.map((p) => clean.text.slice(p.start, p.end));
};

// Copied from zhangdian-2025.txt: PDF text, a break every line, blank lines between, a page break as a leading space.
const PDF_EXCERPT = [
  "业服务品质持续提升。纵深推进全域公园城市建设，张店儿",
  "",
  "童公园入选首批山东省儿童友好城市试点单元，淄博金带公",
  "",
  "园向市民开放，市体育中心地下停车场建成投用，建设城市",
  "",
  "公园、社区游园、口袋公园 6 处，新建改造城市绿地 69 万平",
  " 方米。扎实推进生态张店建设，高标准完成第三轮省生态环",
  "",
  "境保护督察反馈问题整改。",
  "",
  "— 18 —",
  "",
  "（六）提升民生供给力，构筑高质量发展新优势",
  "",
  "提供更有质量的社会保障。坚持就业优先，优化高校毕业生、",
  "",
  "退役军人、“零就业”家庭等重点群体就业服务，新增城镇就",
  "",
  "业 1.3 万人以上。深入实施全民参保计划，持续提升养老保",
  "",
  "险、医疗保险参保率，织密筑牢多层次的社会保障体系。",
].join("\n");

describe("normalise", () => {
  it("rebuilds PDF-broken paragraphs: joins lines, rejoins numbers and units, drops the page footer", () => {
    const clean = normalise(PDF_EXCERPT);
    expect(clean.layout).toBe("wrapped");
    const paragraphs = clean.paragraphs.map((p) => clean.text.slice(p.start, p.end));
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toContain("口袋公园6处，新建改造城市绿地69万平方米。扎实推进");
    expect(paragraphs[0]).toMatch(/问题整改。$/);
    expect(paragraphs[1]).toBe("（六）提升民生供给力，构筑高质量发展新优势");
    expect(paragraphs[2]).toContain("新增城镇就业1.3万人以上。");
    expect(clean.text).not.toContain("18");
  });

  it("maps every clean span back to the raw text it came from", () => {
    const clean = normalise(PDF_EXCERPT);
    const at = clean.text.indexOf("新增城镇就业1.3万人以上");
    const span = rawSpan(clean, at, at + "新增城镇就业1.3万人以上".length);
    expect(PDF_EXCERPT.slice(span.start, span.end)).toBe("新增城镇就\n\n业 1.3 万人以上");
    const cut = clean.text.indexOf("69万平方米");
    const cutSpan = rawSpan(clean, cut, cut + 6);
    expect(PDF_EXCERPT.slice(cutSpan.start, cutSpan.end)).toBe("69 万平\n 方米");
  });

  it("joins a heading that wrapped onto a second line (tianqiao-2025.txt)", () => {
    const raw = readFileSync("data/reports/tianqiao-2025.txt", "utf8");
    expect(paragraphsOf(raw)).toContain("（一）全力以赴抓项目、促发展，综合经济实力实现新跃升");
  });

  it("keeps web text one paragraph a line and collapses a letter-spaced title", () => {
    const raw =
      "\n政 府 工 作 报 告\n\n区长  冯炳涛\n\n各位代表：\n\n2022年工作回顾\n一年来，全区生产总值增长 5%。\n　　新增就业4000人。\n";
    expect(paragraphsOf(raw)).toEqual([
      "政府工作报告",
      "区长 冯炳涛",
      "各位代表：",
      "2022年工作回顾",
      "一年来，全区生产总值增长5%。",
      "新增就业4000人。",
    ]);
    expect(normalise(raw).paragraphs.map((p) => p.title)).toEqual([true, true, false, false, false, false]);
  });

  it("ends the title block at the first part heading when the address comes only later", () => {
    const raw = [
      "2031年1月9日在示范区第三届人民代表大会第二次会议上",
      "示范区人民政府区长 王明",
      "一、2030年工作回顾",
      "2030年，全区生产总值增长6%。",
      "各位代表，过去的一年，我们迎难而上。",
      "二、2031年目标任务",
    ].join("\n");
    expect(normalise(raw).paragraphs.map((p) => p.title)).toEqual([true, true, false, false, false, false]);
  });

  it("moves a photo caption out of the sentence it was spliced into (zhangdian-2022-news.txt)", () => {
    const paragraphs = paragraphsOf(readFileSync("data/reports/zhangdian-2022-news.txt", "utf8"));
    const joined = paragraphs.find((p) => p.startsWith("抓项目建设筑引擎"));
    expect(joined).toContain("着力扩大有效投资,优化投资结构");
    expect(paragraphs).toContain("张店区人民政府区长苏振华作政府工作报告。");
  });

  it("splits a wrapped paragraph where a line starts with a lead sentence after a full stop", () => {
    const paragraphs = paragraphsOf(readFileSync("data/reports/zhangdian-2025.txt", "utf8"));
    expect(paragraphs.some((p) => p.startsWith("四是改革创新协同推进。"))).toBe(true);
    expect(paragraphs.some((p) => p.startsWith("着力做细人才引育。"))).toBe(true);
  });

  it("reads our own PDF-text fixture: no blank lines, dash and 第 N 页 footers, a number cut across lines", () => {
    const paragraphs = paragraphsOf(readFileSync("tests/fixtures/reports/donggang-2024-pdf-text.txt", "utf8"));
    expect(paragraphs.join("")).toContain("城镇新增就业9860人");
    expect(paragraphs.join("")).not.toMatch(/- 1 -|第 2 页/);
    expect(paragraphs).toContain("（一）聚焦产业升级，壮大实体经济");
  });
});

describe("normalise with indented PDF paragraphs", () => {
  it("starts a paragraph at an indented line even after a full line that ends a sentence", () => {
    const raw = [
      "　　2024年是全面贯彻党的二十届三中全会精神的重要一年，做",
      "好今年工作意义重大。全区经济社会发展主要预期目标是：地区",
      "生产总值增长6%左右，一般公共预算收入增长5%以上，城镇新",
      "增就业1.2万人以上。全面完成节能减排约束性指标任务要求。",
      "　　加快建设现代化产业体系。实施工业技改项目60个以上，新增",
      "规模以上工业企业20家，打造特色产业集群3个以上，力争规上",
      "工业增加值增长8%以上。",
      "　　持续扩大有效投资。实施区级重点项目100个以上。",
    ].join("\n");
    const paragraphs = paragraphsOf(raw);
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[1]).toMatch(/^加快建设现代化产业体系。/);
    expect(paragraphs[0]).toContain("城镇新增就业1.2万人以上。");
  });
});

describe("normalise drops page furniture", () => {
  it("drops running page headers and table-of-contents entries", () => {
    const body = [
      "　　一年来，全区上下团结一心，攻坚克难，经济社会发展取得新成效，全",
      "年地区生产总值增长5.2%，新增城镇就业1.4万人，城镇调查失业率保持",
      "在5%以内，居民人均可支配收入增长5.5%，各项民生事业全面进步。",
    ];
    const raw = [
      "目  录",
      "一、2024年工作回顾………………………1",
      "二、2025年工作安排………………………6",
      "各位代表：",
      "2025年政府工作报告",
      "一、2024年工作回顾",
      ...body,
      "2025年政府工作报告",
      ...body,
      "2025年政府工作报告",
      "二、2025年工作安排",
      ...body,
    ].join("\n");
    const paragraphs = paragraphsOf(raw);
    expect(paragraphs.filter((p) => p.includes("政府工作报告"))).toEqual([]);
    expect(paragraphs.filter((p) => p.startsWith("一、2024年工作回顾"))).toEqual(["一、2024年工作回顾"]);
    expect(paragraphs.filter((p) => p.includes("……"))).toEqual([]);
  });

  it("keeps the title block's own title though the page's tags repeat it (米易 2022 as a saved web page)", () => {
    const raw = [
      "工作报告",
      "米易县2024年政府工作报告",
      "政府工作报告",
      "（2022年1月24日在米易县第十九届人民代表大会第二次会议上）",
      "各位代表：",
      "现在，我代表县人民政府，向大会报告工作，请予审议。",
      "2021年工作回顾",
      "2021年，实现地区生产总值169.28亿元、增长8.6%。",
      "标签：",
      "政府工作报告",
      "工作报告",
      "政府工作报告",
      "工作报告",
    ].join("\n");
    const clean = normalise(raw);
    const title = clean.paragraphs.filter((p) => p.title).map((p) => clean.text.slice(p.start, p.end));
    expect(title).toEqual([
      "工作报告",
      "米易县2024年政府工作报告",
      "政府工作报告",
      "（2022年1月24日在米易县第十九届人民代表大会第二次会议上）",
    ]);
    expect(paragraphsOf(raw).filter((p) => p === "政府工作报告")).toHaveLength(1);
  });
});

describe("normalise on lists without full stops", () => {
  it("keeps one item a line when the lines stop at every width (a list, not a wrapped PDF)", () => {
    const raw = [
      "二、明年工作安排",
      "主要预期目标",
      "全区生产总值增长6%",
      "城镇新增就业8000人以上",
      "一般公共预算收入增长4.5%",
      "新建改建农村公路120公里",
      "重点项目",
      "开工建设市第三人民医院新院区",
      "建成投用滨河公园和体育馆",
    ].join("\n");
    const clean = normalise(raw);
    expect(clean.layout).toBe("flowed");
    expect(paragraphsOf(raw)).toContain("城镇新增就业8000人以上");
    expect(paragraphsOf(raw)).toContain("新建改建农村公路120公里");
  });
});

describe("normalise on web copies", () => {
  it("drops zero-width joiners at the end of a line (national-2015.txt: 各位代表：‍)", () => {
    const raw = readFileSync("tests/fixtures/followup-real/national-2015.txt", "utf8");
    const paragraphs = paragraphsOf(raw);
    expect(paragraphs).toContain("各位代表：");
    expect(paragraphsOf("各位代表：\u200d\n一、过去一年工作回顾")).toEqual(["各位代表：", "一、过去一年工作回顾"]);
  });

  it("runs a dashed paragraph on when a web page broke its sentence, even across a zero-width line", () => {
    const copy = [
      "各位代表：",
      "——农业生产再获丰收，粮食产量保持稳定。全年粮食总产量达到6.8",
      "\u200b",
      "亿吨，比上年略有增加。",
      "——交通网络不断完善。新开通",
      "城际铁路",
      "四条，农村公路通达所有建制村。",
    ].join("\n");
    expect(paragraphsOf(copy)).toEqual([
      "各位代表：",
      "——农业生产再获丰收，粮食产量保持稳定。全年粮食总产量达到6.8亿吨，比上年略有增加。",
      "——交通网络不断完善。新开通城际铁路四条，农村公路通达所有建制村。",
    ]);
  });

  it("keeps a subscript a web page put on its own line inside the word (national-2014.txt: M / 2)", () => {
    const raw = readFileSync("tests/fixtures/followup-real/national-2014.txt", "utf8");
    expect(normalise(raw).text).toContain("今年广义货币M2预期增长13%左右");
    const copy = ["今年的目标是推动广义货币M", "2", "余额平稳增长，保持流动性合理充裕。"].join("\n");
    expect(paragraphsOf(copy)).toEqual(["今年的目标是推动广义货币M2余额平稳增长，保持流动性合理充裕。"]);
  });
});
