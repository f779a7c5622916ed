// The supervisor's side of follow-ups: reports to review, the review screen, confirming and overriding verdicts.
import { figuresIn, findInReview } from "~/domain/followup/find";
import { locateQuote, quoteOf } from "~/domain/ledger/report-text";
import type { Verdict } from "~/domain/vocab";
import { db } from "~/utils/db.server";
import { auditSubject, recordAudit, type AuditActor } from "~/models/audit.server";
import { notifyFollowers, type NotificationInput } from "~/models/notification.server";
import { AppError } from "~/utils/app-error";
import { reviewTextFields } from "~/models/report-fields.server";
import { targetFields } from "~/models/commitment-fields.server";

/** A follow-up's reading of a later report and the verdict on it. */
export const verdictFields = {
  resultQuote: true,
  resultValue: true,
  resultUnit: true,
  proposedVerdict: true,
  confidence: true,
  verdict: true,
  state: true,
  reason: true,
} as const;

/** Proposals at least this sure may be confirmed together. */
export const HIGH_CONFIDENCE = 0.85;

/**
 * A proposal confirmed together with others: sure enough, and a reported result. "Not mentioned" says the review
 * is silent, which a supervisor confirms one by one (about one in ten sure silences is wrong on real reports).
 */
export const BULK_CONFIRMABLE = {
  state: "proposed",
  confidence: { gte: HIGH_CONFIDENCE },
  proposedVerdict: { not: "not_mentioned" },
} as const;

export function bulkConfirmable(row: { state: string; confidence: number; proposedVerdict: string }): boolean {
  return row.state === "proposed" && row.confidence >= HIGH_CONFIDENCE && row.proposedVerdict !== "not_mentioned";
}

function decidedNotice(laterReportTitle: string, earlierReportId: number | null): NotificationInput {
  return {
    kind: "followup.decided",
    title: { key: "followup.notice.decided", vars: { report: laterReportTitle } },
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
    where: { laterReportId: { in: reports.map((r) => r.id) }, ...BULK_CONFIRMABLE },
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
      ...verdictFields,
      confirmedAt: true,
      updatedAt: true,
      confirmedBy: { select: { name: true } },
      commitment: {
        select: {
          id: true,
          quote: true,
          kind: true,
          ...targetFields,
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
  /**
   * The evidence the supervisor picked: a sentence of the later report and, optionally, one figure it states.
   * Absent: the proposal's evidence stands. A "not mentioned" verdict keeps none.
   */
  result?: { quote: string; value: number | null; unit: string | null };
  actor: AuditActor & { id: number };
}

/** The sentences of a later report's review that speak of `query` (the review screen's "find in the review text"). */
export async function findInLaterReport(laterReportId: number, query: string) {
  const report = await db.report.findUnique({
    where: { id: laterReportId },
    select: reviewTextFields,
  });
  if (!report) return [];
  return findInReview(
    {
      text: report.text,
      sections: report.sections,
      results: [],
      reviewPeriod: report.reviewPeriod,
      reportYear: report.year,
    },
    query,
  ).map((found) => ({ ...found, text: quoteOf(report.text, found) }));
}

/**
 * The evidence as stored: the sentence as the report writes it, found in the report text (whitespace and
 * radical forms ignored), and a figure only if that sentence states it.
 */
function checkedEvidence(text: string, result: NonNullable<Decision["result"]>) {
  const span = locateQuote(text, result.quote);
  if (!span) throw new AppError("followup.v.quoteNotFound", { status: 400, field: "resultQuote" });
  const quote = quoteOf(text, span);
  if (result.value === null) return { resultQuote: quote, resultValue: null, resultUnit: null };
  const stated = figuresIn(quote).some((f) => f.value === result.value && f.unit === (result.unit ?? ""));
  if (!stated) throw new AppError("followup.v.figureNotInQuote", { status: 400, field: "resultFigure" });
  return { resultQuote: quote, resultValue: result.value, resultUnit: result.unit };
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
        resultId: true,
        resultQuote: true,
        resultValue: true,
        resultUnit: true,
        laterReport: { select: { id: true, year: true, title: true, text: true } },
        commitment: { select: { id: true, jurisdictionId: true, publishedAt: true, reportId: true } },
      },
    });
    const verdict = decision.verdict ?? (row.proposedVerdict as Verdict);
    const reason = decision.reason?.trim() || null;
    const proposedEvidence = { resultQuote: row.resultQuote, resultValue: row.resultValue, resultUnit: row.resultUnit };
    const picked = decision.result?.quote.trim() ? checkedEvidence(row.laterReport.text, decision.result) : null;
    const evidence =
      verdict === "not_mentioned"
        ? { resultQuote: null, resultValue: null, resultUnit: null }
        : (picked ?? proposedEvidence);
    const changedEvidence =
      evidence.resultQuote !== row.resultQuote ||
      evidence.resultValue !== row.resultValue ||
      evidence.resultUnit !== row.resultUnit;
    const state = verdict === row.proposedVerdict ? "confirmed" : "overridden";
    if (state === "overridden" && !reason) throw new Error("An override needs a reason");
    const updated = await tx.followUp.updateMany({
      where: { id: row.id, updatedAt: decision.updatedAt },
      data: {
        verdict,
        state,
        reason,
        confirmedById: decision.actor.id,
        confirmedAt: new Date(),
        ...evidence,
        // The analyser's result is the evidence only while the sentence is the proposal's.
        resultId: changedEvidence ? null : row.resultId,
      },
    });
    if (updated.count === 0)
      throw new AppError("followup.review.conflict", {
        status: 409,
        detail: "Someone else decided this follow-up meanwhile",
      });
    const { commitment, laterReport } = row;
    await recordAudit(tx, {
      actor: decision.actor,
      ...auditSubject("commitment", commitment),
      action: state === "confirmed" ? "followup.confirm" : "followup.override",
      before: { state: row.state, verdict: row.verdict, proposedVerdict: row.proposedVerdict, ...proposedEvidence },
      after: {
        verdict,
        laterReportId: laterReport.id,
        laterReportYear: laterReport.year,
        ...evidence,
      },
      reason,
      public: commitment.publishedAt !== null,
    });
    await notifyFollowers(tx, commitment.id, decidedNotice(laterReport.title, commitment.reportId), decision.actor.id);
    return { state, verdict };
  });
}

/** Confirms every bulk-confirmable proposal of a report, in one transaction. */
export async function confirmHighConfidence(laterReportId: number, actor: AuditActor & { id: number }) {
  return db.$transaction(async (tx) => {
    const rows = await tx.followUp.findMany({
      where: { laterReportId, ...BULK_CONFIRMABLE },
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
