import { describe, expect, it } from "vitest";
import { completeBareMagnitude, readUnit } from "~/domain/quantities/units";

const unitAfter = (text: string) => readUnit(text, 0)?.unit ?? null;

describe("readUnit", () => {
  it("keeps the magnitude in the unit as written", () => {
    expect(unitAfter("万人以上")).toBe("万人");
    expect(unitAfter("亿元")).toBe("亿元");
    expect(unitAfter("万平方米")).toBe("万平方米");
    expect(unitAfter("千万元")).toBe("千万元");
    expect(unitAfter("万千瓦")).toBe("万千瓦");
    expect(unitAfter("亿千瓦时")).toBe("亿千瓦时");
    expect(unitAfter("万标准箱")).toBe("万标准箱");
  });

  it("reads percentages, percentage points, counters and measures", () => {
    expect(unitAfter("%左右")).toBe("%");
    expect(unitAfter("个百分点")).toBe("个百分点");
    expect(unitAfter("家")).toBe("家");
    expect(unitAfter("人次")).toBe("人次");
    expect(unitAfter("公里")).toBe("公里");
    expect(unitAfter("千米")).toBe("千米");
    expect(unitAfter("微克/立方米以内")).toBe("微克/立方米");
  });

  it("reads 余 and 多 before or after the magnitude as 'more than'", () => {
    expect(readUnit("万余名", 0)).toMatchObject({ unit: "万名", more: true });
    expect(readUnit("余项", 0)).toMatchObject({ unit: "项", more: true });
    expect(readUnit("余万元", 0)).toMatchObject({ unit: "万元", more: true });
    expect(readUnit("多元化", 0)).toBeNull();
  });

  it("leaves a bare 万 or 亿 as written unless the metric is money or people", () => {
    expect(unitAfter("万以上")).toBe("万");
    expect(completeBareMagnitude("万", "专利权质押贷款")).toBe("万元");
    expect(completeBareMagnitude("亿", "地区生产总值")).toBe("亿元");
    expect(completeBareMagnitude("万", "减少农村贫困人口")).toBe("万人");
    expect(completeBareMagnitude("万", "新增城镇就业")).toBe("万");
    expect(unitAfter("年")).toBeNull();
    expect(unitAfter("月底前")).toBeNull();
  });
});
