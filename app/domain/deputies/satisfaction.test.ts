import { describe, expect, it } from "vitest";
import type { SatisfactionChoice } from "~/domain/vocab";
import { countSatisfaction, satisfactionResult } from "~/domain/deputies/satisfaction";

const votes = (satisfied: number, basically: number, not: number): SatisfactionChoice[] => [
  ...Array<SatisfactionChoice>(satisfied).fill("satisfied"),
  ...Array<SatisfactionChoice>(basically).fill("basically_satisfied"),
  ...Array<SatisfactionChoice>(not).fill("not_satisfied"),
];

describe("year-end satisfaction result", () => {
  const cases: [number, number, number, string | null][] = [
    [6, 2, 2, "satisfied"], // 满意 more than half
    [5, 3, 2, "basically_satisfied"], // 满意 exactly half is not more than half
    [3, 3, 4, "basically_satisfied"], // 满意 + 基本满意 = 6 of 10
    [2, 3, 5, "not_satisfied"], // 满意 + 基本满意 exactly half
    [0, 0, 1, "not_satisfied"],
    [1, 0, 0, "satisfied"],
    [0, 0, 0, null],
  ];
  for (const [s, b, n, expected] of cases) {
    it(`${s} 满意, ${b} 基本满意, ${n} 不满意 → ${expected}`, () => {
      const counts = countSatisfaction(votes(s, b, n));
      expect(counts).toEqual({ satisfied: s, basically_satisfied: b, not_satisfied: n });
      expect(satisfactionResult(counts)).toBe(expected);
    });
  }
});
