// Round silent11d: a metric said in other words (总 / 综合, acts of the plan before it, words in another order) is the
// promise's only when its figure fits the target. Invented text; each case with the counter-example that stays silent.
import { describe, expect, it } from "vitest";
import { alignedSimilarity, metricCore } from "~/domain/followup/alignment";
import { matchOne, numeric } from "~/domain/followup/fixture.test-helpers";
import type { PromiseInput } from "~/domain/followup/match";

const one = (promise: PromiseInput, body: string) => matchOne(promise, body, { ownNames: ["明湖区", "明湖"] });

describe("metric alignment", () => {
  it("drops acts of the plan, the year and the kind of sum, never the thing", () => {
    expect(metricCore("着力打造精品采摘园")).toBe("精品采摘园");
    expect(metricCore("文创产业总收入")).toBe("文创产业收入");
    expect(metricCore("茶叶面积发展到")).toBe("茶叶面积");
  });

  it("compares the pieces in any order, but refuses contrasts and another thing at the end", () => {
    expect(alignedSimilarity("新建乡村公路", "乡村道路")).toBeGreaterThanOrEqual(0.4);
    expect(alignedSimilarity("城镇新增就业", "新增农村就业")).toBe(0);
    expect(alignedSimilarity("茶叶产业增加值", "茶叶产业产值")).toBe(0);
    expect(alignedSimilarity("乡村公路", "乡村公路驿站")).toBe(0);
  });

  it("reads a common ending (企业, 收入) as one thing only with a word of its kind shared", () => {
    expect(alignedSimilarity("文创产业总收入", "文创综合收入")).toBeGreaterThanOrEqual(0.4);
    expect(alignedSimilarity("新增挂牌企业", "新增入库科技企业")).toBe(0);
    expect(alignedSimilarity("新增市级以上龙头企业", "新增规上工业企业")).toBe(0);
    expect(alignedSimilarity("粮食产量", "蔬菜产量")).toBe(0);
  });
});

describe("a paraphrased metric backed by its figure", () => {
  const revenue = numeric("文创产业总收入达到8亿元以上", "文创产业总收入", 8, "亿元", ">=");
  const farms = numeric("打造精品采摘园15个", "打造精品采摘园", 15, "个", null);

  it("is read when the figure is within a quarter of the target", () => {
    expect(one(revenue, "文创综合收入8.3亿元。").verdict).toBe("achieved");
    expect(one(farms, "建成特色林果采摘园14个。").verdict).toBe("partial");
  });

  it("but not when the figure is far from it, nor for a rate", () => {
    expect(one(revenue, "文创综合收入2.1亿元。").verdict).toBe("not_mentioned");
    expect(one(farms, "建成特色林果采摘园40个。").verdict).toBe("not_mentioned");
    const rate = numeric("文创产业总收入增长8%", "文创产业总收入", 8, "%", null, true);
    expect(one(rate, "文创综合收入增长8.2%。").verdict).toBe("not_mentioned");
  });
});
