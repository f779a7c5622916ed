import { describe, expect, it } from "vitest";
import { convert, isPercent, parseUnit, unitFit } from "~/domain/followup/units";

describe("units", () => {
  it("splits the magnitude from the base unit", () => {
    expect(parseUnit("万人")).toEqual({ base: "人", factor: 1e4 });
    expect(parseUnit("亿元")).toEqual({ base: "元", factor: 1e8 });
    expect(parseUnit("万亿元")).toEqual({ base: "元", factor: 1e12 });
    expect(parseUnit("千人")).toEqual({ base: "人", factor: 1e3 });
    expect(parseUnit("万平方米")).toEqual({ base: "平方米", factor: 1e4 });
    expect(parseUnit(" 万 人 ")).toEqual({ base: "人", factor: 1e4 });
    expect(parseUnit(null)).toBeNull();
  });

  it("does not read 千瓦, 千米 or 千克 as a thousand of something", () => {
    expect(parseUnit("千瓦")).toEqual({ base: "千瓦", factor: 1 });
    expect(parseUnit("万千瓦")).toEqual({ base: "千瓦", factor: 1e4 });
    expect(parseUnit("兆瓦")).toEqual({ base: "千瓦", factor: 1e3 });
    expect(parseUnit("千米")).toEqual({ base: "公里", factor: 1 });
    expect(parseUnit("千克")).toEqual({ base: "千克", factor: 1 });
  });

  it("reads a magnitude alone (减少1000万) as a number of people or things, never of money or shares", () => {
    expect(parseUnit("万")).toEqual({ base: "", factor: 1e4 });
    expect(unitFit("万", "万人")).toBe(0.9);
    expect(unitFit("万户", "万")).toBe(0.9);
    expect(convert(1109, "万人", "万")).toBe(1109);
    expect(unitFit("万", "亿元")).toBe(0);
    expect(unitFit("万", "%")).toBe(0);
  });

  it("converts between magnitudes: 1.3万人 = 13000人, 亿元 vs 万元", () => {
    expect(convert(1.3, "万人", "人")).toBe(13000);
    expect(convert(13560, "人", "万人")).toBe(1.356);
    expect(convert(1.47, "亿元", "万元")).toBe(14700);
    expect(convert(8000, "万元", "亿元")).toBe(0.8);
    expect(convert(184, "亿元", "亿元")).toBe(184);
  });

  it("converts areas and lengths across units", () => {
    expect(convert(52, "公顷", "万平方米")).toBe(52);
    expect(convert(15, "亩", "公顷")).toBeCloseTo(1, 10);
    expect(convert(12, "公里", "米")).toBe(12000);
    expect(convert(2, "千米", "公里")).toBe(2);
  });

  it("never compares a percentage with percentage points, nor people with money", () => {
    expect(unitFit("%", "个百分点")).toBe(0);
    expect(convert(1.2, "个百分点", "%")).toBeNull();
    expect(convert(1.5, "万人", "亿元")).toBeNull();
    expect(convert(2, "万人次", "万人")).toBeNull();
    expect(unitFit("%", "％")).toBe(1);
    expect(unitFit("百分点", "个百分点")).toBe(1);
  });

  it("treats the generic 个 as any counting word, and 名/人 as people", () => {
    expect(unitFit("个", "家")).toBe(0.85);
    expect(unitFit("家", "所")).toBe(0);
    expect(unitFit("名", "万人")).toBe(0.9);
    expect(convert(2, "万名", "人")).toBe(20000);
  });

  it("knows percentages", () => {
    expect(isPercent("%")).toBe(true);
    expect(isPercent("％")).toBe(true);
    expect(isPercent("个百分点")).toBe(false);
  });
});
