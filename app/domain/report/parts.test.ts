import { describe, expect, it } from "vitest";
import { formatSpan, partByTense, partOfHeading, planYears, reviewYears } from "~/domain/report/parts";

describe("parts of a report", () => {
  it("tells review, plan, the government's own part and glossaries from their headings", () => {
    expect(partOfHeading("一、2024年政府工作回顾")).toBe("review");
    expect(partOfHeading("过去五年和2021年工作回顾")).toBe("review");
    expect(partOfHeading("三、建设人民满意的服务型政府")).toBe("other");
    expect(partOfHeading("七、办好人民满意的教育")).toBeNull();
    expect(partOfHeading("二、2025年工作总体要求、主要目标和重点任务")).toBe("plan");
    expect(partOfHeading("2022年政府工作的目标任务和工作重点")).toBe("plan");
    expect(partOfHeading("二、“十四五”时期主要目标")).toBe("plan");
    expect(partOfHeading("三、努力建设人民满意的服务型政府")).toBe("other");
    expect(partOfHeading("加强政府自身建设")).toBe("other");
    expect(partOfHeading("四、努力建设人民满意的新型政府")).toBe("other"); // 容城 2012
    expect(partOfHeading("名词解释")).toBe("glossary");
    expect(partOfHeading("附件：名词解释")).toBe("glossary");
    expect(partOfHeading("聚力提升产业品质 构建现代产业体系")).toBeNull();
    // Sub-headings of a five-year review written as sentences.
    expect(partOfHeading("五年来，我们转型升级、创新突破，制造业强县步伐坚实")).toBe("review");
    expect(partOfHeading("一年来，我们聚力项目建设，发展后劲持续增强")).toBe("review");
    expect(partOfHeading("近五年，全市基础设施提档升级，发展条件全面改善")).toBe("review");
    expect(partOfHeading("近五年内重点任务")).toBe("plan");
  });

  it("reads the years a review covers and the years a plan looks to", () => {
    expect(formatSpan(reviewYears("过去五年和2021年工作回顾", 2022))).toBe("2017-2021");
    expect(formatSpan(reviewYears("一、2024年工作回顾", 2025))).toBe("2024");
    expect(formatSpan(reviewYears("一、“十三五”时期工作回顾", 2021))).toBe("2016-2020");
    expect(formatSpan(reviewYears("一、“十一五”时期国民经济和社会发展的回顾", 2011))).toBe("2006-2010");
    expect(formatSpan(reviewYears("一、过去一年工作回顾", 2023))).toBe("2022");
    expect(planYears("今后五年政府工作的思路目标", 2022)).toEqual({ from: 2022, to: 2026 });
    expect(planYears("二、“十四五”时期主要目标", 2021)).toEqual({ from: 2021, to: 2025 });
    expect(planYears("二、2025年工作安排", 2025)).toEqual({ from: 2025, to: 2025 });
  });

  it("falls back on tense for a part whose heading says nothing", () => {
    expect(partByTense("力争年内新增城镇就业1万人以上，确保完成，加快推进。")).toBe("plan");
    expect(partByTense("预计地区生产总值增长5.5%，圆满完成了各项任务，获评全国百强区。")).toBe("review");
    expect(partByTense("一年来，我们加快推动项目建设，持续优化营商环境，全区生产总值增长5%。新增就业1万人。")).toBe(
      "review",
    );
    expect(partByTense("加快推动项目建设，持续优化营商环境。", [2024], 2025)).toBe("review");
    expect(partByTense("加快推动项目建设，持续优化营商环境。", [2025], 2025)).toBe("plan");
  });
});

describe("years and five-year spans in headings", () => {
  it("reads years written in Chinese numerals (易县 2025: 二〇二五年主要目标任务)", () => {
    expect(reviewYears("二〇二四年工作回顾", null)).toEqual({ from: 2024, to: 2024 });
    expect(reviewYears("二零二三年和2024年工作回顾", null)).toEqual({ from: 2023, to: 2024 });
    expect(planYears("二○二五年主要目标任务", null)).toEqual({ from: 2025, to: 2025 });
    expect(planYears("二〇二五年主要目标任务", 2025)).toEqual({ from: 2025, to: 2025 });
  });

  it("takes 今后五年 and 过去五年 for five years, not 五年 in a goal phrase or inside a year", () => {
    // 阜平 2013: a one-year plan whose heading names the five-year goal it starts on.
    expect(planYears("开启新征程：确保五年稳定脱贫八年全面建成小康强势开局", 2013)).toEqual({ from: 2013, to: 2013 });
    expect(planYears("二、今后五年的指导思想和奋斗目标", 2012)).toEqual({ from: 2012, to: 2016 });
    expect(reviewYears("一、过去五年工作回顾", 2017)).toEqual({ from: 2012, to: 2016 });
    expect(reviewYears("一、二〇一五年工作回顾", 2016)).toEqual({ from: 2015, to: 2015 });
    expect(reviewYears("五年来，我们转型升级", 2022)).toEqual({ from: 2017, to: 2021 });
  });
});
