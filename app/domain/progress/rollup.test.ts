import { describe, expect, it } from "vitest";
import type { Status } from "~/domain/vocab";
import { rolledUpProgress, summariseLedger, type LedgerItem } from "~/domain/progress/rollup";

const due = (iso: string) => new Date(`${iso}T00:00:00Z`);
const TODAY = due("2025-07-15"); // end of July: 7/12 of a yearly task → 58 points expected
const item = (
  id: number,
  status: Status,
  progress: number,
  dueDate: Date | null,
  leadDepartmentId: number | null = 1,
  pendingUpdates = 0,
): LedgerItem => ({ id, status, progress, dueDate, leadDepartmentId, pendingUpdates });

describe("ledger roll-up", () => {
  const items = [
    item(1, "in_progress", 60, due("2025-12-31")), // on track → green
    item(2, "in_progress", 40, due("2025-12-31"), 1, 1), // 18 behind → yellow
    item(3, "not_started", 0, due("2025-12-31"), 2), // 58 behind → red
    item(4, "in_progress", 80, due("2025-06-30"), 2, 2), // overdue → red
    item(5, "done", 100, due("2025-12-31"), 2), // closed: no light
    item(6, "verified", 100, due("2025-03-31"), null), // closed even though past due
    item(7, "in_progress", 10, null, null), // no due date: no light
  ];
  const summary = summariseLedger(items, TODAY);

  it("counts by status and by light", () => {
    expect(summary.total).toBe(7);
    expect(summary.byStatus).toMatchObject({ in_progress: 4, not_started: 1, done: 1, verified: 1, missed: 0 });
    expect(summary.byLight).toEqual({ green: 1, yellow: 1, red: 2, none: 3 });
    expect(summary.pendingUpdates).toBe(3);
  });

  it("lists behind-schedule items worst first and overdue ones apart", () => {
    expect(summary.behind.map((i) => i.id)).toEqual([3, 2]);
    expect(summary.behind[0]?.state).toMatchObject({ expected: 58, gap: -58, light: "red", pace: "behind" });
    expect(summary.overdue.map((i) => i.id)).toEqual([4]);
  });

  it("rolls up per lead department, unassigned items together", () => {
    const byDept = new Map(summary.departments.map((d) => [d.departmentId, d]));
    expect(byDept.get(1)).toMatchObject({
      total: 2,
      lights: { green: 1, yellow: 1, red: 0 },
      pending: 1,
      meanProgress: 50,
    });
    expect(byDept.get(2)).toMatchObject({ total: 3, lights: { red: 2 }, overdue: 1, closed: 1, pending: 2 });
    expect(byDept.get(null)).toMatchObject({ total: 2, closed: 1 });
    expect(summary.departments[0]?.departmentId).toBe(2); // most red first
  });

  it("rolls a parent's progress up from its sub-tasks, leaving out withdrawn ones", () => {
    expect(rolledUpProgress([])).toBeNull();
    expect(
      rolledUpProgress([
        { progress: 100, status: "done" },
        { progress: 50, status: "in_progress" },
        { progress: 0, status: "changed" },
      ]),
    ).toBe(75);
  });
});
