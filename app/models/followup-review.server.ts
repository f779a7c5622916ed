// The supervisor's side of follow-ups: reports to review, the review screen, confirming and overriding verdicts.
import type { Verdict } from "~/domain/vocab";
import { db } from "~/utils/db.server";
import { recordAudit, type AuditActor } from "~/models/audit.server";
import { notifyFollowers } from "~/models/notification.server";

/** Proposals at least this sure may be confirmed together. */
export const HIGH_CONFIDENCE = 0.85;

export class FollowUpConflictError extends Error {}

function decidedNotice(laterReportTitle: string, earlierReportId: number | null) {
  return {
    kind: "followup.decided",
    title: `${laterReportTitle}对这项承诺的年度对账结论已确认`,
    link: earlierReportId ? `/compare/${earlierReportId}` : null,
  };
}

/** Reports of a jurisdiction whose review produced follow-ups, with how many still wait for a supervisor. */
export async function listFollowUpReports(jurisdictionId: number) {
  const reports = await db.report.findMany({
    where: { jurisdictionId, followUps: { some: {} } },
    orderBy: { year: "desc" },
    select: { id: true, year: true, title: true, reviewPeriod: true, state: true },
  });
  const counts = await db.followUp.groupBy({
    by: ["laterReportId", "state"],
    where: { laterReportId: { in: reports.map((r) => r.id) } },
    _count: { _all: true },
  });
  const sure = await db.followUp.groupBy({
    by: ["laterReportId"],
    where: { laterReportId: { in: reports.map((r) => r.id) }, state: "proposed", confidence: { gte: HIGH_CONFIDENCE } },
    _count: { _all: true },
  });
  return reports.map((r) => {
    const of = (state: string) => counts.find((c) => c.laterReportId === r.id && c.state === state)?._count._all ?? 0;
    return {
      ...r,
      proposed: of("proposed"),
      decided: of("confirmed") + of("overridden"),
      highConfidence: sure.find((s) => s.laterReportId === r.id)?._count._all ?? 0,
    };
  });
}

export async function followUpReportScope(reportId: number) {
  return db.report.findUnique({
    where: { id: reportId },
    select: { id: true, jurisdictionId: true, year: true, title: true, reviewPeriod: true },
  });
}

/** The review screen: each earlier promise with what the report says about it, side by side. */
export async function listReviewRows(laterReportId: number) {
  return db.followUp.findMany({
    where: { laterReportId },
    orderBy: [{ commitment: { year: "asc" } }, { commitment: { reportId: "asc" } }, { commitment: { ordinal: "asc" } }],
    select: {
      id: true,
      resultQuote: true,
      resultValue: true,
      resultUnit: true,
      proposedVerdict: true,
      confidence: true,
      verdict: true,
      state: true,
      reason: true,
      confirmedAt: true,
      updatedAt: true,
      confirmedBy: { select: { name: true } },
      commitment: {
        select: {
          id: true,
          quote: true,
          kind: true,
          target: true,
          unit: true,
          comparator: true,
          growth: true,
          deadline: true,
          report: { select: { id: true, year: true, title: true } },
          carriedOverTo: { select: { id: true, quote: true } },
        },
      },
    },
  });
}

export async function followUpScope(id: number) {
  return db.followUp.findUnique({
    where: { id },
    select: { id: true, laterReportId: true, commitment: { select: { jurisdictionId: true } } },
  });
}

export interface Decision {
  id: number;
  /** The proposal as the supervisor saw it: a newer one in between is a conflict. */
  updatedAt: Date;
  /** Absent: confirm the proposed verdict. */
  verdict?: Verdict;
  reason?: string | null;
  actor: AuditActor & { id: number };
}

/**
 * Confirms the proposed verdict, or overrides it (a reason is then required). The verdict becomes public with
 * the citation: the audit event is public when the promise is.
 */
export async function decideFollowUp(decision: Decision) {
  return db.$transaction(async (tx) => {
    const row = await tx.followUp.findUniqueOrThrow({
      where: { id: decision.id },
      select: {
        id: true,
        proposedVerdict: true,
        verdict: true,
        state: true,
        resultQuote: true,
        laterReport: { select: { id: true, year: true, title: true } },
        commitment: { select: { id: true, jurisdictionId: true, publishedAt: true, reportId: true } },
      },
    });
    const verdict = decision.verdict ?? (row.proposedVerdict as Verdict);
    const reason = decision.reason?.trim() || null;
    const state = verdict === row.proposedVerdict ? "confirmed" : "overridden";
    if (state === "overridden" && !reason) throw new Error("An override needs a reason");
    const updated = await tx.followUp.updateMany({
      where: { id: row.id, updatedAt: decision.updatedAt },
      data: { verdict, state, reason, confirmedById: decision.actor.id, confirmedAt: new Date() },
    });
    if (updated.count === 0) throw new FollowUpConflictError("Someone else decided this follow-up meanwhile");
    const { commitment, laterReport } = row;
    await recordAudit(tx, {
      actor: decision.actor,
      entity: "commitment",
      entityId: commitment.id,
      action: state === "confirmed" ? "followup.confirm" : "followup.override",
      jurisdictionId: commitment.jurisdictionId,
      before: { state: row.state, verdict: row.verdict, proposedVerdict: row.proposedVerdict },
      after: {
        verdict,
        laterReportId: laterReport.id,
        laterReportYear: laterReport.year,
        resultQuote: row.resultQuote,
      },
      reason,
      public: commitment.publishedAt !== null,
    });
    await notifyFollowers(tx, commitment.id, decidedNotice(laterReport.title, commitment.reportId), decision.actor.id);
    return { state, verdict };
  });
}

/** Confirms every proposal of a report that is at least HIGH_CONFIDENCE sure, in one transaction. */
export async function confirmHighConfidence(laterReportId: number, actor: AuditActor & { id: number }) {
  return db.$transaction(async (tx) => {
    const rows = await tx.followUp.findMany({
      where: { laterReportId, state: "proposed", confidence: { gte: HIGH_CONFIDENCE } },
      select: {
        id: true,
        proposedVerdict: true,
        resultQuote: true,
        laterReport: { select: { year: true, title: true } },
        commitment: { select: { id: true, jurisdictionId: true, publishedAt: true, reportId: true } },
      },
    });
    const now = new Date();
    for (const row of rows) {
      await tx.followUp.update({
        where: { id: row.id },
        data: { verdict: row.proposedVerdict, state: "confirmed", confirmedById: actor.id, confirmedAt: now },
      });
      await recordAudit(tx, {
        actor,
        entity: "commitment",
        entityId: row.commitment.id,
        action: "followup.confirm",
        jurisdictionId: row.commitment.jurisdictionId,
        before: { state: "proposed", proposedVerdict: row.proposedVerdict },
        after: {
          verdict: row.proposedVerdict,
          laterReportId,
          laterReportYear: row.laterReport.year,
          resultQuote: row.resultQuote,
        },
        public: row.commitment.publishedAt !== null,
      });
      await notifyFollowers(
        tx,
        row.commitment.id,
        decidedNotice(row.laterReport.title, row.commitment.reportId),
        actor.id,
      );
    }
    return rows.length;
  });
}
