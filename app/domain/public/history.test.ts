import { describe, expect, it } from "vitest";
import { toHistoryEntry } from "~/domain/public/history";

const row = (before: unknown, after: unknown) => ({
  id: 1,
  entity: "update",
  entityId: 5,
  action: "publish",
  before: before === undefined ? null : JSON.stringify(before),
  after: after === undefined ? null : JSON.stringify(after),
  createdAt: new Date("2026-01-01T00:00:00Z"),
});

describe("public history", () => {
  it("keeps only whitelisted fields that changed", () => {
    const entry = toHistoryEntry(
      row(
        { status: "not_started", progress: 0, note: "内部", returnReason: "x" },
        { status: "in_progress", progress: 0, note: "内部备注", reviewerId: 3, returnReason: "证据不足" },
      ),
    );
    expect(entry.changes).toEqual([{ field: "status", before: "not_started", after: "in_progress" }]);
  });

  it("shows fields set for the first time, and ignores structured values", () => {
    const entry = toHistoryEntry(row(undefined, { leadDepartment: "区商务局", sector: { a: 1 } }));
    expect(entry.changes).toEqual([{ field: "leadDepartment", before: null, after: "区商务局" }]);
  });

  it("survives bad JSON", () => {
    expect(toHistoryEntry({ ...row(undefined, undefined), after: "{oops" }).changes).toEqual([]);
    expect(toHistoryEntry({ ...row(undefined, undefined), after: "[1,2]" }).changes).toEqual([]);
  });
});
