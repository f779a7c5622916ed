// One public promise with everything a citizen may see about it; never staff-only fields.
import { toHistoryEntry, type HistoryEntry } from "~/domain/public/history";
import type { Prisma } from "../../../generated/prisma/client";
import { paragraphOf } from "~/domain/public/report-view";
import { db } from "~/utils/db.server";
import { cleanReportText } from "~/models/public/report-text.server";
import { dataVersion, memo } from "~/models/public/version.server";
import { publicCommitmentWhere, publicFollowUpWhere } from "~/models/public/sql.server";
import { progressFields, quoteFields, targetFields } from "~/models/commitment-fields.server";
import { evidenceFields } from "~/models/evidence.server";
import { publicAnswerFields, publicQuestionFields } from "~/models/public/question-fields.server";

const linkSelect = {
  id: true,
  year: true,
  quote: true,
  status: true,
  jurisdiction: { select: { slug: true, name: true } },
} as const;

/** To-one relations cannot be filtered in a select: fetch what decides publicity, then drop it. */
const linkCheckSelect = { ...linkSelect, reviewState: true, report: { select: { state: true } } } as const;

interface LinkRow {
  id: number;
  year: number;
  quote: string;
  status: string;
  jurisdiction: { slug: string; name: string };
  reviewState: string;
  report: { state: string } | null;
}

function publicLink(row: LinkRow | null) {
  if (!row || row.reviewState !== "accepted" || (row.report && row.report.state !== "published")) return null;
  return { id: row.id, year: row.year, quote: row.quote, status: row.status, jurisdiction: row.jurisdiction };
}

const publicItemSelect = {
  id: true,
  year: true,
  ...quoteFields,
  ...targetFields,
  entities: true,
  sector: true,
  ...progressFields,
  dueDate: true,
  isLivelihood: true,
  publishedAt: true,
  updatedAt: true,
  jurisdiction: { select: { id: true, slug: true, name: true } },
  report: { select: { id: true, title: true, year: true } },
  section: { select: { heading: true } },
  leadDepartment: { select: { name: true } },
  cooperating: { select: { department: { select: { name: true } } } },
  parent: { select: linkCheckSelect },
  children: { where: publicCommitmentWhere, orderBy: { id: "asc" }, select: { ...linkSelect, progress: true } },
  carriedOverFrom: { select: linkCheckSelect },
  carriedOverTo: { select: linkCheckSelect },
  updates: {
    where: { state: "published" },
    orderBy: [{ reviewedAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      status: true,
      progress: true,
      actualValue: true,
      actualUnit: true,
      note: true,
      createdAt: true,
      reviewedAt: true,
      evidence: { orderBy: { id: "asc" }, select: evidenceFields },
    },
  },
  inspections: {
    orderBy: { inspection: { visitedOn: "desc" } },
    select: {
      inspection: {
        select: {
          id: true,
          visitedOn: true,
          place: true,
          observation: true,
          assessment: true,
          deputy: { select: { name: true } },
          photos: { orderBy: { id: "asc" }, select: evidenceFields },
        },
      },
    },
  },
  questions: {
    where: { threadId: null },
    orderBy: { createdAt: "desc" },
    select: {
      ...publicQuestionFields,
      department: { select: { name: true } },
      answers: { orderBy: { createdAt: "asc" }, select: publicAnswerFields },
      followUps: {
        orderBy: { createdAt: "asc" },
        select: {
          ...publicQuestionFields,
          answers: { orderBy: { createdAt: "asc" }, select: publicAnswerFields },
        },
      },
    },
  },
  followUps: {
    where: publicFollowUpWhere,
    orderBy: { laterReportId: "desc" },
    select: {
      id: true,
      verdict: true,
      state: true,
      resultQuote: true,
      resultValue: true,
      resultUnit: true,
      confirmedAt: true,
      laterReport: { select: { id: true, title: true, year: true, state: true } },
    },
  },
} satisfies Prisma.CommitmentSelect;

/** The public item, or null when it does not exist or is not public. */
export async function getPublicCommitment(id: number) {
  const row = await db.commitment.findFirst({ where: { id, ...publicCommitmentWhere }, select: publicItemSelect });
  if (!row) return null;
  return {
    ...row,
    // The reason is public only for a changed or withdrawn promise (it explains the change).
    statusReason: row.status === "changed" ? row.statusReason : null,
    parent: publicLink(row.parent),
    carriedOverFrom: publicLink(row.carriedOverFrom),
    carriedOverTo: publicLink(row.carriedOverTo),
  };
}

export type PublicItem = NonNullable<Awaited<ReturnType<typeof getPublicCommitment>>>;

/** Which public audit events are about the item: its own, its published updates', inspections', questions' and verdicts'. */
export function itemAuditWhere(item: PublicItem) {
  const about = [
    { entity: "commitment", entityId: { in: [item.id] } },
    { entity: "update", entityId: { in: item.updates.map((u) => u.id) } },
    { entity: "inspection", entityId: { in: item.inspections.map((i) => i.inspection.id) } },
    { entity: "question", entityId: { in: item.questions.flatMap((q) => [q.id, ...q.followUps.map((f) => f.id)]) } },
  ].filter((w) => w.entityId.in.length > 0);
  return { public: true, OR: about } satisfies Prisma.AuditEventWhereInput;
}

export const auditSelect = {
  id: true,
  entity: true,
  entityId: true,
  action: true,
  before: true,
  after: true,
  createdAt: true,
} as const;

async function publicItemHistory(item: PublicItem, take = 100): Promise<HistoryEntry[]> {
  const rows = await db.auditEvent.findMany({
    where: itemAuditWhere(item),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: auditSelect,
  });
  return rows.map(toHistoryEntry);
}

/** Report text around the quote is needed for the sentence in context. */
async function reportTextFor(reportId: number) {
  return db.report.findFirst({
    where: { id: reportId, state: "published" },
    select: { id: true, text: true, updatedAt: true },
  });
}

/** The item page's data (item, public history, its sentence in its paragraph), memoised per data version. */
export async function getPublicItemPage(id: number, version?: string) {
  return memo(`item:${id}`, version ?? (await dataVersion()), async () => {
    const item = await getPublicCommitment(id);
    if (!item) return null;
    const [history, report] = await Promise.all([
      publicItemHistory(item),
      item.report ? reportTextFor(item.report.id) : null,
    ]);
    const context = report
      ? paragraphOf(cleanReportText(report), { id: item.id, start: item.quoteStart, end: item.quoteEnd, quote: item.quote })
      : null;
    return { item, history, context };
  });
}
