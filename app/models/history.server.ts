// The audit rows of one item: its own events and those of its updates, for the history page and API.
import { historyEntries, type AuditRow, type HistoryEntry } from "~/domain/ledger/history";
import { toHistoryEntry } from "~/domain/public/history";
import { commitmentScope } from "~/models/commitment.server";
import { requirePermission, type SessionUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { notFound } from "~/utils/http.server";
import { can } from "~/utils/permissions";

/**
 * Whether `user` may read an item's history, for the page and the API alike: refused (403) outside their reach, not
 * found while the item is only proposed and they may not review it. `internal` for those who may open the item.
 */
export async function historyAccess(user: SessionUser, commitmentId: number): Promise<{ internal: boolean }> {
  const scope = await commitmentScope(commitmentId);
  if (!scope) throw notFound();
  requirePermission(user, "history.view", scope);
  if (scope.reviewState !== "accepted" && !can(user, "commitment.review", scope)) throw notFound();
  return { internal: can(user, "ledger.view", scope) };
}

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
