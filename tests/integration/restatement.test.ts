// A restated report at review: found by its wording, linked (its proposals rejected) or dropped, with audit.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "~/models/audit.server";
import { ensureDemoJurisdictions } from "~/models/demo.server";
import { LedgerError } from "~/models/ledger-errors.server";
import { importReport } from "~/models/report-import.server";
import { dropRestatement, linkRestatement, restatementOf } from "~/models/restatement.server";
import { db } from "~/utils/db.server";

const load = (name: string, accept = false) =>
  importReport({
    source: { bytes: readFileSync(`data/reports/${name}.txt`), fileName: `${name}.txt` },
    actor: SYSTEM_ACTOR,
    accept,
  });

let report = 0;
let news = 0;

beforeAll(async () => {
  await ensureDemoJurisdictions();
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
    await expect(dropRestatement({ reportId: report, actor: SYSTEM_ACTOR })).rejects.toBeInstanceOf(LedgerError);
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
