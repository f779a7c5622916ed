// Proposed follow-ups: when a report arrives, its review is matched to earlier promises and its plan to unfinished ones.
import { findCarryOvers } from "~/domain/followup/carryover";
import { matchFollowUps, type FollowUpMatch, type PromiseInput } from "~/domain/followup/match";
import { ownNamesOf } from "~/domain/followup/names";
import { contains, parseSpan, type YearSpan } from "~/domain/followup/period";
import { leadBefore } from "~/domain/followup/reports";
import { CLOSED_STATUSES, isOneOf, KINDS, COMPARATORS, type Verdict } from "~/domain/vocab";
import type { Tx } from "~/utils/db.server";
import { auditSubject, recordAudit, type AuditActor } from "~/models/audit.server";
import { parseEntities } from "~/models/commitment.server";
import { notify } from "~/models/notification.server";
import { targetFields } from "~/models/commitment-fields.server";
import type { CommitmentTarget } from "~/models/extracted-fields";
import { reviewTextFields } from "~/models/report-fields.server";

const commitmentSelect = {
  id: true,
  reportId: true,
  year: true,
  quote: true,
  quoteStart: true,
  kind: true,
  ...targetFields,
  entities: true,
  status: true,
  publishedAt: true,
  carriedOverFromId: true,
  carriedOverTo: { select: { id: true } },
} as const;

interface CommitmentRow extends CommitmentTarget {
  id: number;
  reportId: number | null;
  year: number;
  quote: string;
  quoteStart: number | null;
  kind: string;
  entities: string;
  status: string;
  publishedAt: Date | null;
  carriedOverFromId: number | null;
  carriedOverTo: { id: number } | null;
}

function toPromise(c: CommitmentRow, text: string): PromiseInput {
  return {
    quote: c.quote,
    kind: isOneOf(KINDS, c.kind) ? c.kind : "deliverable",
    metric: c.metric,
    target: c.target,
    unit: c.unit,
    comparator: isOneOf(COMPARATORS, c.comparator) ? c.comparator : null,
    growth: c.growth,
    deadline: c.deadline,
    entities: parseEntities(c.entities),
    year: c.year,
    lead: leadBefore(text, c.quoteStart),
  };
}

/** The years a report reviews: its review period, else the year before it was given. */
function reviewedYears(report: { year: number; reviewPeriod: string | null }): YearSpan {
  return parseSpan(report.reviewPeriod) ?? { from: report.year - 1, to: report.year - 1 };
}

/** Names of a jurisdiction and its ancestors (张店区, 淄博市, 山东省): never enough to identify a project. */
async function ownNames(tx: Tx, jurisdictionId: number): Promise<string[]> {
  const names: string[] = [];
  let id: number | null = jurisdictionId;
  while (id !== null && names.length < 20) {
    const row: { name: string; parentId: number | null } | null = await tx.jurisdiction.findUnique({
      where: { id },
      select: { name: true, parentId: true },
    });
    if (!row) break;
    names.push(...ownNamesOf(row.name));
    id = row.parentId;
  }
  return names;
}

/**
 * Earlier promises a review can speak for: not rejected, not withdrawn, not sub-tasks, due within the reviewed
 * years — and older ones still under way (结转), whose last follow-up said in progress.
 */
async function promisesUnderReview(
  tx: Tx,
  report: { id: number; jurisdictionId: number; year: number },
  span: YearSpan,
) {
  const rows = await tx.commitment.findMany({
    where: {
      jurisdictionId: report.jurisdictionId,
      reviewState: { not: "rejected" },
      status: { not: "changed" },
      parentId: null,
      report: { year: { lt: report.year } },
      OR: [{ deadline: { lte: span.to } }, { deadline: null, year: { lte: span.to } }],
    },
    orderBy: [{ year: "asc" }, { reportId: "asc" }, { ordinal: "asc" }],
    select: {
      ...commitmentSelect,
      followUps: {
        where: { laterReportId: { not: report.id } },
        orderBy: { laterReport: { year: "desc" } },
        take: 1,
        select: { proposedVerdict: true, verdict: true },
      },
    },
  });
  return rows.filter((c) => {
    const due = c.deadline ?? c.year;
    if (contains(span, due)) return true;
    const last = c.followUps[0];
    return !isOneOf(CLOSED_STATUSES, c.status) && (last?.verdict ?? last?.proposedVerdict) === "in_progress";
  });
}

async function reportTexts(tx: Tx, ids: number[]): Promise<Map<number, string>> {
  const rows = await tx.report.findMany({ where: { id: { in: ids } }, select: { id: true, text: true } });
  return new Map(rows.map((r) => [r.id, r.text]));
}

/** What the matcher reads of a review's result. */
const resultReadFields = {
  quote: true,
  start: true,
  end: true,
  kind: true,
  metric: true,
  value: true,
  unit: true,
  growth: true,
  period: true,
  estimated: true,
} as const;

/** The earlier reports' own results (the year before's levels, from which a promised growth is reckoned). */
async function earlierResults(tx: Tx, ids: number[]) {
  const rows = await tx.result.findMany({
    where: { reportId: { in: ids } },
    orderBy: [{ reportId: "asc" }, { ordinal: "asc" }],
    select: resultReadFields,
  });
  return rows.map(asResultInput);
}

const asResultInput = <R extends { kind: string }>(r: R) => ({
  ...r,
  kind: isOneOf(KINDS, r.kind) ? r.kind : "numeric",
});

/** Stores one proposal per earlier promise; confirmed and overridden verdicts are never touched. */
async function storeProposals(
  tx: Tx,
  laterReportId: number,
  promises: readonly CommitmentRow[],
  matches: readonly FollowUpMatch[],
  resultIds: readonly number[],
) {
  const existing = await tx.followUp.findMany({
    where: { laterReportId },
    select: { id: true, commitmentId: true, state: true },
  });
  const byCommitment = new Map(existing.map((f) => [f.commitmentId, f]));
  const kept = new Set<number>();
  for (const [i, match] of matches.entries()) {
    const commitmentId = promises[i]!.id;
    kept.add(commitmentId);
    const current = byCommitment.get(commitmentId);
    if (current && current.state !== "proposed") continue;
    const r = match.result;
    const proposal = {
      resultId: r?.resultIndex != null ? (resultIds[r.resultIndex] ?? null) : null,
      resultQuote: r?.quote ?? null,
      resultValue: r?.value ?? null,
      resultUnit: r?.unit ?? null,
      proposedVerdict: match.verdict,
      confidence: match.confidence,
    };
    if (current) await tx.followUp.update({ where: { id: current.id }, data: proposal });
    else await tx.followUp.create({ data: { ...proposal, commitmentId, laterReportId } });
  }
  const stale = existing.filter((f) => f.state === "proposed" && !kept.has(f.commitmentId)).map((f) => f.id);
  if (stale.length) await tx.followUp.deleteMany({ where: { id: { in: stale } } });
}

/** Links the later report's plan promises to the unfinished earlier ones they repeat. */
async function linkCarryOvers(
  tx: Tx,
  report: { id: number; jurisdictionId: number },
  earlier: readonly CommitmentRow[],
  verdicts: readonly Verdict[],
  text: string,
  texts: Map<number, string>,
  names: string[],
  actor: AuditActor,
) {
  const later = await tx.commitment.findMany({
    where: { reportId: report.id, reviewState: { not: "rejected" }, parentId: null },
    orderBy: { ordinal: "asc" },
    select: commitmentSelect,
  });
  const open = earlier.map((c, i) => ({ c, verdict: verdicts[i]! })).filter(({ c }) => !c.carriedOverTo);
  const free = later.filter((l) => l.carriedOverFromId === null);
  const links = findCarryOvers(
    open.map(({ c, verdict }) => ({ promise: toPromise(c, texts.get(c.reportId ?? 0) ?? ""), verdict })),
    free.map((l) => toPromise(l, text)),
    { ownNames: names },
  );
  for (const link of links) {
    const from = open[link.earlierIndex]!.c;
    const to = free[link.laterIndex]!;
    await tx.commitment.update({ where: { id: to.id }, data: { carriedOverFromId: from.id } });
    await recordAudit(tx, {
      actor,
      entity: "commitment",
      entityId: to.id,
      action: "carry_over",
      jurisdictionId: report.jurisdictionId,
      after: { carriedOverFromId: from.id, confidence: link.confidence },
      public: to.publishedAt !== null && from.publishedAt !== null,
    });
  }
  return links.length;
}

/**
 * Matches a report's review to the earlier promises it can speak for and stores proposed follow-ups
 * (never final: a supervisor confirms or overrides them), then links carry-overs from its plan.
 */
async function proposeFollowUps(tx: Tx, reportId: number, actor: AuditActor) {
  const report = await tx.report.findUniqueOrThrow({
    where: { id: reportId },
    select: {
      id: true,
      jurisdictionId: true,
      title: true,
      ...reviewTextFields,
      results: { orderBy: { ordinal: "asc" }, select: { id: true, ...resultReadFields } },
    },
  });
  const span = reviewedYears(report);
  const promises = await promisesUnderReview(tx, report, span);
  const earlierIds = [...new Set(promises.map((c) => c.reportId ?? 0))];
  const texts = await reportTexts(tx, earlierIds);
  const names = await ownNames(tx, report.jurisdictionId);
  const matches = matchFollowUps(
    promises.map((c) => toPromise(c, texts.get(c.reportId ?? 0) ?? "")),
    {
      text: report.text,
      sections: report.sections,
      results: report.results.map(asResultInput),
      reviewPeriod: `${span.from}-${span.to}`,
      reportYear: report.year,
    },
    { ownNames: names, previous: await earlierResults(tx, earlierIds) },
  );
  await storeProposals(
    tx,
    report.id,
    promises,
    matches,
    report.results.map((r) => r.id),
  );
  const carried = await linkCarryOvers(
    tx,
    report,
    promises,
    matches.map((m) => m.verdict),
    report.text,
    texts,
    names,
    actor,
  );
  const mentioned = matches.filter((m) => m.result).length;
  if (promises.length) {
    await recordAudit(tx, {
      actor,
      ...auditSubject("report", report),
      action: "followup.propose",
      after: { reviewed: `${span.from}-${span.to}`, promises: promises.length, mentioned, carriedOver: carried },
    });
    const supervisors = await tx.user.findMany({
      where: { jurisdictionId: report.jurisdictionId, role: "supervisor", disabledAt: null },
      select: { id: true },
    });
    await notify(
      tx,
      supervisors.map((u) => u.id),
      {
        kind: "followup.proposed",
        title: { key: "followup.notice.proposed", vars: { report: report.title, count: promises.length } },
        link: `/followup/${report.id}`,
      },
    );
  }
  return { promises: promises.length, mentioned, carriedOver: carried };
}

/**
 * After a report is stored: its own review against earlier promises, and every later report of the same
 * jurisdiction against its promises (reports may arrive out of order).
 */
export async function refreshFollowUps(tx: Tx, reportId: number, actor: AuditActor) {
  const report = await tx.report.findUniqueOrThrow({
    where: { id: reportId },
    select: { jurisdictionId: true, year: true },
  });
  const later = await tx.report.findMany({
    where: { jurisdictionId: report.jurisdictionId, year: { gt: report.year } },
    orderBy: { year: "asc" },
    select: { id: true },
  });
  const own = await proposeFollowUps(tx, reportId, actor);
  for (const r of later) await proposeFollowUps(tx, r.id, actor);
  return own;
}
