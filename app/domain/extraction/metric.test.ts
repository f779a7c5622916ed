import { describe, expect, it } from "vitest";
import { metricKey, metricOf } from "~/domain/extraction/metric";
import { scanQuantities } from "~/domain/quantities/scan";

/** Metrics of the numbers with a unit, each given the one before as commitments do. */
const metrics = (clause: string) => {
  const quantities = scanQuantities(clause);
  let previousMetric: string | null = null;
  return quantities
    .filter((q) => q.unit)
    .map((q) => {
      previousMetric = metricOf({
        text: clause,
        clauseStart: 0,
        clauseEnd: clause.length,
        quantities,
        index: quantities.indexOf(q),
        previousMetric,
      });
      return previousMetric;
    });
};

describe("metricOf", () => {
  it("takes the noun phrase before the number, without time words and comparators", () => {
    expect(metrics("年内入园企业数量超过100家")).toEqual(["入园企业数量"]);
    expect(metrics("力争规模以上工业总产值突破900亿元")).toEqual(["规模以上工业总产值"]);
    expect(metrics("新增城镇就业1.3万人以上")).toEqual(["新增城镇就业"]);
    expect(metrics("地区生产总值增长5.5%以上")).toEqual(["地区生产总值增速"]);
    expect(metrics("单位地区生产总值能耗下降2.5%")).toEqual(["单位地区生产总值能耗降幅"]);
    expect(metrics("城乡低保标准分别提高到每人每月850元和680元")).toEqual(["城乡低保标准", "城乡低保标准"]);
  });

  it("takes the noun after a count, with the verb of making, and the action shared by a list", () => {
    expect(metrics("实施13所中小学校舍维修改造")).toEqual(["中小学校舍维修改造"]);
    expect(metrics("完成9条城市支路、15条背街小巷提升改造")).toEqual(["城市支路提升改造", "背街小巷提升改造"]);
    expect(metrics("打造青石湾、滨江路2个特色商业街区")).toEqual(["打造特色商业街区"]);
    expect(metrics("策划实施齐盛里等总投资190亿元的23个服务业重点项目")[1]).toBe("服务业重点项目");
    expect(metrics("新建中小学、幼儿园9所")).toEqual(["新建中小学、幼儿园"]);
  });

  it("ends the metric before the start level of 由…提高到", () => {
    expect(metrics("城乡居民医保财政补助由每人每年500元提高到530元")).toContain("城乡居民医保财政补助");
    expect(metrics("基础养老金标准统一由80元提高到95元")).toContain("基础养老金标准");
  });

  it("gives the same key to the same metric worded differently", () => {
    expect(metricKey("新增城镇就业")).toBe(metricKey("城镇新增就业"));
    expect(metricKey("全社会消费品零售总额增速")).toBe(metricKey("社会消费品零售总额"));
    expect(metricKey("城乡居民人均可支配收入增速")).toBe(metricKey("居民人均可支配收入"));
    expect(metricKey("地区生产总值年均增速")).toBe(metricKey("地区生产总值"));
    expect(metricKey("新增高新技术企业")).not.toBe(metricKey("新增专精特新企业"));
  });
});
