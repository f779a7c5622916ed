import { describe, expect, it } from "vitest";
import { deadlineAt, deadlineMarks } from "~/domain/extraction/deadlines";

const deadline = (sentence: string, at: string, planYear = 2023, fallback: number | null = 2023) =>
  deadlineAt(deadlineMarks(sentence, planYear), sentence.indexOf(at), fallback);

describe("deadlines", () => {
  it("reads the plan year, multi-year spans and explicit years", () => {
    expect(deadline("年内入园企业数量超过100家", "100", 2022, null)).toBe(2022);
    expect(deadline("两年内完成全区雨污分流管网改造", "完成", 2022)).toBe(2023);
    expect(deadline("力争2—3年工业产值对全区的贡献度达到50%以上，综合实力排名进入全省开发区前20%", "前20%")).toBe(2025);
    expect(deadline("用3年时间完成背街小巷整治提升", "完成", 2021)).toBe(2023);
    expect(deadline("到2027年经济总量实现千亿规模", "千亿")).toBe(2027);
    expect(deadline("力争2025年底前全部建成", "建成")).toBe(2025);
    expect(deadline("“十四五”末实现全覆盖", "全覆盖", 2022)).toBe(2025);
    expect(deadline("今后五年地区生产总值年均增长7%以上", "7%", 2022)).toBe(2026);
    expect(deadline("确保6月底前全部开工", "开工")).toBe(2023);
    expect(deadline("2024—2026年完成老旧小区改造100个", "100个", 2024)).toBe(2026);
  });

  it("reads 今明两年 and a later year named before what is reached, but not a year things start from", () => {
    expect(deadline("今明两年新建农村公路80公里，改造危桥12座", "12座", 2023)).toBe(2024);
    expect(deadline("力争2025年学前教育普及率达到95%", "95%", 2024)).toBe(2025);
    expect(deadline("2025年起全面推行垃圾分类，新增分拣站20个", "20个", 2024, 2024)).toBe(2024);
    expect(deadline("2022年全县新增就业3000人", "3000", 2023, 2023)).toBe(2023);
  });

  it("leaves aspirations open and ignores years that are not deadlines", () => {
    expect(deadline("加快实现地区生产总值和工业产值破千亿", "千亿")).toBeNull();
    expect(deadline("空气质量优良天数较2021年增加10天", "10天", 2022, 2022)).toBe(2022);
    expect(deadline("深入实施新一轮三年行动计划，新建公园5个", "5个")).toBe(2023);
    expect(deadline("谋划储备利长远、惠民生的重点项目300个以上", "300")).toBe(2023);
  });
});
