// 批量分解交办: many items at once, with the same checks as a single edit, all or nothing, an audit row
// per item, one notice per department with the due dates, and a warning before a due date already past.
import { beforeAll, describe, expect, it } from "vitest";
import * as assignPage from "~/routes/ledger.assign";
import * as itemPage from "~/routes/ledger.c.$id/route";
import { db } from "~/utils/db.server";
import { makeItem, page, run, setUpLedger, verdict, type LedgerFixture, type TestRole } from "./support/ledger";

let fx: LedgerFixture;
let items: { id: number; version: number }[];

beforeAll(async () => {
  fx = await setUpLedger();
  items = [];
  for (let i = 0; i < 3; i++) items.push(await makeItem(fx, { leadDepartmentId: null, metric: `未交办事项 ${i + 1}` }));
});

const post = (role: TestRole, form: Record<string, string | string[]>) =>
  run(assignPage.action, page(fx.people[role], "/ledger/assign", { form }));

const NEXT_YEAR = `${new Date().getUTCFullYear() + 1}-06-30`;

describe("bulk assignment", () => {
  it("is the supervision office's, in its own place; the page lists the unassigned items", async () => {
    for (const role of ["admin", "leadStaff", "deputy", "otherSupervisor"] as const) {
      const form = { ids: items.map((i) => String(i.id)), leadDepartmentId: String(fx.departments.lead) };
      expect(verdict(await post(role, form)), role).toBe(403);
    }
    expect(verdict(await run(assignPage.loader, page(fx.people.anonymous, "/ledger/assign")))).toBe("login");
    const listed = await run(assignPage.loader, page(fx.people.supervisor, "/ledger/assign?unassigned=1"));
    const ids = (listed.body as { items: { id: number }[] }).items.map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining(items.map((i) => i.id)));
    expect(
      await db.commitment.count({ where: { id: { in: items.map((i) => i.id) }, leadDepartmentId: { not: null } } }),
    ).toBe(0);
  });

  it("refuses the whole batch when one item is not the supervisor's to assign", async () => {
    const foreign = await db.commitment.create({
      data: {
        jurisdictionId: fx.zichuan.id,
        year: 2025,
        quote: "淄川的事项",
        kind: "deliverable",
        metric: "淄川的事项",
        reviewState: "accepted",
      },
    });
    const before = await db.auditEvent.count();
    const outcome = await post("supervisor", {
      ids: [...items.map((i) => String(i.id)), String(foreign.id)],
      leadDepartmentId: String(fx.departments.lead),
      dueDate: NEXT_YEAR,
    });
    expect(outcome).toMatchObject({ status: 403, body: { errors: { ids: "ledger.bulkAssign.notAllowed" } } });
    expect(await db.auditEvent.count()).toBe(before);
    expect(
      await db.commitment.count({ where: { id: { in: items.map((i) => i.id) }, leadDepartmentId: { not: null } } }),
    ).toBe(0);
  });

  it("asks before a due date already past and changes nothing until confirmed", async () => {
    const form = { ids: [String(items[0]!.id)], dueDate: "2020-01-31" };
    const asked = await post("supervisor", form);
    expect(asked).toMatchObject({ status: 200, body: { confirm: { title: "ledger.due.pastTitle" } } });
    expect((await db.commitment.findUniqueOrThrow({ where: { id: items[0]!.id } })).dueDate?.toISOString()).toMatch(
      /^2025-12-31/,
    );
    const saved = await post("supervisor", { ...form, confirm: "yes" });
    expect(saved.status).toBe(302);
    expect((await db.commitment.findUniqueOrThrow({ where: { id: items[0]!.id } })).dueDate?.toISOString()).toMatch(
      /^2020-01-31/,
    );
  });

  it("the item page asks the same before a past due date, and not for one already there", async () => {
    const item = await makeItem(fx);
    const form = {
      intent: "assign",
      version: String(item.version),
      leadDepartmentId: String(fx.departments.lead),
      dueDate: "2021-03-31",
    };
    const path = `/ledger/c/${item.id}`;
    const asked = await run(itemPage.action, page(fx.people.supervisor, path, { form }), { id: String(item.id) });
    expect(asked).toMatchObject({
      status: 200,
      body: { intent: "assign", confirm: { title: "ledger.due.pastTitle" } },
    });
    expect(await db.commitment.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ version: item.version });
    const saved = await run(itemPage.action, page(fx.people.supervisor, path, { form: { ...form, confirm: "yes" } }), {
      id: String(item.id),
    });
    expect(saved.location).toBe(`${path}?saved=assign`);
    // The same past date again (only the responsible person changes) is not asked about twice.
    const again = await run(
      itemPage.action,
      page(fx.people.supervisor, path, {
        form: { ...form, version: String(item.version + 1), responsiblePerson: "赵" },
      }),
      { id: String(item.id) },
    );
    expect(again.location).toBe(`${path}?saved=assign`);
  });

  it("sets lead and co-operating departments, due date and responsible person on all, audited per item", async () => {
    const staff = fx.people.leadStaff.id!;
    const noticesBefore = await db.notification.count({ where: { userId: staff, kind: "commitment.assigned" } });
    const outcome = await post("supervisor", {
      ids: items.map((i) => String(i.id)),
      leadDepartmentId: String(fx.departments.lead),
      cooperatingMode: "set",
      cooperatingIds: [String(fx.departments.coop), String(fx.departments.lead)],
      dueDate: NEXT_YEAR,
      responsiblePerson: "王局长",
      reason: "年度分工方案",
    });
    expect(outcome.status).toBe(302);
    expect(outcome.location).toMatch(/saved=3/);
    const rows = await db.commitment.findMany({
      where: { id: { in: items.map((i) => i.id) } },
      include: { cooperating: true },
    });
    for (const row of rows) {
      expect(row).toMatchObject({ leadDepartmentId: fx.departments.lead, responsiblePerson: "王局长" });
      expect(row.dueDate?.toISOString().slice(0, 10)).toBe(NEXT_YEAR);
      // The lead department is not also co-operating.
      expect(row.cooperating.map((c) => c.departmentId)).toEqual([fx.departments.coop]);
      const audit = await db.auditEvent.findMany({
        where: { entity: "commitment", entityId: row.id, action: "assign" },
      });
      expect(audit.some((a) => a.reason === "年度分工方案")).toBe(true);
    }
    // One notice for the department, listing each item with its due date.
    const notices = await db.notification.findMany({
      where: { userId: staff, kind: "commitment.assigned" },
      orderBy: { id: "desc" },
    });
    expect(notices.length - noticesBefore).toBe(1);
    expect(notices[0]!.title).toBe("新的牵头任务 3 项");
    expect(notices[0]!.body).toContain(`未交办事项 1（完成时限：${NEXT_YEAR}）`);
  });

  it("leaves what is not set as it was, and says when nothing is set", async () => {
    const nothing = await post("supervisor", { ids: [String(items[1]!.id)] });
    expect(nothing).toMatchObject({ status: 400, body: { errors: { form: "ledger.bulkAssign.nothing" } } });
    const none = await post("supervisor", { ids: [], responsiblePerson: "x" });
    expect(none).toMatchObject({ status: 400, body: { errors: { ids: "ledger.bulkAssign.chooseItems" } } });
    await post("supervisor", { ids: [String(items[1]!.id)], responsiblePerson: "李科长" });
    const row = await db.commitment.findUniqueOrThrow({ where: { id: items[1]!.id } });
    expect(row).toMatchObject({ responsiblePerson: "李科长", leadDepartmentId: fx.departments.lead });
    expect(row.dueDate?.toISOString().slice(0, 10)).toBe(NEXT_YEAR);
  });
});
