import { describe, expect, it } from "vitest";
import { isCompoundNumeral, parseChineseNumeral, splitChineseMagnitude } from "~/domain/quantities/chinese-numerals";

describe("Chinese numerals", () => {
  it("parses the numerals reports use", () => {
    expect(parseChineseNumeral("十三")).toBe(13);
    expect(parseChineseNumeral("二十")).toBe(20);
    expect(parseChineseNumeral("三百")).toBe(300);
    expect(parseChineseNumeral("两")).toBe(2);
    expect(parseChineseNumeral("一千二百")).toBe(1200);
    expect(parseChineseNumeral("一万")).toBe(10000);
    expect(parseChineseNumeral("三万五千")).toBe(35000);
    expect(parseChineseNumeral("千")).toBe(1000);
    expect(parseChineseNumeral("百万")).toBe(1000000);
    expect(parseChineseNumeral("一二")).toBeNull();
    expect(parseChineseNumeral("一千零五")).toBe(1005);
    expect(parseChineseNumeral("两万零三百")).toBe(20300);
    expect(parseChineseNumeral("一百零八")).toBe(108);
    expect(parseChineseNumeral("二〇二五")).toBe(2025);
    expect(parseChineseNumeral("零五")).toBe(5);
    expect(parseChineseNumeral("批")).toBeNull();
  });

  it("keeps 万 and 亿 apart as the magnitude, as the unit is written", () => {
    expect(splitChineseMagnitude("一万")).toEqual({ value: 1, magnitude: "万" });
    expect(splitChineseMagnitude("十三万")).toEqual({ value: 13, magnitude: "万" });
    expect(splitChineseMagnitude("千亿")).toEqual({ value: 1000, magnitude: "亿" });
    expect(splitChineseMagnitude("三百")).toEqual({ value: 300, magnitude: "" });
  });

  it("tells compounds that state a quantity from numerals inside words", () => {
    expect(isCompoundNumeral("一万")).toBe(true);
    expect(isCompoundNumeral("十三")).toBe(true);
    expect(isCompoundNumeral("一")).toBe(false);
    expect(isCompoundNumeral("千")).toBe(false);
  });
});
