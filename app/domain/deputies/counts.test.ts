import { describe, expect, it } from "vitest";
import { countChoices } from "~/domain/deputies/counts";

describe("countChoices", () => {
  it("counts each option, zero for the ones nobody chose, in the options' order", () => {
    const counts = countChoices(["for", "against", "abstain"] as const, ["against", "for", "against"]);
    expect(counts).toEqual({ for: 1, against: 2, abstain: 0 });
    expect(Object.keys(counts)).toEqual(["for", "against", "abstain"]);
  });
});
