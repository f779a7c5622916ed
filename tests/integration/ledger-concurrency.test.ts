// Two people editing the same item: the second gets a clear conflict and loses nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { createUser } from "~/models/user.server";
import { SYSTEM_ACTOR } from "~/models/audit.server";
import * as apiCommitment from "~/routes/api.v1.commitments.$id";
import * as item from "~/routes/ledger.c.$id/route";
import { db } from "~/utils/db.server";
import { startSession } from "~/utils/session.server";
import { api, makeItem, page, run, setUpLedger, type LedgerFixture, type Who } from "./support/ledger";

let fx: LedgerFixture;
let second: Who;

beforeAll(async () => {
  fx = await setUpLedger();
  const user = await createUser({
    email: "second@ledger.test",
    name: "王督查",
    role: "supervisor",
    jurisdiction: "zhangdian",
    password: "password-for-tests",
    actor: SYSTEM_ACTOR,
  });
  const cookie = (await startSession(new Request("http://test/"), user.id)).split(";")[0]!;
  second = { role: "supervisor", id: user.id, cookie, token: null };
});

describe("optimistic concurrency on items", () => {
  it("the second save of the same version gets a conflict, keeps what was typed, and shows the item as it is now", async () => {
    const c = await makeItem(fx);
    const seen = await run(item.loader, page(fx.people.supervisor, `/ledger/c/${c.id}`), { id: String(c.id) });
    const version = String((seen.body as { item: { version: number } }).item.version);

    const first = await run(
      item.action,
      page(fx.people.supervisor, `/ledger/c/${c.id}`, {
        form: {
          intent: "assign",
          version,
          leadDepartmentId: String(fx.departments.lead),
          dueDate: "2025-09-30",
          responsiblePerson: "李科长",
          // The date has passed: saved after the warning.
          confirm: "yes",
        },
      }),
      { id: String(c.id) },
    );
    expect(first.status).toBe(302);

    const typed = {
      intent: "assign",
      version,
      leadDepartmentId: String(fx.departments.other),
      cooperatingIds: [String(fx.departments.coop), String(fx.departments.lead)],
      dueDate: "2025-06-30",
      responsiblePerson: "王主任",
      sector: "就业",
      reason: "调整分工",
    };
    const conflict = await run(item.action, page(second, `/ledger/c/${c.id}`, { form: typed }), { id: String(c.id) });
    expect(conflict.status).toBe(409);
    expect(conflict.body).toMatchObject({
      intent: "assign",
      errors: { form: "ledger.conflict" },
      values: { ...typed, version: String(Number(version) + 1) },
      conflict: { dueDate: "2025-09-30", responsiblePerson: "李科长", leadDepartment: "区人力资源和社会保障局" },
    });
    // The first save stands; the second changed nothing.
    const row = await db.commitment.findUniqueOrThrow({ where: { id: c.id } });
    expect(row).toMatchObject({ responsiblePerson: "李科长", version: Number(version) + 1 });
    expect(row.dueDate?.toISOString().slice(0, 10)).toBe("2025-09-30");

    // Saving again with the version the conflict handed back is a deliberate overwrite.
    const retry = await run(
      item.action,
      page(second, `/ledger/c/${c.id}`, {
        form: {
          ...typed,
          version: String(Number(version) + 1),
          cooperatingIds: [String(fx.departments.coop)],
          confirm: "yes",
        },
      }),
      { id: String(c.id) },
    );
    expect(retry.status).toBe(302);
    expect(await db.commitment.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({
      responsiblePerson: "王主任",
      leadDepartmentId: fx.departments.other,
    });
  });

  it("audits every change with who, before → after and why", async () => {
    const c = await makeItem(fx);
    await run(
      item.action,
      page(fx.people.supervisor, `/ledger/c/${c.id}`, {
        form: {
          intent: "assign",
          version: String(c.version),
          leadDepartmentId: String(fx.departments.other),
          cooperatingIds: [String(fx.departments.coop)],
          dueDate: "2025-12-31",
          responsiblePerson: "赵",
          reason: "按分工方案",
        },
      }),
      { id: String(c.id) },
    );
    const events = await db.auditEvent.findMany({
      where: { entity: "commitment", entityId: c.id, action: "assign" },
      orderBy: { id: "asc" },
    });
    // Public fields in a public event; the responsible person only in a private one.
    expect(events.map((e) => [e.public, JSON.parse(e.before!), JSON.parse(e.after!), e.reason, e.actorId])).toEqual([
      [
        true,
        { leadDepartment: "区人力资源和社会保障局" },
        { leadDepartment: "区民政局" },
        "按分工方案",
        fx.people.supervisor.id,
      ],
      [false, { responsiblePerson: null }, { responsiblePerson: "赵" }, "按分工方案", fx.people.supervisor.id],
    ]);
  });

  it("the API answers a stale version with 409 and the current version", async () => {
    const c = await makeItem(fx);
    const ok = await run(
      apiCommitment.action,
      api(fx.people.supervisor, `/api/v1/commitments/${c.id}`, "PATCH", { version: c.version, sector: "民生" }),
      { id: String(c.id) },
    );
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ id: c.id, version: c.version + 1, sector: "民生" });
    const stale = await run(
      apiCommitment.action,
      api(fx.people.supervisor, `/api/v1/commitments/${c.id}`, "PATCH", { version: c.version, sector: "就业" }),
      { id: String(c.id) },
    );
    expect(stale).toMatchObject({
      status: 409,
      body: { error: expect.stringContaining("Conflict"), version: c.version + 1 },
    });
    expect((await db.commitment.findUniqueOrThrow({ where: { id: c.id } })).sector).toBe("民生");
  });
});
