// 对照表 and metric series: a report's quantified targets against what later reports say, and recurring metrics over years.
import { readReview } from "~/domain/followup/facts";
import { buildSeries, type SeriesInput } from "~/domain/followup/series";
import { isOneOf, COMPARATORS } from "~/domain/vocab";
import { idParam } from "~/utils/api.server";
import { getUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { notFound } from "~/utils/http.server";
import { can } from "~/utils/permissions";
import { publicFollowUpWhere } from "~/models/public/sql.server";

/**
 * Who sees a report's 对照表: everyone once the report is published; before that, only its supervisors.
 * Supervisors also see proposed verdicts. Hidden reports are a 404, not a 403.
 */
export async function comparisonAccess(request: Request, reportIdParam: string | undefined) {
  const user = await getUser(request);
  const report = await compareReportScope(idParam(reportIdParam));
  if (!report) throw notFound();
  const staff = can(user, "followup.confirm", { jurisdictionId: report.jurisdictionId });
  if (report.state !== "published" && !staff) throw notFound();
  return { report, staff };
}

async function compareReportScope(reportId: number) {
  return db.report.findUnique({
    where: { id: reportId },
    select: {
      id: true,
      year: true,
      title: true,
      state: true,
      planYear: true,
      jurisdictionId: true,
      jurisdiction: { select: { name: true, slug: true } },
    },
  });
}

/**
 * Every quantified target of a report, in report order, with the follow-up of the next report that speaks
 * of it. The public sees confirmed verdicts only; `withProposals` (supervisors) adds the proposals.
 */
export async function comparisonRows(reportId: number, options: { withProposals: boolean; published: boolean }) {
  const rows = await db.commitment.findMany({
    where: {
      reportId,
      kind: "numeric",
      target: { not: null },
      parentId: null,
      reviewState: options.published ? "accepted" : { not: "rejected" },
    },
    orderBy: { ordinal: "asc" },
    select: {
      id: true,
      quote: true,
      metric: true,
      target: true,
      unit: true,
      comparator: true,
      growth: true,
      deadline: true,
      section: { select: { heading: true } },
      followUps: {
        where: options.withProposals ? {} : publicFollowUpWhere,
        orderBy: { laterReport: { year: "asc" } },
        take: 1,
        select: {
          resultQuote: true,
          resultValue: true,
          resultUnit: true,
          proposedVerdict: true,
          confidence: true,
          verdict: true,
          state: true,
          reason: true,
          laterReport: { select: { id: true, year: true, title: true } },
        },
      },
    },
  });
  return rows.map(({ followUps, ...c }) => ({ ...c, followUp: followUps[0] ?? null }));
}

export type ComparisonRow = Awaited<ReturnType<typeof comparisonRows>>[number];

/** "Not mentioned is news": the report's promises (of every kind) that the next report passes over in silence. */
export async function notReportedOn(reportId: number, options: { withProposals: boolean; published: boolean }) {
  const verdict = options.withProposals
    ? { OR: [{ verdict: "not_mentioned" }, { state: "proposed", proposedVerdict: "not_mentioned" }] }
    : { ...publicFollowUpWhere, verdict: "not_mentioned" };
  return db.followUp.findMany({
    where: {
      ...verdict,
      commitment: { reportId, parentId: null, reviewState: options.published ? "accepted" : { not: "rejected" } },
    },
    orderBy: [{ commitment: { ordinal: "asc" } }, { laterReport: { year: "asc" } }],
    select: {
      id: true,
      state: true,
      commitment: { select: { id: true, quote: true } },
      laterReport: { select: { id: true, year: true, title: true } },
    },
  });
}

/** Targets (annual ones) and results (one year's, from the review parts) of a jurisdiction's published reports. */
export async function metricSeries(jurisdictionId: number) {
  const reports = await db.report.findMany({
    where: { jurisdictionId, state: "published" },
    orderBy: { year: "asc" },
    select: {
      id: true,
      year: true,
      title: true,
      reviewPeriod: true,
      text: true,
      sections: { orderBy: { ordinal: "asc" }, select: { heading: true, part: true, start: true, end: true } },
      commitments: {
        where: { kind: "numeric", target: { not: null }, reviewState: "accepted", parentId: null },
        orderBy: { ordinal: "asc" },
        select: {
          year: true,
          deadline: true,
          metric: true,
          target: true,
          unit: true,
          growth: true,
          comparator: true,
          quote: true,
        },
      },
    },
  });
  const points: SeriesInput[] = [];
  for (const report of reports) {
    for (const c of report.commitments) {
      if (c.target === null || (c.deadline !== null && c.deadline !== c.year)) continue;
      const comparator = isOneOf(COMPARATORS, c.comparator) ? c.comparator : null;
      points.push({
        kind: "target",
        year: c.year,
        metric: c.metric,
        value: c.target,
        unit: c.unit,
        growth: c.growth,
        comparator,
        quote: c.quote,
        reportId: report.id,
      });
    }
    const review = readReview({
      text: report.text,
      sections: report.sections,
      results: [],
      reviewPeriod: report.reviewPeriod,
      reportYear: report.year,
    });
    for (const fact of review.facts) {
      // One year's figure only: five-year sums, cumulative levels and part-year figures are not the year's result.
      const year = fact.period.kind === "year" ? fact.period.year : null;
      if (fact.kind !== "numeric" || fact.value === null || year === null || year !== review.year) continue;
      points.push({
        kind: "result",
        year,
        metric: fact.metric,
        value: fact.value,
        unit: fact.unit,
        growth: fact.growth,
        estimated: fact.estimated,
        quote: fact.quote,
        reportId: report.id,
      });
    }
  }
  return {
    reports: reports.map((r) => ({ id: r.id, year: r.year, title: r.title })),
    series: buildSeries(points),
  };
}
