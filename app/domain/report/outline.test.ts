import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalise } from "~/domain/text/normalise";
import { findHeadings } from "~/domain/report/outline";
import { analyseReport } from "~/domain/report/analyse";

const outline = (raw: string) => findHeadings(normalise(raw)).map((h) => `${h.level} ${h.style} ${h.text}`);
const corpus = (name: string) => readFileSync(`data/reports/${name}`, "utf8");
const fixture = (name: string) => readFileSync(`tests/fixtures/reports/${name}`, "utf8");

describe("findHeadings", () => {
  it("finds every heading style and nests them by first use", () => {
    const raw = [
      "各位代表：",
      "第一部分 2023年工作回顾",
      "一年来，我们做了很多工作，取得了明显成效，全区经济社会发展稳中有进。",
      "第二部分 2024年工作安排",
      "（一）扩大有效投资",
      "1.狠抓项目建设。全年实施重点项目70个以上，年度计划投资95亿元。",
      "（1）工业项目。新开工工业项目20个。",
      "①技改项目。实施技改项目30个。",
      "2．培育市场主体。新增规模以上工业企业15家以上，新增高新技术企业2-3家。",
      "（二）改善民生",
      "稳定扩大就业。城镇新增就业一万人以上，开展职业技能培训三千人次。",
      "——办好教育。新建中小学4所，新增学位2000个。",
      "第三部分 加强政府自身建设",
      "附件：名词解释",
      "1．四减四增：即调整产业结构，减少过剩和落后产业。",
    ].join("\n");
    expect(outline(raw)).toEqual([
      "1 part 第一部分2023年工作回顾",
      "1 part 第二部分2024年工作安排",
      "2 paren-cn （一）扩大有效投资",
      "3 arabic 1.狠抓项目建设",
      "4 paren-arabic （1）工业项目",
      "5 circled ①技改项目",
      "3 arabic 2．培育市场主体",
      "2 paren-cn （二）改善民生",
      "3 lead 稳定扩大就业",
      "3 dash ——办好教育",
      "1 part 第三部分 加强政府自身建设",
      "1 unnumbered 附件：名词解释",
    ]);
  });

  it("takes a short line that arranges an amount (…按3%左右安排) for text, not a heading", () => {
    const raw = [
      "二、2026年工作安排",
      "财政: 赤字率拟按3%左右安排,赤字规模1.5万亿元",
      "今年主要目标任务",
      "地区生产总值增长5%左右。",
    ].join("\n");
    expect(outline(raw)).toEqual(["1 cn 二、2026年工作安排", "2 unnumbered 今年主要目标任务"]);
  });

  it("ranks unnumbered parts above 一、 when a report lost its part numbers (zhangdian-2022.txt)", () => {
    const headings = outline(corpus("zhangdian-2022.txt"));
    expect(headings.slice(0, 3)).toEqual([
      "1 unnumbered 过去五年和2021年工作回顾",
      "1 unnumbered 今后五年政府工作的思路目标",
      "2 dash ——更高质量推动产业发展",
    ]);
    expect(headings).toContain("2 cn 一、聚力提升产业品质，构建“2+4”现代产业体系");
    expect(headings).toContain("3 lead 大力发展城市经济");
    expect(headings).toContain("1 unnumbered 全面提升政府治理能力水平");
  });

  it("reads 一是…七是 as run-in headings and leaves short sentences among them alone (zhangdian-2025.txt)", () => {
    const headings = outline(corpus("zhangdian-2025.txt"));
    expect(headings.filter((h) => h.includes(" ordinal "))).toHaveLength(7);
    expect(headings.some((h) => h.includes("顺利完成政府机构改革"))).toBe(false);
    expect(headings).toContain("2 paren-cn （六）提升民生供给力，构筑高质量发展新优势");
  });

  it("stops at a glossary: its numbered entries are not headings (zichuan-2023.txt)", () => {
    const headings = outline(corpus("zichuan-2023.txt"));
    expect(headings.at(-1)).toBe("1 unnumbered 名词解释");
    expect(headings.some((h) => h.includes("“431”现代产业体系"))).toBe(false);
  });

  it("stops at a glossary whose heading a web copy decorates (*名词解释, ※名词解释※): its entries and page furniture are not headings", () => {
    for (const mark of ["*名词解释", "※名词解释※", "【名词解释】"]) {
      const raw = [
        "各位代表：",
        "一、2023年工作回顾",
        "一年来，我们推进“三个一”工程，全县经济平稳增长。",
        "二、2024年工作安排",
        "（一）抓好项目建设。新建学校3所。",
        mark,
        "[1]三个一：指一个园区、一条产业链、一批骨干企业。",
        "[2]五化：指绿化、亮化、净化、美化、序化。",
        "2023年某某县政府工作报告",
      ].join("\n");
      const headings = outline(raw);
      expect(headings.at(-1)).toBe(`1 unnumbered ${mark}`);
    }
  });

  it("handles ASCII parentheses, 1、 and circled numbers with ASCII full stops (beiling-2023-web.html text)", () => {
    const raw = [
      "各位代表:",
      "二、2023年工作安排",
      "(一)做大做强县域经济",
      "1、壮大清洁能源产业.新增风电装机50万千瓦以上.",
      "(二)增进民生福祉",
      "①就业和社保.城镇新增就业3500人以上.",
      "各位代表!我们提请大会票决10件民生实事项目.",
    ].join("\n");
    expect(outline(raw)).toEqual([
      "1 cn 二、2023年工作安排",
      "2 paren-cn (一)做大做强县域经济",
      "3 arabic 1、壮大清洁能源产业",
      "2 paren-cn (二)增进民生福祉",
      "3 circled ①就业和社保",
    ]);
  });

  it("finds the unnumbered section titles of newspaper copy (zhangdian-2022-news.txt)", () => {
    const headings = outline(corpus("zhangdian-2022-news.txt")).filter((h) => h.startsWith("1 "));
    expect(headings).toEqual([
      "1 unnumbered 聚力提升产业品质 构建“2+4”现代产业体系",
      "1 unnumbered 聚力提升发展品质 激活高质量发展的动力之源",
      "1 unnumbered 聚力提升开放品质 厚植高质量发展的改革基因",
      "1 unnumbered 聚力提升城市品质 打造美丽宜居的中心城区",
      "1 unnumbered 聚力提升民生品质 建设共建共享的幸福张店",
    ]);
  });

  it("reads the county fixture with 第一部分 parts and full-width numbering", () => {
    const headings = outline(fixture("county-2024-parts.txt"));
    expect(headings).toContain("3 arabic １．狠抓重点项目建设");
    expect(headings).toContain("1 unnumbered 附件：名词解释");
  });
});

describe("findHeadings and numbered lists of targets", () => {
  it("does not take numbered targets for headings", () => {
    const raw = [
      "各位代表：",
      "二、2025年工作安排",
      "主要预期目标是：",
      "（1）地区生产总值增长6%左右；",
      "（2）新增城镇就业1.2万人以上；",
      "（3）居民收入增长与经济增长同步。",
    ].join("\n");
    expect(outline(raw)).toEqual(["1 cn 二、2025年工作安排"]);
  });

  it("takes numbered lines with nothing under them for list items, not headings", () => {
    const raw = [
      "二、2030年工作安排",
      "一、改善城乡交通",
      "（一）购置新能源公交车80辆",
      "（二）建成东湖路北延工程",
      "（三）开通夜间公交线路6条",
      "二、扩大教育资源",
      "（一）扩大有效投资",
      "全年实施重点项目70个以上。",
    ].join("\n");
    expect(outline(raw)).toEqual([
      "1 cn 二、2030年工作安排",
      "1 cn 一、改善城乡交通",
      "1 cn 二、扩大教育资源",
      "2 paren-cn （一）扩大有效投资",
    ]);
  });

  it("takes a numbered item whose lead sentence holds a count for a list item", () => {
    const raw = [
      "二、2030年工作安排",
      "1.改造背街小巷26条。其中，年内完工20条。",
      "2.推进产业升级。培育龙头企业。",
    ].join("\n");
    expect(outline(raw)).toEqual(["1 cn 二、2030年工作安排", "2 arabic 2.推进产业升级"]);
  });

  it("nests parallel unnumbered sub-headings under the part they review (高唐 2025: 我们始终…)", () => {
    const raw = [
      "各位代表：",
      "2024年工作回顾",
      "2024年是实现“十四五”规划目标任务的关键一年。一年来，面对外部压力加大、内部困难增多的复杂严峻形势，全县经济运行稳中有进。",
      "我们始终保持发展定力，经济运行跑出新速度",
      "主要经济指标保持向上向好势头，经济运行稳中有进、进中提质。地区生产总值增长6.1%。",
      "我们始终强化投资开放，经济发展注入新动能",
      "项目投资效能提升。成立重点项目挂图作战和要素保障指挥部，创新建立“1432”工作机制。",
      "我们始终注重自身建设，行政效能实现新提高",
      "坚持把党的领导贯穿政府工作全过程，巩固拓展主题教育成果，扎实开展党纪学习教育。",
      "2025年工作目标任务",
      "综合考虑各方面的因素，今年经济社会发展主要预期目标是：地区生产总值增长6%左右。",
      "一、聚焦促消费扩投资，着力增强经济发展内生动力",
      "坚持消费与投资“双轮驱动”，大力提振消费、提高投资效益，推动“两重”“两新”政策落地见效。",
    ].join("\n");
    expect(outline(raw)).toEqual([
      "1 unnumbered 2024年工作回顾",
      "2 series 我们始终保持发展定力，经济运行跑出新速度",
      "2 series 我们始终强化投资开放，经济发展注入新动能",
      "3 lead 项目投资效能提升",
      "2 series 我们始终注重自身建设，行政效能实现新提高",
      "1 unnumbered 2025年工作目标任务",
      "2 cn 一、聚焦促消费扩投资，着力增强经济发展内生动力",
    ]);
    const parts = analyseReport(raw).sections.map((s) => `${s.level} ${s.part}`);
    expect(parts).toEqual(["1 review", "2 review", "2 review", "3 review", "2 review", "1 plan", "2 plan"]);
  });
});
