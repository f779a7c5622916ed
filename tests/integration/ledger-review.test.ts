// Importing a report on the web and reviewing what was extracted, with real report text.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import * as importPage from "~/routes/import";
import * as review from "~/routes/review.$reportId/route";
import * as publish from "~/routes/review.$reportId_.publish";
import { db } from "~/utils/db.server";
import { page, run, setUpLedger, type LedgerFixture } from "./support/ledger";

const corpus = (name: string) => readFileSync(`data/reports/${name}`);

let fx: LedgerFixture;
let reportId: number;

beforeAll(async () => {
  fx = await setUpLedger();
});

const post = (form: Record<string, string | string[] | Blob>) =>
  run(review.action, page(fx.people.supervisor, `/review/${reportId}`, { form }), { reportId: String(reportId) });

async function proposedItems() {
  return db.commitment.findMany({ where: { reportId, reviewState: "proposed" }, orderBy: { quoteStart: "asc" } });
}

describe("import on the web", () => {
  it("analyses an uploaded file first, with the detected place and year filled in", async () => {
    const file = new File([corpus("zhangdian-2025.txt")], "zhangdian-2025.txt", { type: "text/plain" });
    const outcome = await run(
      importPage.action,
      page(fx.people.supervisor, "/import", { form: { intent: "analyse", file } }),
    );
    expect(outcome.status).toBe(200);
    const detected = (outcome.body as { step: string; detected: Record<string, unknown> }).detected;
    expect(outcome.body).toMatchObject({ step: "confirm", errors: {} });
    expect(detected).toMatchObject({ jurisdiction: "zhangdian", year: 2025, sourceName: "zhangdian-2025.txt" });
    expect(detected.commitments).toBeGreaterThan(15);
    expect(await db.report.count()).toBe(0); // nothing stored before the supervisor confirms

    const confirmed = await run(
      importPage.action,
      page(fx.people.supervisor, "/import", {
        form: { intent: "import", staged: String(detected.staged), jurisdiction: "zhangdian", year: "2025" },
      }),
    );
    expect(confirmed.status).toBe(302);
    expect(confirmed.location).toMatch(/^\/review\/\d+\?imported=new$/);
    reportId = Number(confirmed.location!.match(/\/review\/(\d+)/)![1]);
    const report = await db.report.findUniqueOrThrow({ where: { id: reportId } });
    expect(report).toMatchObject({ state: "reviewing", sourceType: "txt", importedById: fx.people.supervisor.id });
    // Nothing is public before it is accepted.
    expect(await db.commitment.count({ where: { reportId, NOT: { reviewState: "proposed" } } })).toBe(0);
    expect(await db.auditEvent.count({ where: { public: true } })).toBe(0);
  });

  it("imports the same text again as an update, not a duplicate", async () => {
    const first = await run(
      importPage.action,
      page(fx.people.supervisor, "/import", {
        form: { intent: "analyse", text: corpus("zhangdian-2025.txt").toString("utf8") },
      }),
    );
    const staged = String((first.body as { detected: { staged: string } }).detected.staged);
    const again = await run(
      importPage.action,
      page(fx.people.supervisor, "/import", {
        form: { intent: "import", staged, jurisdiction: "zhangdian", year: "2025" },
      }),
    );
    expect(again.location).toBe(`/review/${reportId}?imported=again`);
    expect(await db.report.count()).toBe(1);
  });

  it("shows what cannot be read, keeping the pasted text", async () => {
    const outcome = await run(
      importPage.action,
      page(fx.people.supervisor, "/import", { form: { intent: "analyse", text: "hello world, this is not a report" } }),
    );
    expect(outcome.status).toBe(422);
    expect(outcome.body).toMatchObject({
      step: "analyse",
      errors: { form: "ledger.import.unreadable" },
      values: { text: "hello world, this is not a report" },
    });
    const empty = await run(
      importPage.action,
      page(fx.people.supervisor, "/import", { form: { intent: "analyse", text: "" } }),
    );
    expect(empty.body).toMatchObject({ errors: { form: "ledger.import.nothing" } });
  });
});

describe("review side by side", () => {
  it("lays out the report with every quote marked in its paragraph", async () => {
    const outcome = await run(review.loader, page(fx.people.supervisor, `/review/${reportId}`), {
      reportId: String(reportId),
    });
    const body = outcome.body as {
      text: string;
      paragraphs: { segments: { start: number; end: number; marks: number[] }[] }[];
      items: { id: number; quote: string }[];
      counts: { proposed: number };
    };
    expect(body.counts.proposed).toBe(body.items.length);
    const first = body.items[0]!;
    const marked = body.paragraphs
      .flatMap((p) => p.segments)
      .filter((s) => s.marks.includes(first.id))
      .map((s) => body.text.slice(s.start, s.end))
      .join("");
    expect(marked.replace(/\s/g, "")).toBe(first.quote.replace(/\s/g, ""));
  });

  it("accepts one item publicly, with its report still under review", async () => {
    const [item] = await proposedItems();
    const outcome = await post({ intent: "accept", id: String(item!.id), version: String(item!.version) });
    expect(outcome.status).toBe(302);
    const row = await db.commitment.findUniqueOrThrow({ where: { id: item!.id } });
    expect(row.reviewState).toBe("accepted");
    expect(row.publishedAt).not.toBeNull();
    const events = await db.auditEvent.findMany({ where: { entity: "commitment", entityId: item!.id, public: true } });
    expect(events.map((e) => e.action).sort()).toEqual(["accept", "publish"]);
    expect((await db.report.findUniqueOrThrow({ where: { id: reportId } })).state).toBe("reviewing");
  });

  it("edits any field; a new quote is found again in the text", async () => {
    const [, item] = await proposedItems();
    const outcome = await post({
      intent: "edit",
      id: String(item!.id),
      version: String(item!.version),
      quote: "新增城镇就业1.3万人以上",
      metric: "城镇新增就业",
      kind: "numeric",
      target: "1.3",
      unit: "万人",
      comparator: ">=",
      deadline: "2025",
      sector: "民生",
    });
    expect(outcome.status).toBe(302);
    const row = await db.commitment.findUniqueOrThrow({ where: { id: item!.id } });
    expect(row).toMatchObject({
      metric: "城镇新增就业",
      target: 1.3,
      unit: "万人",
      sector: "民生",
      version: item!.version + 1,
    });
    const report = await db.report.findUniqueOrThrow({ where: { id: reportId } });
    expect(report.text.slice(row.quoteStart!, row.quoteEnd!).replace(/\s/g, "")).toBe("新增城镇就业1.3万人以上");

    const missing = await post({
      intent: "edit",
      id: String(item!.id),
      version: String(row.version),
      quote: "报告里没有这句话",
      metric: "x",
      kind: "numeric",
    });
    expect(missing).toMatchObject({
      status: 422,
      body: { intent: "edit", errors: { quote: "ledger.review.quoteNotFound" }, values: { quote: "报告里没有这句话" } },
    });
    const stale = await post({
      intent: "edit",
      id: String(item!.id),
      version: String(item!.version),
      quote: row.quote,
      metric: "y",
      kind: "numeric",
    });
    expect(stale).toMatchObject({
      status: 409,
      body: { errors: { form: "ledger.conflict" }, values: { metric: "y", version: String(row.version) } },
    });
  });

  it("splits one sentence into several tasks", async () => {
    const [, , item] = await proposedItems();
    const outcome = await post({
      intent: "split",
      id: String(item!.id),
      version: String(item!.version),
      parts: "第一项任务\n第二项任务\n\n第三项任务",
    });
    expect(outcome.status).toBe(302);
    const siblings = await db.commitment.findMany({
      where: { reportId, quoteStart: item!.quoteStart, metric: { contains: "项任务" } },
      orderBy: { id: "asc" },
    });
    expect(siblings.map((s) => [s.metric, s.reviewState])).toEqual([
      ["第一项任务", "proposed"],
      ["第二项任务", "proposed"],
      ["第三项任务", "proposed"],
    ]);
    const one = await post({
      intent: "split",
      id: String(item!.id),
      version: String(item!.version + 1),
      parts: "只有一行",
    });
    expect(one.body).toMatchObject({ errors: { parts: "ledger.v.splitTwo" } });
  });

  it("merges several sentences into one task spanning them, the others set aside", async () => {
    const items = await proposedItems();
    const [x, y] = items.slice(-2);
    const outcome = await post({ intent: "merge", ids: [String(x!.id), String(y!.id)] });
    expect(outcome.status).toBe(302);
    const kept = await db.commitment.findUniqueOrThrow({ where: { id: x!.id } });
    expect(kept.quoteStart).toBe(Math.min(x!.quoteStart!, y!.quoteStart!));
    expect(kept.quoteEnd).toBe(Math.max(x!.quoteEnd!, y!.quoteEnd!));
    expect((await db.commitment.findUniqueOrThrow({ where: { id: y!.id } })).reviewState).toBe("rejected");
    const alone = await post({ intent: "merge", ids: String(x!.id) });
    expect(alone.body).toMatchObject({ errors: { ids: "ledger.v.mergeTwo" } });
  });

  it("rejects an item and restores it", async () => {
    const [item] = await proposedItems();
    await post({ intent: "reject", id: String(item!.id), version: String(item!.version) });
    expect((await db.commitment.findUniqueOrThrow({ where: { id: item!.id } })).reviewState).toBe("rejected");
    await post({ intent: "restore", id: String(item!.id), version: String(item!.version + 1) });
    expect((await db.commitment.findUniqueOrThrow({ where: { id: item!.id } })).reviewState).toBe("proposed");
  });

  it("adds a missed commitment from a selection (offsets) or from pasted text", async () => {
    const report = await db.report.findUniqueOrThrow({ where: { id: reportId } });
    const start = report.text.indexOf("圆满完成第五次经");
    const end = report.text.indexOf("济普查工作") + "济普查工作".length;
    const selected = await post({
      intent: "add",
      quote: "圆满完成第五次经济普查工作",
      quoteStart: String(start),
      quoteEnd: String(end),
      metric: "第五次经济普查",
      kind: "deliverable",
    });
    expect(selected.status).toBe(302);
    const added = await db.commitment.findFirstOrThrow({ where: { reportId, metric: "第五次经济普查" } });
    expect(added).toMatchObject({
      quoteStart: start,
      quoteEnd: end,
      quote: "圆满完成第五次经济普查工作",
      reviewState: "proposed",
    });

    const pasted = await post({
      intent: "add",
      quote: "新增各类 市场主体 1.68万户",
      metric: "市场主体",
      kind: "numeric",
      target: "1.68",
      unit: "万户",
    });
    expect(pasted.status).toBe(302);
    const found = await db.commitment.findFirstOrThrow({ where: { reportId, metric: "市场主体" } });
    expect(report.text.slice(found.quoteStart!, found.quoteEnd!).replace(/\s/g, "")).toBe("新增各类市场主体1.68万户");

    const bad = await post({ intent: "add", quote: "", metric: "", kind: "numeric" });
    expect(bad.body).toMatchObject({ intent: "add", errors: { quote: "v.required", metric: "v.required" } });
  });

  it("accepts all remaining at once without publishing: the report stays internal", async () => {
    const left = (await proposedItems()).length;
    const outcome = await post({ intent: "acceptAll" });
    expect(outcome.location).toBe(`/review/${reportId}?saved=acceptAll&count=${left}`);
    expect(await db.commitment.count({ where: { reportId, reviewState: "proposed" } })).toBe(0);
    const report = await db.report.findUniqueOrThrow({ where: { id: reportId } });
    expect(report.state).toBe("reviewing");
    expect(await db.auditEvent.count({ where: { entity: "report", entityId: reportId, action: "publish" } })).toBe(0);
    // Rejected ones (the merged item) stay out.
    expect(await db.commitment.count({ where: { reportId, reviewState: "rejected" } })).toBe(1);
  });

  it("publishes only as a step of its own: a preview, then a confirmed post", async () => {
    const params = { reportId: String(reportId) };
    const preview = await run(publish.loader, page(fx.people.supervisor, `/review/${reportId}/publish`), params);
    const accepted = await db.commitment.count({ where: { reportId, reviewState: "accepted", parentId: null } });
    expect(preview.body).toMatchObject({ counts: { accepted, proposed: 0, rejected: 1 } });
    expect((preview.body as { accepted: unknown[] }).accepted).toHaveLength(accepted);

    // Others may neither see the preview nor publish.
    for (const who of ["otherSupervisor", "leadStaff", "deputy", "admin"] as const) {
      expect((await run(publish.loader, page(fx.people[who], `/review/${reportId}/publish`), params)).status).toBe(403);
      const attempt = await run(
        publish.action,
        page(fx.people[who], `/review/${reportId}/publish`, { form: { confirm: "yes" } }),
        params,
      );
      expect(attempt.status).toBe(403);
    }
    // Without the confirmation nothing happens: back to the preview.
    const unconfirmed = await run(
      publish.action,
      page(fx.people.supervisor, `/review/${reportId}/publish`, { form: {} }),
      params,
    );
    expect(unconfirmed.location).toBe(`/review/${reportId}/publish`);
    expect((await db.report.findUniqueOrThrow({ where: { id: reportId } })).state).toBe("reviewing");

    const done = await run(
      publish.action,
      page(fx.people.supervisor, `/review/${reportId}/publish`, { form: { confirm: "yes" } }),
      params,
    );
    expect(done.location).toBe(`/ledger/assign?report=${reportId}&published=${accepted}`);
    expect((await db.report.findUniqueOrThrow({ where: { id: reportId } })).state).toBe("published");
    expect(
      await db.auditEvent.count({ where: { entity: "report", entityId: reportId, action: "publish", public: true } }),
    ).toBe(1);
    const again = await run(
      publish.action,
      page(fx.people.supervisor, `/review/${reportId}/publish`, { form: { confirm: "yes" } }),
      params,
    );
    expect(again).toMatchObject({ status: 409, body: { errors: { form: "ledger.publish.already" } } });
  });
});
