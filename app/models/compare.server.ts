// 对照表: a report's quantified targets against what later reports say (staff see proposals, the public confirmed verdicts).
import { db } from "~/utils/db.server";
import { notFound } from "~/utils/http.server";
import { can, type Actor } from "~/utils/permissions";
import { publicFollowUpWhere } from "~/models/public/sql.server";
import { targetFields } from "~/models/commitment-fields.server";
import { verdictFields } from "~/models/followup-review.server";

/**
 * Who sees a report's 对照表: everyone once the report is published; before that, only its supervisors.
 * Supervisors also see proposed verdicts. Hidden reports are a 404, not a 403.
 */
export async function comparisonAccess(user: Actor | null, reportId: number) {
  const report = await compareReportScope(reportId);
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
      ...targetFields,
      section: { select: { heading: true } },
      followUps: {
        where: options.withProposals ? {} : publicFollowUpWhere,
        orderBy: { laterReport: { year: "asc" } },
        take: 1,
        select: {
          ...verdictFields,
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
