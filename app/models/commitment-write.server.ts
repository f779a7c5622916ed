// Writes to a commitment under optimistic concurrency, each with its audit rows: assignment, direct status, 销号.
import type { Prisma } from "../../generated/prisma/client";
import { decideStatus, type StatusChange } from "~/domain/progress/status-rules";
import type { Status } from "~/domain/vocab";
import { db, type Tx } from "~/utils/db.server";
import { auditSubject, changedFields, recordAudit, type AuditActor } from "~/models/audit.server";
import { notifyDepartment, notifyFollowers } from "~/models/notification.server";
import { AppError, conflict } from "~/utils/app-error";

/** Fields of a commitment that are not published (never in a public audit event). */
const PRIVATE_FIELDS = new Set(["responsiblePerson"]);

type AuditValues = Record<string, unknown>;

/** Which item, from which version, by whom and why: what every write here is asked with. */
interface EditRequest {
  id: number;
  /** The version the editor saw; null skips the check (API callers that send none). */
  version: number | null;
  actor: AuditActor;
  reason?: string | null;
}

/**
 * The status rules applied to a stored item: missing is a 404, not yet published a 409, else the rules' decision
 * (staff reporting through an update and the supervision office setting it directly pass the same check).
 */
export function ruleOnStatus<T extends { reviewState: string; status: string; progress: number }>(
  item: T | null,
  change: Omit<StatusChange, "from" | "currentProgress">,
) {
  if (!item) throw new AppError("ledger.notFound", { status: 404 });
  if (item.reviewState !== "accepted") throw new AppError("ledger.notAccepted", { status: 409, field: "status" });
  return { item, decision: decideStatus({ ...change, from: item.status as Status, currentProgress: item.progress }) };
}

/** The columns every write reads first: where the item belongs and whether it is published. */
const writeScopeFields = { id: true, jurisdictionId: true, reviewState: true } as const;

interface ChangeArgs extends EditRequest {
  data: Prisma.CommitmentUncheckedUpdateManyInput;
  /** Before and after as the history shows them (names, not ids). */
  before: AuditValues;
  after: AuditValues;
  action: string;
  jurisdictionId: number;
  /** Whether the item is published: its public fields then go to a public audit event. */
  published: boolean;
}

/**
 * One guarded write of a commitment row: only when its version is still the one the editor saw,
 * bumping it; the change audited (public fields publicly once the item is published).
 * Returns the new version, or the old one when nothing changed.
 */
export async function writeCommitment(tx: Tx, args: ChangeArgs): Promise<{ version: number; changed: boolean }> {
  const diff = changedFields(args.before, args.after);
  const current = await tx.commitment.findUnique({ where: { id: args.id }, select: { version: true } });
  if (!current) throw new AppError("ledger.notFound", { status: 404 });
  if (args.version !== null && current.version !== args.version) throw conflict(current.version);
  if (!diff.changed) return { version: current.version, changed: false };
  const result = await tx.commitment.updateMany({
    where: { id: args.id, version: current.version },
    data: { ...args.data, version: { increment: 1 } },
  });
  if (result.count !== 1) throw conflict(null);

  const split = (values: AuditValues, keep: (key: string) => boolean) =>
    Object.fromEntries(Object.entries(values).filter(([key]) => keep(key)));
  const isPublic = (key: string) => args.published && !PRIVATE_FIELDS.has(key);
  const common = {
    actor: args.actor,
    ...auditSubject("commitment", args),
    action: args.action,
    reason: args.reason ?? null,
  };
  const publicAfter = split(diff.after, isPublic);
  if (Object.keys(publicAfter).length) {
    await recordAudit(tx, { ...common, before: split(diff.before, isPublic), after: publicAfter, public: true });
  }
  const privateAfter = split(diff.after, (key) => !isPublic(key));
  if (Object.keys(privateAfter).length) {
    await recordAudit(tx, { ...common, before: split(diff.before, (key) => !isPublic(key)), after: privateAfter });
  }
  return { version: current.version + 1, changed: true };
}

export interface AssignInput {
  leadDepartmentId?: number | null;
  cooperatingIds?: number[];
  dueDate?: Date | null;
  responsiblePerson?: string | null;
  sector?: string | null;
  metric?: string;
}

export const dayOf = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** Lead and co-operating departments, due date, responsible person, sector: the supervision office's 分解. */
export async function assignCommitment(
  tx: Tx,
  args: EditRequest & {
    input: AssignInput;
    /** Bulk assignment tells each department once, for all its new items. */
    quiet?: boolean;
  },
) {
  const row = await tx.commitment.findUnique({
    where: { id: args.id },
    select: {
      ...writeScopeFields,
      metric: true,
      leadDepartmentId: true,
      dueDate: true,
      responsiblePerson: true,
      sector: true,
      leadDepartment: { select: { name: true } },
      cooperating: { select: { department: { select: { id: true, name: true } } } },
    },
  });
  if (!row) throw new AppError("ledger.notFound", { status: 404 });
  const { input } = args;
  const wanted = [input.leadDepartmentId, ...(input.cooperatingIds ?? [])].filter((v): v is number => !!v);
  const departments = await tx.department.findMany({
    where: { id: { in: wanted }, jurisdictionId: row.jurisdictionId },
    select: { id: true, name: true },
  });
  const nameOf = new Map(departments.map((d) => [d.id, d.name]));
  if (wanted.some((deptId) => !nameOf.has(deptId)))
    throw new AppError("ledger.assign.unknownDepartment", { status: 422, field: "leadDepartmentId" });
  const lead = input.leadDepartmentId === undefined ? row.leadDepartmentId : input.leadDepartmentId;
  const coopIds =
    input.cooperatingIds === undefined
      ? row.cooperating.map((c) => c.department.id)
      : [...new Set(input.cooperatingIds)];
  if (lead !== null && coopIds.includes(lead))
    throw new AppError("ledger.assign.leadAlsoCooperating", { status: 422, field: "cooperatingIds" });

  const currentCoop = row.cooperating.map((c) => c.department.name).sort();
  const before = {
    metric: row.metric,
    leadDepartment: row.leadDepartment?.name ?? null,
    cooperating: currentCoop,
    dueDate: dayOf(row.dueDate),
    responsiblePerson: row.responsiblePerson,
    sector: row.sector,
  };
  const after = {
    metric: input.metric ?? row.metric,
    leadDepartment: lead === null ? null : (nameOf.get(lead) ?? row.leadDepartment?.name ?? null),
    cooperating:
      input.cooperatingIds === undefined ? currentCoop : coopIds.map((id) => nameOf.get(id) ?? String(id)).sort(),
    dueDate: input.dueDate === undefined ? before.dueDate : dayOf(input.dueDate),
    responsiblePerson: input.responsiblePerson === undefined ? row.responsiblePerson : input.responsiblePerson,
    sector: input.sector === undefined ? row.sector : input.sector,
  };
  const outcome = await writeCommitment(tx, {
    id: row.id,
    version: args.version,
    data: {
      metric: after.metric,
      leadDepartmentId: lead,
      dueDate: input.dueDate === undefined ? undefined : input.dueDate,
      responsiblePerson: after.responsiblePerson,
      sector: after.sector,
    },
    before,
    after,
    actor: args.actor,
    action: "assign",
    reason: args.reason,
    jurisdictionId: row.jurisdictionId,
    published: row.reviewState === "accepted",
  });
  if (outcome.changed && input.cooperatingIds !== undefined && currentCoop.join() !== after.cooperating.join()) {
    await tx.commitmentDepartment.deleteMany({ where: { commitmentId: row.id } });
    await tx.commitmentDepartment.createMany({
      data: coopIds.map((departmentId) => ({ commitmentId: row.id, departmentId })),
    });
  }
  const newLead =
    outcome.changed && lead !== null && lead !== row.leadDepartmentId && row.reviewState === "accepted" ? lead : null;
  if (newLead !== null && !args.quiet) {
    await notifyDepartment(
      tx,
      newLead,
      {
        kind: "commitment.assigned",
        title: { key: "ledger.notice.assigned", vars: { metric: after.metric } },
        body: [{ key: "ledger.notice.due", vars: { due: after.dueDate ?? "none" } }],
        link: `/ledger/c/${row.id}`,
      },
      args.actor.id,
    );
  }
  return { ...outcome, newLead, metric: after.metric, dueDate: after.dueDate };
}

/**
 * A status set directly by the supervision office (API, spreadsheet, 销号), under the status rules.
 * Department staff never come here: their statuses arrive as updates to verify.
 */
export async function setStatusDirectly(
  tx: Tx,
  args: EditRequest & {
    status: Status;
    progress?: number | null;
    actualValue?: number | null;
    actualUnit?: string | null;
    action?: string;
  },
) {
  const found = await tx.commitment.findUnique({
    where: { id: args.id },
    select: {
      ...writeScopeFields,
      status: true,
      progress: true,
      statusReason: true,
      actualValue: true,
      actualUnit: true,
      metric: true,
      leadDepartmentId: true,
    },
  });
  const { item: row, decision } = ruleOnStatus(found, {
    actor: "supervisor",
    to: args.status,
    progress: args.progress,
    reason: args.reason,
  });
  if (!decision.ok) throw new AppError(decision.error, { status: 422, field: decision.field });
  const statusReason = decision.status === "changed" ? (args.reason ?? null) : null;
  const before = {
    status: row.status,
    progress: row.progress,
    actualValue: row.actualValue,
    actualUnit: row.actualUnit,
    statusReason: row.statusReason,
  };
  const after = {
    status: decision.status,
    progress: decision.progress,
    actualValue: args.actualValue === undefined ? row.actualValue : args.actualValue,
    actualUnit: args.actualUnit === undefined ? row.actualUnit : args.actualUnit,
    statusReason,
  };
  const outcome = await writeCommitment(tx, {
    id: row.id,
    version: args.version,
    data: after,
    before,
    after,
    actor: args.actor,
    action: args.action ?? "status",
    reason: args.reason,
    jurisdictionId: row.jurisdictionId,
    published: true,
  });
  if (outcome.changed) {
    await notifyFollowers(
      tx,
      row.id,
      {
        kind: decision.status === "verified" ? "commitment.verified" : "commitment.status",
        title: {
          key: decision.status === "verified" ? "ledger.notice.verified" : "ledger.notice.statusChanged",
          vars: { metric: row.metric },
        },
        link: `/c/${row.id}`,
      },
      args.actor.id,
    );
    // The department that did the work hears that it is crossed off.
    if (decision.status === "verified" && row.leadDepartmentId !== null) {
      await notifyDepartment(
        tx,
        row.leadDepartmentId,
        {
          kind: "commitment.verified",
          title: { key: "ledger.notice.verified", vars: { metric: row.metric } },
          link: `/ledger/c/${row.id}`,
        },
        args.actor.id,
      );
    }
  }
  return outcome;
}

/** 销号: cross off an item reported done, after the supervision office's check. */
export async function verifyCommitment(args: { id: number; version: number; note?: string | null; actor: AuditActor }) {
  return db.$transaction((tx) =>
    setStatusDirectly(tx, {
      id: args.id,
      version: args.version,
      status: "verified",
      reason: args.note ?? null,
      actor: args.actor,
      action: "verify",
    }),
  );
}
