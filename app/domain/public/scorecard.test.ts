import { describe, expect, it } from "vitest";
import { buildScorecard, percent, type ScoreGroup } from "~/domain/public/scorecard";

const g = (over: Partial<ScoreGroup>): ScoreGroup => ({
  status: "not_started",
  verdict: null,
  reported: true,
  sector: "民生",
  departmentId: 1,
  light: "green",
  overdue: false,
  count: 1,
  ...over,
});

describe("scorecard", () => {
  const groups = [
    g({ status: "verified", light: null, count: 3 }),
    g({ status: "done", light: null, count: 2 }),
    g({ status: "in_progress", light: "red", overdue: true, sector: "城市建设", departmentId: 2, count: 4 }),
    g({ status: "in_progress", verdict: "achieved", light: "yellow", sector: "城市建设", departmentId: 2, count: 1 }),
    g({ status: "missed", verdict: "missed", light: null, sector: null, departmentId: null, count: 2 }),
    g({ status: "not_started", light: "green", count: 8 }),
    g({ status: "not_started", reported: false, light: "red", overdue: true, count: 5 }),
  ];
  const card = buildScorecard(groups);

  it("totals, and the kept headline with its share (achieved, or verified without a verdict)", () => {
    expect(card.total).toBe(25);
    expect(card.kept).toEqual({ key: "kept", count: 4, share: 4 / 25 });
    expect(card.awaitingVerification).toBe(2);
  });

  it("counts one assessment per promise, in precedence order, adding up to the total", () => {
    expect(Object.fromEntries(card.byAssessment.filter((a) => a.count > 0).map((a) => [a.key, a.count]))).toEqual({
      achieved: 1,
      not_achieved: 2,
      verified: 3,
      reported_done: 2,
      in_progress: 4,
      not_started: 8,
      no_data: 5,
    });
    expect(card.byAssessment.reduce((n, a) => n + a.count, 0)).toBe(card.total);
  });

  it("counts lights and overdue only for open promises that someone reported on", () => {
    expect(Object.fromEntries(card.lights.map((l) => [l.key, l.count]))).toEqual({
      green: 8,
      yellow: 0,
      red: 4,
      none: 13,
    });
    expect(card.overdue).toBe(4);
  });

  it("breaks down by sector and department, largest first, unknown last among equals", () => {
    expect(card.bySector.map((r) => [r.key, r.total, r.kept, r.red, r.noData])).toEqual([
      ["民生", 18, 3, 0, 5],
      ["城市建设", 5, 1, 4, 0],
      [null, 2, 0, 0, 0],
    ]);
    const dept2 = card.byDepartment.find((r) => r.key === 2)!;
    expect(dept2).toMatchObject({ total: 5, kept: 1, red: 4, overdue: 4, keptShare: 0.2 });
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
