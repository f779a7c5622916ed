// Pairing precision: a review sentence is a promise's result only when it speaks of the promise's own thing, metric
// and period. Each case is a short excerpt of a real report (tests/fixtures/followup-real) that was once taken as the
// result of a promise it does not report on, with a control that the promise's own report is still read.
import { describe, expect, it } from "vitest";
import { deliverable, matchOne } from "~/domain/followup/fixture.test-helpers";

describe("a place named is not the thing promised there", () => {
  it("does not read firms moving into a park as its first phase built (涞水县 2021)", () => {
    const park = deliverable("完成房涞扶贫产业园一期工程建设", ["房涞扶贫产业园一期工程"]);
    const moved = matchOne(park, "东西部扶贫协作持续推进，23个协作项目全部建成；5家企业签约入驻房涞扶贫产业园。");
    expect(moved).toMatchObject({ verdict: "not_mentioned", result: null });
    expect(moved.confidence).toBeLessThan(0.8);
    expect(matchOne(park, "房涞扶贫产业园一期工程加快建设。").verdict).toBe("in_progress");
  });

  it("does not read a lake district's waterfront as its quality upgrade (涞源县 2021)", () => {
    const upgrade = deliverable("实施滨湖新区品质提升工程", ["滨湖新区品质提升"]);
    expect(
      matchOne(upgrade, "滨湖新区水系泊岸和景观亮化系统全面开启，美丽的涞源湖成为旅游城市一张靓丽名片。").result,
    ).toBeNull();
    expect(matchOne(upgrade, "滨湖新区品质提升工程全面完成。").verdict).toBe("achieved");
  });

  it("does not read a park's tenants as its municipal works finished (阜平县 2021)", () => {
    const works = deliverable("农副产品加工园区市政配套设施年底前全部完工", ["农副产品加工园区市政配套设施"]);
    expect(
      matchOne(works, "占地1268亩的农副产品加工园区已入驻6家企业，占地1669亩的装配式建筑产业园正在建设。").result,
    ).toBeNull();
  });

  it("still reads a base named with its date (国家高山跳台滑雪训练科研基地今年11月份, 涞源县 2021)", () => {
    const base = deliverable("确保国家高山跳台滑雪训练科研基地今年11月份建成投训", [
      "国家高山跳台滑雪训练科研基地今年11月份",
    ]);
    const built = matchOne(base, "投资4亿元的国家高山跳台滑雪训练科研基地一期项目，仅用307天就建成投训。");
    expect(built.verdict).toBe("achieved");
  });
});
