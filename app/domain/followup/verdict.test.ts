import { describe, expect, it } from "vitest";
import type { Comparator } from "~/domain/vocab";
import { deliverableVerdict, lowerIsBetter, numericVerdict } from "~/domain/followup/verdict";

const v = (comparator: Comparator | null, target: number, value: number, growth = false) =>
  numericVerdict({ comparator, target, value, growth });

describe("numeric verdicts (extraction contract)", () => {
  it.each([
    [">=", 1.3, 1.69, "achieved"], // exceeded
    [">=", 1.3, 1.3, "achieved"], // met exactly
    [">=", 30, 24, "partial"], // exactly 80 %
    [">=", 30, 23.9, "missed"],
    [">=", 800, 620, "missed"],
    ["=", 3, 3, "achieved"],
    ["=", 3, 4, "achieved"],
    ["=", 100, 85, "partial"],
    ["=", 100, 50, "missed"],
    [null, 90, 90, "achieved"],
    ["<=", 3, 2.8, "achieved"],
    ["<=", 3, 3, "achieved"],
    ["<=", 3, 3.1, "missed"],
  ] as const)("%s %d with %d → %s", (comparator, target, value, verdict) => {
    expect(v(comparator, target, value)).toBe(verdict);
  });

  it("~ is achieved within ±10 %, and ±0.5 point for growth rates", () => {
    expect(v("~", 100, 91)).toBe("achieved");
    expect(v("~", 100, 109)).toBe("achieved");
    expect(v("~", 100, 85)).toBe("partial");
    expect(v("~", 100, 70)).toBe("missed");
    expect(v("~", 6, 6.5, true)).toBe("achieved");
    expect(v("~", 6, 5.5, true)).toBe("achieved");
    expect(v("~", 8, 7.4, true)).toBe("partial");
    expect(v("~", 8, 5.1, true)).toBe("missed");
  });

  it("~ missed by far on the good side is partial (a level was the aim); on the bad side missed", () => {
    expect(v("~", 6, 7.2, true)).toBe("partial");
    expect(numericVerdict({ comparator: "~", target: 3, value: 4, growth: false, lowerIsBetter: true })).toBe("missed");
    expect(numericVerdict({ comparator: "~", target: 3, value: 2, growth: false, lowerIsBetter: true })).toBe(
      "partial",
    );
    expect(lowerIsBetter("城镇调查失业率")).toBe(true);
    expect(lowerIsBetter("居民消费价格涨幅")).toBe(true);
    expect(lowerIsBetter("地区生产总值")).toBe(false);
  });
});

describe("deliverable verdicts", () => {
  it("completed → achieved, under way → in progress, stalled → missed", () => {
    expect(deliverableVerdict("completed", "finish")).toBe("achieved");
    expect(deliverableVerdict("under_way", "finish")).toBe("in_progress");
    expect(deliverableVerdict("stalled", "finish")).toBe("missed");
    expect(deliverableVerdict("under_way", "advance")).toBe("in_progress");
  });

  it("a promise only to start is kept once work is under way, not when it is only prepared", () => {
    expect(deliverableVerdict("under_way", "start")).toBe("achieved");
    expect(deliverableVerdict("preparing", "start")).toBe("in_progress");
    expect(deliverableVerdict("preparing", "finish")).toBe("in_progress");
    expect(deliverableVerdict("stalled", "start")).toBe("missed");
  });
});
