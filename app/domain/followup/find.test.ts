import { describe, expect, it } from "vitest";
import { figuresIn, findInReview } from "~/domain/followup/find";
import { fixture, reviewOf } from "~/domain/followup/fixture.test-helpers";

const review = reviewOf(fixture("minghu-2024.txt"), "一、2023年工作回顾", "二、2024年主要目标和重点任务", "2023");

describe("find in the review text", () => {
  it("finds the sentences that contain the words, with their figures and raw offsets", () => {
    const [first] = findInReview(review, "人才 公寓");
    expect(first!.text).toBe("改造提升老旧小区14个，建成人才公寓620套，新增城市绿地52公顷，完成造林1200亩");
    expect(review.text.slice(first!.start, first!.end)).toBe(first!.text);
  });

  it("finds a sentence that shares most of a pasted promise's words, and reads its figures", () => {
    const found = findInReview(review, "建成人才公寓800套");
    expect(found[0]!.text).toContain("建成人才公寓620套");
    expect(found[0]!.figures).toContainEqual({ value: 620, unit: "套", metric: "建成人才公寓" });
  });

  it("reads radical code points and full-width digits as the text writes them", () => {
    expect(findInReview(review, "新建５Ｇ基站")[0]!.text).toContain("新建5G基站426个");
    expect(findInReview(review, "\u2F08才公寓")[0]!.text).toContain("人才公寓");
  });

  it("finds nothing in the plan part, nor for a word of one character", () => {
    expect(findInReview(review, "应急指挥中心")).toEqual([]);
    expect(findInReview(review, "城")).toEqual([]);
  });

  it("lists each figure of a sentence once", () => {
    expect(figuresIn("新增就业13560人，开发公益性岗位560个，新增就业13560人").map((f) => f.value)).toEqual([
      13560, 560,
    ]);
  });
});
