import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "~/models/audit.server";
import { ensureDemoJurisdictions, loadDemoData } from "~/models/demo.server";
import { importReport } from "~/models/report-import.server";
import { searchPredicate } from "~/models/public/sql.server";
import { Prisma } from "../../generated/prisma/client";
import { db } from "~/utils/db.server";

const corpus = (name: string) => readFileSync(`data/reports/${name}`);

async function counts() {
  const [reports, commitments, sections, results, audits] = await Promise.all([
    db.report.count(),
    db.commitment.count(),
    db.reportSection.count(),
    db.result.count(),
    db.auditEvent.count(),
  ]);
  return { reports, commitments, sections, results, audits };
}

describe("importing a report (the one path for web, API, CLI and demo)", () => {
  beforeAll(async () => {
    await ensureDemoJurisdictions();
  });

  it("stores a real PDF-text report with sections, commitments at their offsets, results and an audit row", async () => {
    const outcome = await importReport({
      source: { bytes: corpus("zhangdian-2025.txt"), fileName: "zhangdian-2025.txt" },
      actor: SYSTEM_ACTOR,
    });
    expect(outcome.created).toBe(true);
    expect(outcome.year).toBe(2025);
    expect(outcome.commitments).toBeGreaterThan(20);

    const report = await db.report.findUniqueOrThrow({
      where: { id: outcome.reportId },
      select: { text: true, state: true, jurisdiction: { select: { slug: true } }, sourceType: true },
    });
    expect(report.jurisdiction.slug).toBe("zhangdian"); // detected from the title block
    expect(report.state).toBe("reviewing");
    expect(report.sourceType).toBe("txt");

    const commitments = await db.commitment.findMany({ where: { reportId: outcome.reportId } });
    expect(commitments.every((c) => c.reviewState === "proposed")).toBe(true);
    for (const c of commitments.slice(0, 20)) {
      const stored = report.text.slice(c.quoteStart ?? 0, c.quoteEnd ?? 0).replace(/\s+/g, "");
      expect(stored).toBe(c.quote.replace(/\s+/g, ""));
    }
    const employment = commitments.find((c) => c.quote.includes("城镇就业") && c.unit?.includes("人"));
    expect(employment?.deadline).toBe(2025);
    expect(employment?.dueDate?.toISOString().slice(0, 10)).toBe("2025-12-31");

    expect(await db.reportSection.count({ where: { reportId: outcome.reportId } })).toBeGreaterThan(3);
    expect(await db.result.count({ where: { reportId: outcome.reportId } })).toBeGreaterThan(10);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entity: "report", entityId: outcome.reportId } });
    expect(audit.action).toBe("import");
  });

  it("updates instead of duplicating when the same text comes again, keeping reviewed commitments", async () => {
    const first = await importReport({
      source: { bytes: corpus("tianqiao-2025.txt"), fileName: "a.txt" },
      actor: SYSTEM_ACTOR,
    });
    const reviewed = await db.commitment.findFirstOrThrow({
      where: { reportId: first.reportId },
      orderBy: { ordinal: "asc" },
    });
    await db.commitment.update({
      where: { id: reviewed.id },
      data: { reviewState: "accepted", metric: "edited by a supervisor" },
    });
    const before = await counts();

    const second = await importReport({
      source: { bytes: corpus("tianqiao-2025.txt"), fileName: "b.txt" },
      actor: SYSTEM_ACTOR,
    });
    expect(second.created).toBe(false);
    expect(second.reportId).toBe(first.reportId);
    const after = await counts();
    expect(after.reports).toBe(before.reports);
    expect(after.commitments).toBe(before.commitments);
    expect(after.audits).toBe(before.audits + 1);
    const kept = await db.commitment.findUniqueOrThrow({ where: { id: reviewed.id } });
    expect(kept.metric).toBe("edited by a supervisor");
  });

  it.each([
    ["empty", new Uint8Array()],
    ["binary", Uint8Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)],
    ["not a report", new TextEncoder().encode("今天天气很好，我们去公园散步。\n".repeat(40))],
  ])("refuses %s input with a clear error and writes nothing", async (_name, bytes) => {
    const before = await counts();
    await expect(
      importReport({ source: { bytes, fileName: "x.txt" }, jurisdiction: "zhangdian", actor: SYSTEM_ACTOR }),
    ).rejects.toThrow(/\w/);
    expect(await counts()).toEqual(before);
  });

  it("folds the radical code points of a PDF text layer at the door: stored text, quotes and search read ideographs", async () => {
    // 民 as U+2EA0, 长 as U+2ED3, 老 as U+2F7C: what Chinese government PDFs put in their text layer. Search
    // for 地区生产总值增长 must find this report's promise.
    const text = corpus("zichuan-2023.txt").toString("utf8");
    const printed = text.replace(/民/g, "\u2EA0").replace(/长/g, "\u2ED3").replace(/老/g, "\u2F7C");
    expect(printed).not.toBe(text);
    const outcome = await importReport({
      source: { text: printed, fileName: "zichuan-2023.pdf.txt" },
      jurisdiction: "zichuan",
      actor: SYSTEM_ACTOR,
    });
    const report = await db.report.findUniqueOrThrow({ where: { id: outcome.reportId }, select: { text: true } });
    expect(report.text).toHaveLength(printed.length);
    expect(report.text).not.toMatch(/[\u2E80-\u2FD5]/);
    const quotes = await db.commitment.findMany({ where: { reportId: outcome.reportId }, select: { quote: true } });
    expect(quotes.some((c) => /[\u2E80-\u2FD5]/.test(c.quote))).toBe(false);
    // The app's search predicate: the FTS5 index on SQLite, the trigram index on PostgreSQL.
    const found = await db.$queryRaw<Array<{ id: number }>>(
      Prisma.sql`SELECT c."id" AS "id" FROM "Commitment" c
        WHERE c."reportId" = ${outcome.reportId} AND ${searchPredicate("总值增长")!}`,
    );
    expect(found.length).toBeGreaterThan(0);
  });

  it("refuses a report of an unknown jurisdiction", async () => {
    await expect(
      importReport({
        source: { bytes: corpus("zichuan-2023.txt"), fileName: "z.txt" },
        jurisdiction: "atlantis",
        actor: SYSTEM_ACTOR,
      }),
    ).rejects.toThrow(/Unknown jurisdiction "atlantis"/);
  });
});

describe("demo data", () => {
  // Loading the demo is a few thousand statements: half a minute on PostgreSQL on a busy machine.
  it("is loaded once: a second start does not import again", { timeout: 120_000 }, async () => {
    await db.commitment.deleteMany();
    await db.report.deleteMany();
    const outcomes = await loadDemoData();
    expect(outcomes?.length).toBe(8);
    const published = await db.report.findMany({
      where: { state: "published" },
      select: { jurisdiction: { select: { name: true } } },
    });
    expect(new Set(published.map((r) => r.jurisdiction.name))).toEqual(
      new Set(["张店区", "淄川区", "天桥区", "海拉尔区"]),
    );
    expect(await db.commitment.count({ where: { reviewState: "accepted" } })).toBeGreaterThan(100);
    const reports = await db.report.count();
    expect(await loadDemoData()).toBeNull();
    expect(await db.report.count()).toBe(reports);
  });
});
