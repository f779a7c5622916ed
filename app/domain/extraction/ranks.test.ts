import { describe, expect, it } from "vitest";
import { findRankTargets } from "~/domain/extraction/ranks";

const ranks = (text: string) => findRankTargets(text).map((r) => [r.value, r.unit, r.comparator, r.scope]);

describe("findRankTargets", () => {
  it("reads top-N goals, top classes and leaving the bottom of a ranking", () => {
    expect(ranks("锚定“挺进全省前45名、跻身全国百强区”目标定位")).toEqual([
      [45, "名", "<=", "全省"],
      [100, "名", "<=", "全国"],
    ]);
    expect(ranks("力争水环境质量指数进入全省前十")).toEqual([[10, "名", "<=", "全省"]]);
    expect(ranks("综合实力排名进入全省开发区前20%")).toEqual([[20, "%", "<=", "全省开发区"]]);
    expect(ranks("力争空气质量综合指数退出全省后二十")).toEqual([[20, "名", ">=", "全省"]]);
  });

  it("ignores positions reported or ordered", () => {
    expect(ranks("排名全市第二")).toEqual([]);
    expect(ranks("前三季度增长5%")).toEqual([]);
  });
});
