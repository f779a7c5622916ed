import { describe, expect, it } from "vitest";
import { displayValue, fieldChanges, historyEntries, type AuditRow } from "~/domain/ledger/history";

const row = (id: number, minute: number, over: Partial<AuditRow>): AuditRow => ({
  id,
  actorLabel: "李督查",
  entity: "commitment",
  entityId: 5,
  action: "assign",
  before: null,
  after: null,
  reason: null,
  public: false,
  createdAt: new Date(Date.UTC(2025, 2, 1, 9, minute)),
  ...over,
});

describe("history from the audit trail", () => {
  it("lists the newest change first, each field from before to after, with its reason", () => {
    const entries = historyEntries([
      row(1, 0, { action: "accept", after: JSON.stringify({ reviewState: "accepted" }), public: true }),
      row(2, 5, {
        before: JSON.stringify({ leadDepartment: null, dueDate: "2025-12-31T00:00:00.000Z" }),
        after: JSON.stringify({ leadDepartment: "区商务局", dueDate: "2025-09-30T00:00:00.000Z" }),
        reason: "按分工方案",
      }),
    ]);
    expect(entries.map((e) => e.id)).toEqual([2, 1]);
    expect(entries[0]).toMatchObject({
      actor: "李督查",
      reason: "按分工方案",
      changes: [
        { field: "leadDepartment", before: null, after: "区商务局" },
        { field: "dueDate", before: "2025-12-31T00:00:00.000Z", after: "2025-09-30T00:00:00.000Z" },
      ],
    });
    expect(entries[1]?.changes).toEqual([{ field: "reviewState", before: null, after: "accepted" }]);
  });

  it("keeps events without structured values", () => {
    expect(fieldChanges(undefined, undefined)).toEqual([]);
    expect(fieldChanges(undefined, "text")).toEqual([{ field: "", before: null, after: "text" }]);
  });

  it("shows values readably", () => {
    expect(displayValue(null)).toBe("—");
    expect(displayValue("2025-09-30T00:00:00.000Z")).toBe("2025-09-30");
    expect(displayValue(["区商务局", "区民政局"])).toBe("区商务局、区民政局");
    expect(displayValue({ title: "通报", url: "https://example.cn/a" })).toBe("通报 <https://example.cn/a>");
    expect(displayValue(65)).toBe("65");
  });
});
