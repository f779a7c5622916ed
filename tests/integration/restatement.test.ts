// A restated report at review: found by its wording, linked (its proposals rejected) or dropped, with audit.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "~/models/audit.server";
import { importReport } from "~/models/report-import.server";
import { dropRestatement, linkRestatement, restatementOf } from "~/models/restatement.server";
import { AppError } from "~/utils/app-error";
import * as review from "~/routes/review.$reportId/route";
import { db } from "~/utils/db.server";
import { page, run, setUpLedger, type LedgerFixture } from "./support/ledger";

const load = (name: string, accept = false) =>
  importReport({
    source: { bytes: readFileSync(`data/reports/${name}.txt`), fileName: `${name}.txt` },
    actor: SYSTEM_ACTOR,
    accept,
  });

let fx: LedgerFixture;
let report = 0;
let news = 0;

beforeAll(async () => {
  fx = await setUpLedger();
  report = (await load("zhangdian-2022", true)).reportId;
  news = (await load("zhangdian-2022-news")).reportId;
});

describe("restatements at review", () => {
  it("finds that the news article restates the report, and not the other way round", async () => {
    const state = await restatementOf(news);
    expect(state.linked).toBeNull();
    expect(state.found).toMatchObject({ of: report });
    expect(state.found!.sharedPromises).toBeGreaterThanOrEqual(40);
    expect((await restatementOf(report)).found).toBeNull();
  });

  it("refuses to link or drop a report whose items were accepted", async () => {
    await expect(dropRestatement({ reportId: report, actor: SYSTEM_ACTOR })).rejects.toBeInstanceOf(AppError);
  });

  it("links the article to the report: its proposals are rejected, with audit rows", async () => {
    const proposed = await db.commitment.count({ where: { reportId: news, reviewState: "proposed" } });
    expect(proposed).toBeGreaterThan(40);
    await linkRestatement({ reportId: news, restatesId: report, actor: SYSTEM_ACTOR });
    expect((await db.report.findUniqueOrThrow({ where: { id: news } })).restatesId).toBe(report);
    expect(await db.commitment.count({ where: { reportId: news, reviewState: "proposed" } })).toBe(0);
    expect(await db.auditEvent.count({ where: { entity: "report", entityId: news, action: "link_restatement" } })).toBe(
      1,
    );
    expect(
      await db.auditEvent.count({ where: { entity: "commitment", action: "reject", reason: "restatement" } }),
    ).toBe(proposed);
    expect((await restatementOf(news)).linked).toEqual({ id: report, title: expect.any(String) });
  });

  it("drops an article with everything extracted from it, keeping the audit", async () => {
    await db.report.update({ where: { id: news }, data: { restatesId: null } });
    await dropRestatement({ reportId: news, actor: SYSTEM_ACTOR });
    expect(await db.report.findUnique({ where: { id: news } })).toBeNull();
    expect(await db.commitment.count({ where: { reportId: news } })).toBe(0);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entity: "report", entityId: news, action: "drop_restatement" },
    });
    expect(JSON.parse(event.before ?? "{}")).toMatchObject({ sourceName: "zhangdian-2022-news.txt" });
  });
});

describe("dropping a restatement from the review page", () => {
  const post = (reportId: number, form: Record<string, string>) =>
    run(review.action, page(fx.people.supervisor, `/review/${reportId}`, { form }), { reportId: String(reportId) });

  it("asks for confirmation first: without it the report stays; with it, it is gone with its audit row", async () => {
    const again = (await load("zhangdian-2022-news")).reportId;
    const unconfirmed = await post(again, { intent: "dropRestatement" });
    expect(unconfirmed).toMatchObject({
      status: 400,
      body: { intent: "dropRestatement", errors: { form: "ledger.restatement.confirmRequired" } },
    });
    const wrong = await post(again, { intent: "dropRestatement", confirm: "true" });
    expect(wrong.status).toBe(400);
    expect(await db.report.findUnique({ where: { id: again } })).not.toBeNull();
    expect(await db.commitment.count({ where: { reportId: again } })).toBeGreaterThan(40);
    expect(await db.auditEvent.count({ where: { entityId: again, action: "drop_restatement" } })).toBe(0);

    const confirmed = await post(again, { intent: "dropRestatement", confirm: "yes" });
    expect(confirmed).toMatchObject({ status: 302, location: "/ledger" });
    expect(await db.report.findUnique({ where: { id: again } })).toBeNull();
    expect(await db.commitment.count({ where: { reportId: again } })).toBe(0);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entity: "report", entityId: again, action: "drop_restatement" },
    });
    expect(event.actorId).toBe(fx.people.supervisor.id);
  });
});
