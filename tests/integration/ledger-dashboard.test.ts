// The dashboard: counts by status and light, behind-schedule and overdue lists, per department; staff see their own.
import { beforeAll, describe, expect, it } from "vitest";
import * as dashboard from "~/routes/ledger._index";
import { db } from "~/utils/db.server";
import { makeItem, makeUpdate, page, run, setUpLedger, type LedgerFixture, type TestRole } from "./support/ledger";

let fx: LedgerFixture;
const nextYear = new Date().getUTCFullYear() + 1;
const due = (months: number) => {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 28));
};

type Dashboard = {
  summary: {
    total: number;
    byStatus: Record<string, number>;
    overdue: { id: number }[];
    behind: { id: number }[];
    pendingUpdates: number;
    departments: { departmentId: number | null; total: number; pending: number }[];
  };
  items: { id: number; role?: string }[];
  year: number | null;
};

async function view(role: TestRole, query = "") {
  const outcome = await run(dashboard.loader, page(fx.people[role], `/ledger${query}`));
  expect(outcome.status).toBe(200);
  return outcome.body as Dashboard;
}

const ids: Record<string, number> = {};

beforeAll(async () => {
  fx = await setUpLedger();
  // One year of items, so every one of them counts in the same yearly view.
  const make = async (key: string, over: Parameters<typeof makeItem>[1]) => {
    const c = await makeItem(fx, over);
    await db.commitment.update({ where: { id: c.id }, data: { year: nextYear } });
    ids[key] = c.id;
  };
  await make("overdue", { dueDate: due(-1), progress: 80 });
  // Due at the end of this year: by now most of a yearly task should be done.
  const yearEnd = new Date(Date.UTC(new Date().getUTCFullYear(), 11, 31));
  await make("behind", { dueDate: yearEnd, progress: 0, status: "not_started" });
  await make("fine", { dueDate: yearEnd, progress: 100 });
  await make("done", { status: "done", progress: 100, dueDate: due(2) });
  await make("other", { leadDepartmentId: fx.departments.other, dueDate: due(3) });
  await makeUpdate(fx, ids.fine!);
  // An item of another jurisdiction never shows.
  const foreign = await db.commitment.create({
    data: {
      jurisdictionId: fx.zichuan.id,
      year: nextYear,
      quote: "淄川",
      kind: "deliverable",
      metric: "淄川事项",
      reviewState: "accepted",
    },
  });
  ids.foreign = foreign.id;
  // Nor does one still waiting for review.
  const proposed = await makeItem(fx);
  await db.commitment.update({ where: { id: proposed.id }, data: { reviewState: "proposed", year: nextYear } });
  ids.proposed = proposed.id;
});

describe("ledger dashboard", () => {
  it("shows the supervision office its jurisdiction's accepted items with counts, lists and departments", async () => {
    const data = await view("supervisor", `?year=${nextYear}`);
    expect(data.year).toBe(nextYear);
    expect(data.items.map((i) => i.id).sort((a, b) => a - b)).toEqual(
      [ids.overdue, ids.behind, ids.fine, ids.done, ids.other].sort((a, b) => a! - b!),
    );
    expect(data.summary).toMatchObject({
      total: 5,
      byStatus: { in_progress: 3, not_started: 1, done: 1 },
      pendingUpdates: 1,
    });
    expect(data.summary.overdue.map((i) => i.id)).toEqual([ids.overdue]);
    expect(data.summary.behind.map((i) => i.id)).toContain(ids.behind);
    expect(data.summary.behind.map((i) => i.id)).not.toContain(ids.fine);
    const lead = data.summary.departments.find((d) => d.departmentId === fx.departments.lead);
    expect(lead).toMatchObject({ total: 4, pending: 1 });
  });

  it("filters by lead department", async () => {
    const data = await view("supervisor", `?year=${nextYear}&dept=${fx.departments.other}`);
    expect(data.items.map((i) => i.id)).toEqual([ids.other]);
  });

  it("shows staff only their department's items, as lead or co-operating", async () => {
    const lead = await view("leadStaff", `?year=${nextYear}`);
    expect(lead.items.map((i) => i.id)).not.toContain(ids.other);
    expect(lead.items.every((i) => i.role === "lead")).toBe(true);
    const coop = await view("coopStaff", `?year=${nextYear}`);
    expect(coop.items).toHaveLength(5);
    expect(coop.items.every((i) => i.role === "cooperating")).toBe(true);
    const other = await view("otherStaff", `?year=${nextYear}`);
    expect(other.items.map((i) => [i.id, i.role])).toEqual([[ids.other, "lead"]]);
    // A department with staff asking for another department still sees its own.
    const sneaky = await view("otherStaff", `?year=${nextYear}&dept=${fx.departments.lead}`);
    expect(sneaky.items.map((i) => i.id)).toEqual([ids.other]);
    const foreign = await view("foreignStaff", `?year=${nextYear}`);
    expect(foreign.items).toEqual([]);
  });
});
