// The demo data's activity (示例数据): lead departments and a few published updates, labelled, once.
import { beforeAll, describe, expect, it } from "vitest";
import { comparisonRows } from "~/models/compare.server";
import { metricSeries } from "~/models/public/metrics.server";
import { addDemoActivity, confirmDemoVerdicts, DEMO_AUTHOR_EMAIL } from "~/models/demo-activity.server";
import { getPublicCommitment } from "~/models/public/item.server";
import { getScorecard } from "~/models/public/scorecard.server";
import { db } from "~/utils/db.server";
import { startWithDemoData } from "./support/demo";

beforeAll(async () => {
  await startWithDemoData();
}, 120_000);

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
    expect(await confirmDemoVerdicts()).toBe(0);
  });
});

describe("real year-over-year accounting in the demo: 海拉尔区 2012–2014", () => {
  it("puts 海拉尔区 under 呼伦贝尔市 and 内蒙古自治区, with three published reports", async () => {
    const hailaer = await db.jurisdiction.findUniqueOrThrow({
      where: { slug: "hailaer" },
      select: { id: true, parent: { select: { name: true, parent: { select: { name: true } } } } },
    });
    expect(hailaer.parent).toEqual({ name: "呼伦贝尔市", parent: { name: "内蒙古自治区" } });
    const reports = await db.report.findMany({
      where: { jurisdictionId: hailaer.id },
      orderBy: { year: "asc" },
      select: { year: true, state: true },
    });
    expect(reports).toEqual([2012, 2013, 2014].map((year) => ({ year, state: "published" })));
  });

  it("proposes verdicts from the matcher for 2012's and 2013's promises, confirming only the sure ones", async () => {
    for (const year of [2012, 2013]) {
      const followUps = await db.followUp.findMany({
        where: { commitment: { year, jurisdiction: { slug: "hailaer" } }, laterReport: { year: year + 1 } },
        select: { proposedVerdict: true, confidence: true, state: true, verdict: true, confirmedById: true },
      });
      expect(followUps.length).toBeGreaterThan(50);
      const verdicts = new Set(followUps.map((f) => f.proposedVerdict));
      for (const v of ["achieved", "partial", "in_progress", "not_mentioned"]) expect(verdicts).toContain(v);
      const confirmed = followUps.filter((f) => f.state === "confirmed");
      expect(confirmed.length).toBeGreaterThan(5);
      expect(confirmed.every((f) => f.confidence >= 0.85 && f.verdict === f.proposedVerdict)).toBe(true);
      expect(followUps.some((f) => f.state === "proposed")).toBe(true);
    }
  });

  it("shows the 对照表, the item pages' verdicts and the metric series of 海拉尔区", async () => {
    const hailaer = await db.jurisdiction.findUniqueOrThrow({ where: { slug: "hailaer" }, select: { id: true } });
    const report2012 = await db.report.findFirstOrThrow({ where: { jurisdictionId: hailaer.id, year: 2012 } });
    const rows = await comparisonRows(report2012.id, { withProposals: false, published: true });
    const gdp = rows.find((r) => r.quote.startsWith("地区生产总值达到240亿元"));
    expect(gdp?.followUp).toMatchObject({ resultValue: 235.2, state: "confirmed" });
    const withVerdict = rows.filter((r) => r.followUp?.state === "confirmed");
    const page = await getPublicCommitment(withVerdict[0]!.id);
    expect(page?.followUps[0]?.laterReport.year).toBe(2013);
    const series = (await metricSeries(hailaer.id)).series;
    expect(series.some((s) => s.years.filter((y) => y.target && y.result).length >= 2)).toBe(true);
  });
});
