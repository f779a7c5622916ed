// Department updates end to end through the item page: submit with evidence, publish or return, 销号, bulk.
import { beforeAll, describe, expect, it } from "vitest";
import * as bulk from "~/routes/ledger.bulk";
import * as item from "~/routes/ledger.c.$id/route";
import * as files from "~/routes/files.$sha256";
import { db } from "~/utils/db.server";
import { makeItem, page, run, setUpLedger, type LedgerFixture } from "./support/ledger";

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
const photo = () => new File([PNG], "现场照片.png", { type: "image/png" });

let fx: LedgerFixture;
beforeAll(async () => {
  fx = await setUpLedger();
});

const itemAction = (role: keyof LedgerFixture["people"], id: number, form: Record<string, string | Blob | string[]>) =>
  run(item.action, page(fx.people[role], `/ledger/c/${id}`, { form }), { id: String(id) });

async function submit(id: number, form: Record<string, string | Blob> = {}) {
  return itemAction("leadStaff", id, { intent: "update", status: "in_progress", progress: "60", ...form });
}

describe("department updates", () => {
  it("a lead department's update with a link and a photo is submitted, stored by sha256 and kept private", async () => {
    const c = await makeItem(fx);
    const publicBefore = await db.auditEvent.count({ where: { public: true } });
    const outcome = await submit(c.id, {
      note: "已举办招聘会 3 场",
      actualValue: "0.8",
      actualUnit: "万人",
      "links.0.title": "区人社局通报",
      "links.0.url": "https://example.gov.cn/news/1",
      files: photo(),
    });
    expect(outcome).toMatchObject({ status: 302, location: `/ledger/c/${c.id}?saved=update` });

    const update = await db.statusUpdate.findFirstOrThrow({
      where: { commitmentId: c.id },
      include: { evidence: true },
    });
    expect(update).toMatchObject({
      state: "submitted",
      status: "in_progress",
      progress: 60,
      actualValue: 0.8,
      actualUnit: "万人",
    });
    expect(update.evidence.map((e) => [e.kind, e.title, e.url, e.mimeType])).toEqual([
      ["link", "区人社局通报", "https://example.gov.cn/news/1", null],
      ["file", "现场照片.png", null, "image/png"],
    ]);
    expect(update.evidence[1]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    // Nothing public yet: the item keeps its published values, no public audit event.
    expect(await db.commitment.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({
      progress: 30,
      version: c.version,
    });
    expect(await db.auditEvent.count({ where: { public: true } })).toBe(publicBefore);
    // The file is not served to the public while the update waits.
    const sha = update.evidence[1]!.sha256!;
    const anonymous = await run(files.loader, page(fx.people.anonymous, `/files/${sha}`), { sha256: sha });
    expect(anonymous.status).toBe(404);
    // The supervision office was told.
    expect(
      await db.notification.count({ where: { userId: fx.people.supervisor.id!, kind: "update.submitted" } }),
    ).toBeGreaterThan(0);
  });

  it("refuses links that are not http(s), files that are not images or PDF, and keeps what was typed", async () => {
    const c = await makeItem(fx);
    const bad = await submit(c.id, { note: "说明", "links.0.title": "x", "links.0.url": "javascript:alert(1)" });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      errors: { "links.0.url": "v.url" },
      values: { note: "说明", links: [{ url: "javascript:alert(1)" }] },
    });
    const disguised = await submit(c.id, {
      files: new File(["<script>alert(1)</script>"], "photo.png", { type: "image/png" }),
    });
    expect(disguised.status).toBe(400);
    expect(disguised.body).toMatchObject({ errors: { files: "ledger.upload.type_not_allowed" } });
    const changed = await submit(c.id, { status: "changed" });
    expect(changed.body).toMatchObject({ errors: { note: "ledger.rule.reasonRequired" } });
    expect(await db.statusUpdate.count({ where: { commitmentId: c.id } })).toBe(0);
  });

  it("publishing puts the values on the item, publicly, and tells followers; the file becomes public", async () => {
    const c = await makeItem(fx);
    await db.follow.create({ data: { userId: fx.people.deputy.id!, commitmentId: c.id } });
    await submit(c.id, { progress: "70", note: "进度过半", files: photo() });
    const update = await db.statusUpdate.findFirstOrThrow({
      where: { commitmentId: c.id },
      include: { evidence: true },
    });
    const outcome = await itemAction("supervisor", c.id, {
      intent: "review",
      updateId: String(update.id),
      decision: "publish",
    });
    expect(outcome).toMatchObject({ status: 302, location: `/ledger/c/${c.id}?saved=published` });

    expect(await db.statusUpdate.findUniqueOrThrow({ where: { id: update.id } })).toMatchObject({
      state: "published",
      reviewerId: fx.people.supervisor.id,
    });
    expect(await db.commitment.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({
      status: "in_progress",
      progress: 70,
      version: c.version + 1,
    });
    const events = await db.auditEvent.findMany({
      where: {
        public: true,
        OR: [
          { entity: "update", entityId: update.id },
          { entity: "commitment", entityId: c.id },
        ],
      },
    });
    expect(events.map((e) => `${e.entity}.${e.action}`).sort()).toEqual(["commitment.progress", "update.publish"]);
    expect(JSON.parse(events.find((e) => e.entity === "update")!.after!)).toMatchObject({
      commitmentId: c.id,
      progress: 70,
      note: "进度过半",
    });
    expect(await db.notification.count({ where: { userId: fx.people.deputy.id!, kind: "update.published" } })).toBe(1);
    // The department that wrote it hears that its own update is public, not that "a followed item" moved.
    expect(
      await db.notification.count({ where: { userId: fx.people.leadStaff.id!, kind: "update.own_published" } }),
    ).toBe(1);
    expect(await db.notification.count({ where: { userId: fx.people.leadStaff.id!, kind: "update.published" } })).toBe(
      0,
    );
    // The supervisors' "待核验" notice of this update is read once it is verified.
    expect(
      await db.notification.count({
        where: { kind: "update.submitted", link: `/ledger/verify#update-${update.id}`, readAt: null },
      }),
    ).toBe(0);
    expect(
      await db.notification.count({ where: { kind: "update.submitted", link: `/ledger/verify#update-${update.id}` } }),
    ).toBeGreaterThan(0);

    const sha = update.evidence[0]!.sha256!;
    const served = await fetchFile(sha);
    expect(served.status).toBe(200);
    expect(served.headers.get("Content-Type")).toBe("image/png");
    expect(served.headers.get("Content-Security-Policy")).toContain("sandbox");
    expect(served.headers.get("X-Content-Type-Options")).toBe("nosniff");

    // Published once: a second decision is refused.
    const again = await itemAction("supervisor", c.id, {
      intent: "review",
      updateId: String(update.id),
      decision: "return",
      reason: "x",
    });
    expect(again.status).toBe(409);
  });

  it("a returned update stays private, keeps its reason, and pre-fills the next form", async () => {
    const c = await makeItem(fx);
    await submit(c.id, {
      progress: "90",
      note: "基本完成",
      "links.0.title": "照片",
      "links.0.url": "https://example.gov.cn/p",
    });
    const update = await db.statusUpdate.findFirstOrThrow({ where: { commitmentId: c.id } });
    const noReason = await itemAction("supervisor", c.id, {
      intent: "review",
      updateId: String(update.id),
      decision: "return",
      reason: "",
    });
    expect(noReason.body).toMatchObject({ errors: { reason: "ledger.verify.reasonRequired" } });
    const outcome = await itemAction("supervisor", c.id, {
      intent: "review",
      updateId: String(update.id),
      decision: "return",
      reason: "请补充验收材料",
    });
    expect(outcome.location).toBe(`/ledger/c/${c.id}?saved=returned`);
    expect(await db.statusUpdate.findUniqueOrThrow({ where: { id: update.id } })).toMatchObject({
      state: "returned",
      returnReason: "请补充验收材料",
    });
    expect(await db.commitment.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ progress: 30 });
    expect(await db.auditEvent.count({ where: { entity: "update", entityId: update.id, public: true } })).toBe(0);
    expect(
      await db.notification.count({ where: { userId: fx.people.leadStaff.id!, kind: "update.returned" } }),
    ).toBeGreaterThan(0);

    const view = await run(item.loader, page(fx.people.leadStaff, `/ledger/c/${c.id}`), { id: String(c.id) });
    expect(view.body).toMatchObject({
      prefill: {
        status: "in_progress",
        progress: 90,
        note: "基本完成",
        links: [{ title: "照片", url: "https://example.gov.cn/p" }],
      },
      can: { submit: true, review: false, assign: false },
    });
  });

  it("crosses an item off (销号) only after it is reported done, and then closes it to updates", async () => {
    const c = await makeItem(fx);
    const early = await itemAction("supervisor", c.id, { intent: "verify", version: String(c.version) });
    expect(early.body).toMatchObject({ errors: { status: "ledger.rule.verifyNeedsDone" } });
    const staffVerified = await submit(c.id, { status: "verified" });
    expect(staffVerified.body).toMatchObject({ errors: { status: "ledger.rule.notAllowed" } });

    await submit(c.id, { status: "done", progress: "100", note: "已完成" });
    const update = await db.statusUpdate.findFirstOrThrow({ where: { commitmentId: c.id, status: "done" } });
    await itemAction("supervisor", c.id, { intent: "review", updateId: String(update.id), decision: "publish" });
    const done = await db.commitment.findUniqueOrThrow({ where: { id: c.id } });
    expect(done.status).toBe("done");
    // Unconfirmed, 销号 only says what it would do.
    const asked = await itemAction("supervisor", c.id, {
      intent: "verify",
      version: String(done.version),
      note: "现场核实",
    });
    expect(asked).toMatchObject({
      status: 200,
      body: { intent: "verify", confirm: { title: "ledger.verify.confirmTitle" } },
    });
    expect(await db.commitment.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({
      status: "done",
      version: done.version,
    });
    const crossed = await itemAction("supervisor", c.id, {
      intent: "verify",
      version: String(done.version),
      note: "现场核实",
      confirm: "yes",
    });
    expect(crossed.location).toBe(`/ledger/c/${c.id}?saved=verified`);
    expect(await db.commitment.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({
      status: "verified",
      progress: 100,
    });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entity: "commitment", entityId: c.id, action: "verify" },
    });
    expect(event).toMatchObject({ public: true, reason: "现场核实", actorId: fx.people.supervisor.id });

    const late = await submit(c.id, { status: "in_progress" });
    expect(late.body).toMatchObject({ errors: { status: "ledger.rule.crossedOff" } });
  });

  it("bulk update: the changed rows become updates, all or nothing", async () => {
    const a = await makeItem(fx);
    const b = await makeItem(fx);
    const rows = (bStatus: string, bNote: string) => ({
      "rows.0.id": String(a.id),
      "rows.0.status": "in_progress",
      "rows.0.progress": "50",
      "rows.0.note": "",
      "rows.1.id": String(b.id),
      "rows.1.status": bStatus,
      "rows.1.progress": "30",
      "rows.1.note": bNote,
    });
    const bad = await run(bulk.action, page(fx.people.leadStaff, "/ledger/bulk", { form: rows("changed", "") }));
    expect(bad.status).toBe(422);
    expect(bad.body).toMatchObject({ errors: { "rows.1.note": "ledger.rule.reasonRequired" } });
    expect(await db.statusUpdate.count({ where: { commitmentId: { in: [a.id, b.id] } } })).toBe(0);

    const good = await run(
      bulk.action,
      page(fx.people.leadStaff, "/ledger/bulk", { form: rows("changed", "并入明年计划") }),
    );
    expect(good.location).toBe("/ledger?saved=bulk&count=2");
    const created = await db.statusUpdate.findMany({
      where: { commitmentId: { in: [a.id, b.id] } },
      orderBy: { id: "asc" },
    });
    expect(created.map((u) => [u.commitmentId, u.status, u.progress, u.state])).toEqual([
      [a.id, "in_progress", 50, "submitted"],
      [b.id, "changed", 30, "submitted"],
    ]);
  });
});

function fetchFile(sha: string) {
  return files.loader({
    request: new Request(`http://test/files/${sha}`),
    params: { sha256: sha },
    context: {},
  }) as Promise<Response>;
}
