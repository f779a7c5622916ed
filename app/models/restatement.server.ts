// Restatements at review: is this report a retelling of one already imported, and linking or dropping it.
import { findRestatement, type Restatement } from "~/domain/duplicates/restatement";
import { auditSubject, recordAudit, recordCommitmentAudits, type AuditActor } from "~/models/audit.server";
import { db } from "~/utils/db.server";
import { dataVersion, memo } from "~/models/public/version.server";
import { AppError } from "~/utils/app-error";

export interface RestatementState {
  /** The report it is linked to as a restatement, once the supervision office said so. */
  linked: { id: number; title: string } | null;
  /** What the comparison found (null: it restates none of the other reports). */
  found: Restatement | null;
}

/** Compares a report with the other reports of its jurisdiction (texts are compared in memory). */
export async function restatementOf(reportId: number): Promise<RestatementState> {
  // Every view of the review page asks, and it reads every text of the place: once per data version.
  return memo(`restatement:${reportId}`, await dataVersion(), () => compareWithOthers(reportId));
}

async function compareWithOthers(reportId: number): Promise<RestatementState> {
  const report = await db.report.findUniqueOrThrow({
    where: { id: reportId },
    select: {
      id: true,
      jurisdictionId: true,
      text: true,
      restates: { select: { id: true, title: true } },
      commitments: { where: { parentId: null }, select: { quote: true } },
    },
  });
  const others = await db.report.findMany({
    where: { jurisdictionId: report.jurisdictionId, id: { not: report.id }, restatesId: null },
    select: { id: true, title: true, text: true },
  });
  const found = findRestatement({ text: report.text, quotes: report.commitments.map((c) => c.quote) }, others);
  return { linked: report.restates, found };
}

async function reviewingReport(reportId: number) {
  const report = await db.report.findUnique({
    where: { id: reportId },
    select: {
      id: true,
      jurisdictionId: true,
      title: true,
      sourceName: true,
      textHash: true,
      state: true,
      _count: { select: { commitments: { where: { reviewState: "accepted" } } } },
    },
  });
  if (!report) throw new AppError("ledger.notFound", { status: 404 });
  // Once items are accepted they may have a ledger of their own: a restatement is dealt with before.
  if (report.state !== "reviewing" || report._count.commitments > 0)
    throw new AppError("ledger.restatement.tooLate", { status: 409 });
  return report;
}

/** Links the report to the one it restates; its proposed items are rejected (the original has them). */
export async function linkRestatement(args: { reportId: number; restatesId: number; actor: AuditActor }) {
  const report = await reviewingReport(args.reportId);
  const original = await db.report.findFirst({
    where: { id: args.restatesId, jurisdictionId: report.jurisdictionId },
    select: { id: true, title: true },
  });
  if (!original || original.id === report.id) throw new AppError("ledger.restatement.unknown", { status: 422 });
  return db.$transaction(async (tx) => {
    await tx.report.update({ where: { id: report.id }, data: { restatesId: original.id } });
    const proposed = await tx.commitment.findMany({
      where: { reportId: report.id, reviewState: "proposed" },
      select: { id: true },
    });
    await tx.commitment.updateMany({
      where: { id: { in: proposed.map((c) => c.id) } },
      data: { reviewState: "rejected", version: { increment: 1 } },
    });
    await recordAudit(tx, {
      actor: args.actor,
      ...auditSubject("report", report),
      action: "link_restatement",
      before: { restatesId: null },
      after: { restatesId: original.id, restates: original.title },
    });
    await recordCommitmentAudits(tx, proposed, {
      actor: args.actor,
      action: "reject",
      jurisdictionId: report.jurisdictionId,
      before: { reviewState: "proposed" },
      after: { reviewState: "rejected" },
      reason: "restatement",
    });
    return { rejected: proposed.length };
  });
}

/** Drops the report and everything extracted from it; the audit keeps what it was. */
export async function dropRestatement(args: { reportId: number; actor: AuditActor }) {
  const report = await reviewingReport(args.reportId);
  await db.$transaction(async (tx) => {
    await recordAudit(tx, {
      actor: args.actor,
      ...auditSubject("report", report),
      action: "drop_restatement",
      before: { title: report.title, sourceName: report.sourceName, textHash: report.textHash },
    });
    await tx.report.delete({ where: { id: report.id } });
  });
}
