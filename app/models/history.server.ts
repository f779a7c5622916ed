// The audit rows of one item: its own events and those of its updates, for the history page and API.
import { historyEntries, type AuditRow, type HistoryEntry } from "~/domain/ledger/history";
import { toHistoryEntry } from "~/domain/public/history";
import { db } from "~/utils/db.server";

/**
 * `internal`: everything, for those who may open the item (its supervision office and departments).
 * Others (deputies, other departments) see what the public record shows: published changes of public
 * fields, without names, notes, reasons or evidence — what the item page itself refuses them.
 */
export async function commitmentHistory(
  commitmentId: number,
  { internal }: { internal: boolean },
): Promise<HistoryEntry[]> {
  const rows = await auditRows(commitmentId, internal);
  if (internal) return historyEntries(rows);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return historyEntries(rows).map((entry) => ({
    ...entry,
    actor: "",
    reason: null,
    changes: toHistoryEntry(byId.get(entry.id)!).changes,
  }));
}

async function auditRows(commitmentId: number, internal: boolean): Promise<AuditRow[]> {
  const updates = await db.statusUpdate.findMany({ where: { commitmentId }, select: { id: true } });
  return db.auditEvent.findMany({
    where: {
      OR: [
        { entity: "commitment", entityId: commitmentId },
        ...(updates.length ? [{ entity: "update", entityId: { in: updates.map((u) => u.id) } }] : []),
      ],
      ...(internal ? {} : { public: true }),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      actorLabel: true,
      entity: true,
      entityId: true,
      action: true,
      before: true,
      after: true,
      reason: true,
      public: true,
      createdAt: true,
    },
    take: 1000,
  });
}
