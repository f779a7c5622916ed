// 分解 of many items at once: the same fields on every selected item, each checked like a single edit,
// all in one transaction with an audit row per item; each department told once about its new items.
import { db } from "~/utils/db.server";
import type { SessionUser } from "~/utils/auth.server";
import { can } from "~/utils/permissions";
import { actorOf, commitmentScope } from "~/models/commitment.server";
import { assignCommitment, type AssignInput } from "~/models/commitment-write.server";
import { notifyDepartment } from "~/models/notification.server";
import { AppError } from "~/utils/app-error";

export interface BulkAssignInput {
  /** Absent: unchanged; null: no lead department. */
  leadDepartmentId?: number | null;
  /** Absent: unchanged. */
  cooperatingIds?: number[];
  dueDate?: Date | null;
  responsiblePerson?: string | null;
}

export async function bulkAssign(args: {
  user: SessionUser;
  ids: number[];
  input: BulkAssignInput;
  reason?: string | null;
}) {
  const actor = actorOf(args.user);
  return db.$transaction(async (tx) => {
    let changed = 0;
    const newItems = new Map<number, { id: number; metric: string; dueDate: string | null }[]>();
    for (const id of args.ids) {
      const scope = await commitmentScope(id, tx);
      if (!scope || scope.reviewState !== "accepted")
        throw new AppError("ledger.notFound", { status: 404, field: "ids" });
      if (!can(args.user, "commitment.assign", scope))
        throw new AppError("ledger.bulkAssign.notAllowed", { status: 403, field: "ids" });
      const input: AssignInput = { ...args.input };
      const lead = args.input.leadDepartmentId;
      // A new lead department stops co-operating on the item rather than being refused.
      if (lead && args.input.cooperatingIds === undefined && (scope.departmentIds ?? []).includes(lead))
        input.cooperatingIds = (scope.departmentIds ?? []).filter((d) => d !== lead);
      if (lead && input.cooperatingIds) input.cooperatingIds = input.cooperatingIds.filter((d) => d !== lead);
      const outcome = await assignCommitment(tx, { id, version: null, input, actor, reason: args.reason, quiet: true });
      if (outcome.changed) changed += 1;
      if (outcome.newLead !== null) {
        const list = newItems.get(outcome.newLead) ?? [];
        list.push({ id, metric: outcome.metric, dueDate: outcome.dueDate });
        newItems.set(outcome.newLead, list);
      }
    }
    for (const [departmentId, items] of newItems) {
      await notifyDepartment(
        tx,
        departmentId,
        {
          kind: "commitment.assigned",
          title:
            items.length === 1
              ? { key: "ledger.notice.assigned", vars: { metric: items[0]!.metric } }
              : { key: "ledger.notice.assignedMany", vars: { count: items.length } },
          body: items.map((i) => ({
            key: "ledger.notice.assignedItem",
            vars: { metric: i.metric, due: i.dueDate ?? "none" },
          })),
          link: items.length === 1 ? `/ledger/c/${items[0]!.id}` : "/ledger",
        },
        actor.id,
      );
    }
    return changed;
  });
}

/** Accepted top-level items of a jurisdiction to choose from: one report's, one year's, or the unassigned. */
export async function assignableItems(
  jurisdictionId: number,
  filter: { reportId?: number | null; year?: number | null; unassigned?: boolean },
) {
  const rows = await db.commitment.findMany({
    where: {
      jurisdictionId,
      reviewState: "accepted",
      ...(filter.reportId ? { reportId: filter.reportId } : {}),
      ...(filter.year ? { year: filter.year } : {}),
      ...(filter.unassigned ? { leadDepartmentId: null } : {}),
    },
    orderBy: [{ year: "desc" }, { reportId: "asc" }, { quoteStart: "asc" }, { ordinal: "asc" }, { id: "asc" }],
    select: {
      id: true,
      metric: true,
      target: true,
      unit: true,
      comparator: true,
      growth: true,
      dueDate: true,
      responsiblePerson: true,
      parentId: true,
      leadDepartment: { select: { name: true } },
      cooperating: { select: { department: { select: { name: true } } } },
    },
    take: 500,
  });
  return rows.map(({ leadDepartment, cooperating, ...r }) => ({
    ...r,
    leadDepartment: leadDepartment?.name ?? null,
    cooperating: cooperating.map((c) => c.department.name),
  }));
}
