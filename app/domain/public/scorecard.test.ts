import { describe, expect, it } from "vitest";
import { buildScorecard, isKept, percent, type ScoreGroup } from "~/domain/public/scorecard";

const g = (over: Partial<ScoreGroup>): ScoreGroup => ({
  status: "not_started",
  verdict: null,
  sector: "民生",
  departmentId: 1,
  light: "green",
  overdue: false,
  count: 1,
  ...over,
});

describe("kept", () => {
  it("counts a confirmed achieved verdict, or without a verdict a verified status", () => {
    expect(isKept("verified", null)).toBe(true);
    expect(isKept("done", null)).toBe(false);
    expect(isKept("in_progress", "achieved")).toBe(true);
    expect(isKept("verified", "missed")).toBe(false);
    expect(isKept("verified", "not_mentioned")).toBe(false);
  });
});

describe("scorecard", () => {
  const groups = [
    g({ status: "verified", light: null, count: 3 }),
    g({ status: "done", light: null, count: 2 }),
    g({ status: "in_progress", light: "red", overdue: true, sector: "城市建设", departmentId: 2, count: 4 }),
    g({ status: "in_progress", verdict: "achieved", light: "yellow", sector: "城市建设", departmentId: 2, count: 1 }),
    g({ status: "missed", verdict: "missed", light: null, sector: null, departmentId: null, count: 2 }),
    g({ status: "not_started", light: "green", count: 8 }),
  ];
  const card = buildScorecard(groups);

  it("totals, and the kept headline with its share", () => {
    expect(card.total).toBe(20);
    expect(card.kept).toEqual({ key: "kept", count: 4, share: 0.2 });
    expect(card.awaitingVerification).toBe(2);
  });

  it("counts by status in vocabulary order, zeros included", () => {
    expect(card.byStatus.map((s) => [s.key, s.count])).toEqual([
      ["not_started", 8],
      ["in_progress", 5],
      ["done", 2],
      ["verified", 3],
      ["partial", 0],
      ["missed", 2],
      ["changed", 0],
    ]);
    expect(card.byStatus.reduce((n, s) => n + s.share, 0)).toBeCloseTo(1);
  });

  it("counts verdicts with 'none' for promises the next report has not settled", () => {
    expect(Object.fromEntries(card.byVerdict.map((v) => [v.key, v.count]))).toEqual({
      achieved: 1,
      partial: 0,
      missed: 2,
      in_progress: 0,
      not_mentioned: 0,
      none: 17,
    });
  });

  it("counts traffic lights and overdue items", () => {
    expect(Object.fromEntries(card.lights.map((l) => [l.key, l.count]))).toEqual({
      green: 8,
      yellow: 1,
      red: 4,
      none: 7,
    });
    expect(card.overdue).toBe(4);
  });

  it("breaks down by sector and department, largest first, unknown last among equals", () => {
    expect(card.bySector.map((r) => [r.key, r.total, r.kept, r.red])).toEqual([
      ["民生", 13, 3, 0],
      ["城市建设", 5, 1, 4],
      [null, 2, 0, 0],
    ]);
    const dept2 = card.byDepartment.find((r) => r.key === 2)!;
    expect(dept2).toMatchObject({ total: 5, kept: 1, closed: 0, red: 4, overdue: 4, keptShare: 0.2 });
  });

  it("is all zeros without promises", () => {
    const empty = buildScorecard([]);
    expect(empty.total).toBe(0);
    expect(empty.kept.share).toBe(0);
    expect(empty.bySector).toEqual([]);
  });
});

describe("percent", () => {
  it("never rounds to 0 or 100 unless it is", () => {
    expect(percent(0)).toBe(0);
    expect(percent(0.001)).toBe(1);
    expect(percent(0.999)).toBe(99);
    expect(percent(1)).toBe(100);
    expect(percent(0.424)).toBe(42);
  });
});
