// The demo data's activity (示例数据): lead departments and a few published updates, labelled, once.
import { beforeAll, describe, expect, it } from "vitest";
import { loadDemoData } from "~/models/demo.server";
import { addDemoActivity, DEMO_AUTHOR_EMAIL } from "~/models/demo-activity.server";
import { getScorecard } from "~/models/public/scorecard.server";
import { db } from "~/utils/db.server";

beforeAll(async () => {
  await loadDemoData();
});

describe("demo activity", () => {
  it("assigns lead departments to the latest year's items it updates, and leaves the rest as imported", async () => {
    const where = { reviewState: "accepted", report: { state: "published" } };
    const updated = { updates: { some: {} } };
    expect(await db.commitment.count({ where: { ...where, ...updated, leadDepartmentId: null } })).toBe(0);
    expect(
      await db.commitment.count({ where: { ...where, updates: { none: {} }, leadDepartmentId: { not: null } } }),
    ).toBe(0);
    expect(
      await db.commitment.count({ where: { ...where, year: { lt: 2025 }, leadDepartmentId: { not: null } } }),
    ).toBe(0);
  });

  it("publishes a few updates on the latest year, each saying it is demo data, with public audit events", async () => {
    const updates = await db.statusUpdate.findMany({
      select: { id: true, note: true, state: true, commitment: { select: { year: true } } },
    });
    expect(updates.length).toBeGreaterThan(10);
    expect(updates.every((u) => u.state === "published" && u.note?.includes("示例数据"))).toBe(true);
    expect(new Set(updates.map((u) => u.commitment.year))).toEqual(new Set([2025]));
    const events = await db.auditEvent.count({ where: { entity: "update", action: "publish", public: true } });
    expect(events).toBe(updates.length);
    const author = await db.user.findUniqueOrThrow({ where: { email: DEMO_AUTHOR_EMAIL } });
    expect(author.disabledAt).not.toBeNull();
  });

  it("gives the 2025 scorecard something to show", async () => {
    const zhangdian = await db.jurisdiction.findUniqueOrThrow({ where: { slug: "zhangdian" } });
    const card = await getScorecard(zhangdian.id, 2025, new Date("2025-09-15T00:00:00Z"), "demo-test");
    expect(card.kept.count).toBeGreaterThan(0);
    expect(card.byAssessment.filter((a) => a.count > 0).length).toBeGreaterThan(2);
    expect(
      card.lights.find((l) => l.key === "green")!.count + card.lights.find((l) => l.key === "yellow")!.count,
    ).toBeGreaterThan(0);
  });

  it("runs once", async () => {
    expect(await addDemoActivity()).toEqual({ assigned: 0, updates: 0 });
  });
});
