// Public reads of jurisdictions and reports: only published reports and their years.
import { db } from "~/utils/db.server";
import { dataVersion, memo } from "~/models/public/version.server";

const publicReport = { state: "published" } as const;

export async function findPublicJurisdiction(slug: string) {
  return db.jurisdiction.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      level: true,
      parent: { select: { slug: true, name: true } },
      children: { orderBy: { slug: "asc" }, select: { slug: true, name: true, level: true } },
    },
  });
}

/** Plan years with a published report, newest first. */
export async function publicYears(jurisdictionId: number): Promise<number[]> {
  const reports = await db.report.findMany({
    where: { jurisdictionId, ...publicReport },
    select: { year: true, planYear: true },
  });
  return [...new Set(reports.map((r) => r.planYear ?? r.year))].sort((a, b) => b - a);
}

/** Every jurisdiction, with the years of its published reports (the API's list). */
export async function listPublicJurisdictions() {
  const rows = await db.jurisdiction.findMany({
    orderBy: [{ slug: "asc" }],
    select: {
      slug: true,
      name: true,
      level: true,
      parent: { select: { slug: true } },
      reports: { where: publicReport, select: { year: true, planYear: true } },
    },
  });
  return rows.map((j) => ({
    slug: j.slug,
    name: j.name,
    level: j.level,
    parent: j.parent?.slug ?? null,
    years: [...new Set(j.reports.map((r) => r.planYear ?? r.year))].sort((a, b) => b - a),
  }));
}

const reportSummary = {
  id: true,
  year: true,
  planYear: true,
  title: true,
  meeting: true,
  speaker: true,
  deliveredOn: true,
  reviewPeriod: true,
  sourceType: true,
  updatedAt: true,
  jurisdiction: { select: { slug: true, name: true } },
} as const;

export async function listPublicReports(jurisdictionId?: number) {
  const rows = await db.report.findMany({
    where: { ...publicReport, ...(jurisdictionId ? { jurisdictionId } : {}) },
    orderBy: [{ year: "desc" }, { id: "asc" }],
    select: {
      ...reportSummary,
      _count: {
        select: {
          commitments: { where: { reviewState: "accepted", parentId: null } },
        },
      },
    },
  });
  return rows.map(({ _count, ...r }) => ({ ...r, commitments: _count.commitments }));
}

/** A published report with its text, sections and accepted commitments (for the viewer). */
export async function getPublicReport(id: number) {
  return db.report.findFirst({
    where: { id, ...publicReport },
    select: {
      ...reportSummary,
      text: true,
      sections: { orderBy: { ordinal: "asc" }, select: { heading: true, level: true, start: true, part: true } },
      commitments: {
        where: { reviewState: "accepted" },
        orderBy: [{ ordinal: "asc" }, { id: "asc" }],
        select: { id: true, quote: true, quoteStart: true, quoteEnd: true, status: true, parentId: true },
      },
    },
  });
}

/**
 * What every public page of a jurisdiction needs first — the place, its published years and
 * reports — memoised per data version (one lookup instead of three queries per request).
 */
export async function publicJurisdictionContext(slug: string, version?: string) {
  return memo(`jurisdiction:${slug}`, version ?? (await dataVersion()), async () => {
    const jurisdiction = await findPublicJurisdiction(slug);
    if (!jurisdiction) return null;
    const reports = await db.report.findMany({
      where: { jurisdictionId: jurisdiction.id, ...publicReport },
      orderBy: [{ year: "desc" }, { id: "asc" }],
      select: { id: true, title: true, year: true, planYear: true },
    });
    const years = [...new Set(reports.map((r) => r.planYear ?? r.year))].sort((a, b) => b - a);
    return { jurisdiction, years, reports };
  });
}
