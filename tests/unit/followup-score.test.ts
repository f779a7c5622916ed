import { describe, expect, it } from "vitest";
import { scorePair, type FollowupGold } from "../quality/followup-score";

const gold = (target: number, verdict: FollowupGold["verdict"]): FollowupGold => ({
  report: "a.txt",
  later: "b.txt",
  quote: "实施总投资50亿元的12个重点项目",
  kind: "numeric",
  target,
  verdict,
  result_quote: verdict === "achieved" ? "实施重点项目13个" : null,
});
const entry = (target: number, verdict: string, result: string | null) => ({
  commitment: { quote: "实施总投资50亿元的12个重点项目", target },
  result: result ? { quote: result } : null,
  verdict,
  confidence: 0.9,
});

describe("follow-up scoring", () => {
  it("pairs each target of one quote with the entry of that target, whatever their order", () => {
    const scored = scorePair(
      [gold(12, "achieved"), gold(50, "not_mentioned")],
      [entry(50, "not_mentioned", null), entry(12, "achieved", "实施重点项目13个")],
    );
    expect(scored.map((s) => [s.right, s.wrongPair])).toEqual([
      [true, false],
      [true, false],
    ]);
  });

  it("never pairs a gold promise with an entry of another quote because their targets agree", () => {
    const other = { ...entry(12, "achieved", "新增就业12人"), commitment: { quote: "新增就业岗位", target: 12 } };
    expect(scorePair([gold(12, "achieved")], [other])[0]!.predicted).toBeNull();
  });
});
