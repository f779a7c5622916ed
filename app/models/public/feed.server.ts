// Published changes for the Atom feeds: public audit events, each checked against what is public now.
import { toHistoryEntry, type HistoryEntry } from "~/domain/public/history";
import { db } from "~/utils/db.server";
import { auditSelect, itemAuditWhere, type PublicItem } from "~/models/public/item.server";
import { publicCommitmentWhere } from "~/models/public/sql.server";

export interface FeedEvent extends HistoryEntry {
  /** What the entry links to: a public item or a published report. */
  target: { kind: "commitment" | "report"; id: number; title: string };
}


type AuditRow = Awaited<ReturnType<typeof db.auditEvent.findMany<{ select: typeof auditSelect }>>>[number];

const ids = (rows: AuditRow[], ...entities: string[]) => [
  ...new Set(rows.filter((r) => entities.includes(r.entity)).map((r) => r.entityId)),
];

/**
 * Resolves each event to the public page it is about, dropping any whose subject is not (or no
 * longer) public — a second check behind the `public` flag the writers set.
 */
async function resolve(rows: AuditRow[]): Promise<FeedEvent[]> {
  const [updates, inspections, questions, followUps, reports] = await Promise.all([
    db.statusUpdate.findMany({
      where: { id: { in: ids(rows, "update") }, state: "published" },
      select: { id: true, commitmentId: true },
    }),
    db.inspectionCommitment.findMany({
      where: { inspectionId: { in: ids(rows, "inspection") } },
      orderBy: { commitmentId: "asc" },
      select: { inspectionId: true, commitmentId: true },
    }),
    db.question.findMany({ where: { id: { in: ids(rows, "question") } }, select: { id: true, commitmentId: true } }),
    db.followUp.findMany({
      where: { id: { in: ids(rows, "followup", "followUp") }, state: { in: ["confirmed", "overridden"] } },
      select: { id: true, commitmentId: true },
    }),
    db.report.findMany({
      where: { id: { in: ids(rows, "report") }, state: "published" },
      select: { id: true, title: true },
    }),
  ]);
  const commitmentOf = (row: AuditRow): number | undefined => {
    switch (row.entity) {
      case "commitment":
        return row.entityId;
      case "update":
        return updates.find((u) => u.id === row.entityId)?.commitmentId;
      case "inspection":
        return inspections.find((i) => i.inspectionId === row.entityId)?.commitmentId;
      case "question":
        return questions.find((q) => q.id === row.entityId)?.commitmentId;
      case "followup":
      case "followUp":
        return followUps.find((f) => f.id === row.entityId)?.commitmentId;
      default:
        return undefined;
    }
  };
  const wanted = [...new Set(rows.map(commitmentOf).filter((id): id is number => id !== undefined))];
  const commitments = await db.commitment.findMany({
    where: { id: { in: wanted }, ...publicCommitmentWhere },
    select: { id: true, quote: true },
  });
  const quote = new Map(commitments.map((c) => [c.id, c.quote]));
  const events: FeedEvent[] = [];
  for (const row of rows) {
    const entry = toHistoryEntry(row);
    if (row.entity === "report") {
      const report = reports.find((r) => r.id === row.entityId);
      if (report) events.push({ ...entry, target: { kind: "report", id: report.id, title: report.title } });
      continue;
    }
    const id = commitmentOf(row);
    const title = id === undefined ? undefined : quote.get(id);
    if (id !== undefined && title !== undefined) events.push({ ...entry, target: { kind: "commitment", id, title } });
  }
  return events;
}

/** The newest published changes in a jurisdiction. */
export async function jurisdictionFeed(jurisdictionId: number, take = 50): Promise<FeedEvent[]> {
  const rows = await db.auditEvent.findMany({
    where: { jurisdictionId, public: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: take * 2,
    select: auditSelect,
  });
  return (await resolve(rows)).slice(0, take);
}

/** The published changes of one item. */
export async function itemFeed(item: PublicItem, take = 50): Promise<FeedEvent[]> {
  const rows = await db.auditEvent.findMany({
    where: itemAuditWhere(item),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: auditSelect,
  });
  return resolve(rows);
}
