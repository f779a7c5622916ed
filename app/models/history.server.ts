// The audit rows of one item: its own events and those of its updates, for the history page and API.
import { historyEntries, type HistoryEntry } from "~/domain/ledger/history";
import { db } from "~/utils/db.server";

export async function commitmentHistory(commitmentId: number): Promise<HistoryEntry[]> {
  const updates = await db.statusUpdate.findMany({ where: { commitmentId }, select: { id: true } });
  const rows = await db.auditEvent.findMany({
    where: {
      OR: [
        { entity: "commitment", entityId: commitmentId },
        ...(updates.length ? [{ entity: "update", entityId: { in: updates.map((u) => u.id) } }] : []),
      ],
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
  return historyEntries(rows);
}
