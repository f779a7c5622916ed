// Commitments as ledger items: scope for permissions, the ledger lists, assignment, direct status changes, sub-tasks.
import type { Prisma } from "../../generated/prisma/client";
import { decideStatus } from "../domain/progress/status-rules";
import type { Status } from "../domain/vocab";
import { db, type Tx } from "../utils/db.server";
import type { Scope } from "../utils/permissions";
import { changedFields, recordAudit, type AuditActor } from "./audit.server";
import { jurisdictionPath } from "./jurisdiction.server";
import { ConflictError, LedgerError } from "./ledger-errors.server";
import { notifyDepartment, notifyFollowers } from "./notification.server";

export const actorOf = (user: { id: number; name: string }): AuditActor => ({ id: user.id, name: user.name });

/** Fields of a commitment that are not published (never in a public audit event). */
const PRIVATE_FIELDS = new Set(["responsiblePerson"]);

const scopeSelect = {
  id: true,
  jurisdictionId: true,
  leadDepartmentId: true,
  reviewState: true,
  reportId: true,
  status: true,
  progress: true,
  version: true,
  cooperating: { select: { departmentId: true } },
} as const;

export type CommitmentScope = Scope & {
  id: number;
  reviewState: string;
  reportId: number | null;
  status: Status;
  progress: number;
  version: number;
};

/** Where a commitment sits, for `requirePermission`; null when it does not exist. */
export async function commitmentScope(id: number, client: Tx = db): Promise<CommitmentScope | null> {
  const row = await client.commitment.findUnique({ where: { id }, select: scopeSelect });
  if (!row) return null;
  return {
    id: row.id,
    jurisdictionId: row.jurisdictionId,
    jurisdictionPath: await jurisdictionPath(row.jurisdictionId, client),
    leadDepartmentId: row.leadDepartmentId,
    departmentIds: row.cooperating.map((c) => c.departmentId),
    reviewState: row.reviewState,
    reportId: row.reportId,
    status: row.status as Status,
    progress: row.progress,
    version: row.version,
  };
}

// ——— Reading ———

const ledgerRowSelect = {
  id: true,
  metric: true,
  quote: true,
  target: true,
  unit: true,
  comparator: true,
  status: true,
  progress: true,
  actualValue: true,
  actualUnit: true,
  dueDate: true,
  sector: true,
  responsiblePerson: true,
  leadDepartmentId: true,
  parentId: true,
  version: true,
  leadDepartment: { select: { name: true } },
  cooperating: { select: { department: { select: { id: true, name: true } } } },
  _count: { select: { updates: { where: { state: "submitted" } } } },
} as const;

export interface LedgerFilter {
  jurisdictionId: number;
  year?: number | null;
  /** Staff: items their department leads or co-operates on. */
  departmentId?: number | null;
  /** Only items this department leads. */
  leadOnly?: boolean;
}

function ledgerWhere(filter: LedgerFilter): Prisma.CommitmentWhereInput {
  const where: Prisma.CommitmentWhereInput = { jurisdictionId: filter.jurisdictionId, reviewState: "accepted" };
  if (filter.year) where.year = filter.year;
  if (filter.departmentId) {
    where.OR = filter.leadOnly
      ? [{ leadDepartmentId: filter.departmentId }]
      : [{ leadDepartmentId: filter.departmentId }, { cooperating: { some: { departmentId: filter.departmentId } } }];
  }
  return where;
}

export async function listLedger(filter: LedgerFilter) {
  const rows = await db.commitment.findMany({
    where: ledgerWhere(filter),
    orderBy: [{ year: "desc" }, { reportId: "asc" }, { ordinal: "asc" }, { id: "asc" }],
    select: ledgerRowSelect,
  });
  return rows.map(({ _count, cooperating, leadDepartment, ...row }) => ({
    ...row,
    status: row.status as Status,
    leadDepartmentName: leadDepartment?.name ?? null,
    cooperating: cooperating.map((c) => c.department),
    pendingUpdates: _count.updates,
  }));
}

export type LedgerRow = Awaited<ReturnType<typeof listLedger>>[number];

/** Years that have accepted items, newest first. */
export async function ledgerYears(jurisdictionId: number): Promise<number[]> {
  const rows = await db.commitment.findMany({
    where: { jurisdictionId, reviewState: "accepted" },
    distinct: ["year"],
    orderBy: { year: "desc" },
    select: { year: true },
  });
  return rows.map((r) => r.year);
}

export async function getLedgerItem(id: number) {
  const row = await db.commitment.findUnique({
    where: { id },
    select: {
      id: true,
      reportId: true,
      jurisdictionId: true,
      year: true,
      quote: true,
      kind: true,
      metric: true,
      target: true,
      unit: true,
      comparator: true,
      growth: true,
      deadline: true,
      sector: true,
      reviewState: true,
      status: true,
      statusReason: true,
      progress: true,
      actualValue: true,
      actualUnit: true,
      leadDepartmentId: true,
      responsiblePerson: true,
      dueDate: true,
      parentId: true,
      version: true,
      publishedAt: true,
      updatedAt: true,
      leadDepartment: { select: { id: true, name: true } },
      cooperating: { select: { department: { select: { id: true, name: true } } } },
      report: { select: { id: true, title: true, year: true } },
      parent: { select: { id: true, metric: true } },
      children: {
        orderBy: { id: "asc" },
        select: {
          id: true,
          metric: true,
          status: true,
          progress: true,
          dueDate: true,
          leadDepartment: { select: { name: true } },
        },
      },
      jurisdiction: { select: { id: true, name: true, slug: true } },
    },
  });
  if (!row) return null;
  return {
    ...row,
    status: row.status as Status,
    cooperating: row.cooperating.map((c) => c.department),
    children: row.children.map((c) => ({ ...c, status: c.status as Status })),
  };
}

/** Accepted items of the same report that could be grouped under this one. */
export async function attachCandidates(item: {
  id: number;
  reportId: number | null;
  jurisdictionId: number;
  year: number;
}) {
  return db.commitment.findMany({
    where: {
      jurisdictionId: item.jurisdictionId,
      year: item.year,
      reportId: item.reportId,
      reviewState: "accepted",
      parentId: null,
      id: { not: item.id },
      children: { none: {} },
    },
    orderBy: [{ ordinal: "asc" }, { id: "asc" }],
    select: { id: true, metric: true },
    take: 500,
  });
}

// ——— Writing ———

type AuditValues = Record<string, unknown>;

interface ChangeArgs {
  id: number;
  /** The version the editor saw; null skips the check (API callers that send none). */
  version: number | null;
  data: Prisma.CommitmentUncheckedUpdateManyInput;
  /** Before and after as the history shows them (names, not ids). */
  before: AuditValues;
  after: AuditValues;
  actor: AuditActor;
  action: string;
  reason?: string | null;
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
  if (!current) throw new LedgerError("ledger.notFound", 404);
  if (args.version !== null && current.version !== args.version) throw new ConflictError(current.version);
  if (!diff.changed) return { version: current.version, changed: false };
  const result = await tx.commitment.updateMany({
    where: { id: args.id, version: current.version },
    data: { ...args.data, version: { increment: 1 } },
  });
  if (result.count !== 1) throw new ConflictError(null);

  const split = (values: AuditValues, keep: (key: string) => boolean) =>
    Object.fromEntries(Object.entries(values).filter(([key]) => keep(key)));
  const isPublic = (key: string) => args.published && !PRIVATE_FIELDS.has(key);
  const common = {
    actor: args.actor,
    entity: "commitment",
    entityId: args.id,
    action: args.action,
    jurisdictionId: args.jurisdictionId,
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

const dayOf = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** Lead and co-operating departments, due date, responsible person, sector: the supervision office's 分解. */
export async function assignCommitment(
  tx: Tx,
  args: { id: number; version: number | null; input: AssignInput; actor: AuditActor; reason?: string | null },
) {
  const row = await tx.commitment.findUnique({
    where: { id: args.id },
    select: {
      id: true,
      jurisdictionId: true,
      reviewState: true,
      metric: true,
      leadDepartmentId: true,
      dueDate: true,
      responsiblePerson: true,
      sector: true,
      leadDepartment: { select: { name: true } },
      cooperating: { select: { department: { select: { id: true, name: true } } } },
    },
  });
  if (!row) throw new LedgerError("ledger.notFound", 404);
  const { input } = args;
  const wanted = [input.leadDepartmentId, ...(input.cooperatingIds ?? [])].filter((v): v is number => !!v);
  const departments = await tx.department.findMany({
    where: { id: { in: wanted }, jurisdictionId: row.jurisdictionId },
    select: { id: true, name: true },
  });
  const nameOf = new Map(departments.map((d) => [d.id, d.name]));
  if (wanted.some((deptId) => !nameOf.has(deptId)))
    throw new LedgerError("ledger.assign.unknownDepartment", 422, "leadDepartmentId");
  const lead = input.leadDepartmentId === undefined ? row.leadDepartmentId : input.leadDepartmentId;
  const coopIds =
    input.cooperatingIds === undefined
      ? row.cooperating.map((c) => c.department.id)
      : [...new Set(input.cooperatingIds)];
  if (lead !== null && coopIds.includes(lead))
    throw new LedgerError("ledger.assign.leadAlsoCooperating", 422, "cooperatingIds");

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
  if (outcome.changed && lead !== null && lead !== row.leadDepartmentId && row.reviewState === "accepted") {
    await notifyDepartment(
      tx,
      lead,
      { kind: "commitment.assigned", title: `新的牵头任务：${after.metric}`, link: `/ledger/c/${row.id}` },
      args.actor.id,
    );
  }
  return outcome;
}

/**
 * A status set directly by the supervision office (API, spreadsheet, 销号), under the status rules.
 * Department staff never come here: their statuses arrive as updates to verify.
 */
export async function setStatusDirectly(
  tx: Tx,
  args: {
    id: number;
    version: number | null;
    status: Status;
    progress?: number | null;
    actualValue?: number | null;
    actualUnit?: string | null;
    reason?: string | null;
    actor: AuditActor;
    action?: string;
  },
) {
  const row = await tx.commitment.findUnique({
    where: { id: args.id },
    select: {
      id: true,
      jurisdictionId: true,
      reviewState: true,
      status: true,
      progress: true,
      statusReason: true,
      actualValue: true,
      actualUnit: true,
      metric: true,
    },
  });
  if (!row) throw new LedgerError("ledger.notFound", 404);
  if (row.reviewState !== "accepted") throw new LedgerError("ledger.notAccepted", 409, "status");
  const decision = decideStatus({
    actor: "supervisor",
    from: row.status as Status,
    to: args.status,
    progress: args.progress,
    currentProgress: row.progress,
    reason: args.reason,
  });
  if (!decision.ok) throw new LedgerError(decision.error, 422, decision.field);
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
        title: `${decision.status === "verified" ? "已销号" : "状态更新"}：${row.metric}`,
        link: `/c/${row.id}`,
      },
      args.actor.id,
    );
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

/** A new sub-task under an accepted commitment: same source sentence, its own task, department and due date. */
export async function createSubTask(args: {
  parentId: number;
  metric: string;
  leadDepartmentId: number | null;
  dueDate: Date | null;
  actor: AuditActor;
}) {
  return db.$transaction(async (tx) => {
    const parent = await tx.commitment.findUnique({
      where: { id: args.parentId },
      select: {
        id: true,
        reportId: true,
        sectionId: true,
        jurisdictionId: true,
        year: true,
        quote: true,
        quoteStart: true,
        quoteEnd: true,
        deadline: true,
        sector: true,
        dueDate: true,
        reviewState: true,
        parentId: true,
      },
    });
    if (!parent) throw new LedgerError("ledger.notFound", 404);
    if (parent.reviewState !== "accepted") throw new LedgerError("ledger.notAccepted", 409);
    if (parent.parentId !== null) throw new LedgerError("ledger.subtask.nested", 422, "metric");
    if (args.leadDepartmentId !== null) {
      const dept = await tx.department.findFirst({
        where: { id: args.leadDepartmentId, jurisdictionId: parent.jurisdictionId },
        select: { id: true },
      });
      if (!dept) throw new LedgerError("ledger.assign.unknownDepartment", 422, "leadDepartmentId");
    }
    const child = await tx.commitment.create({
      data: {
        reportId: parent.reportId,
        sectionId: parent.sectionId,
        jurisdictionId: parent.jurisdictionId,
        year: parent.year,
        ordinal: 0,
        quote: parent.quote,
        quoteStart: parent.quoteStart,
        quoteEnd: parent.quoteEnd,
        kind: "deliverable",
        metric: args.metric,
        deadline: parent.deadline,
        sector: parent.sector,
        reviewState: "accepted",
        publishedAt: new Date(),
        leadDepartmentId: args.leadDepartmentId,
        dueDate: args.dueDate ?? parent.dueDate,
        parentId: parent.id,
      },
      select: { id: true, metric: true, dueDate: true },
    });
    await recordAudit(tx, {
      actor: args.actor,
      entity: "commitment",
      entityId: child.id,
      action: "subtask.create",
      jurisdictionId: parent.jurisdictionId,
      after: { parentId: parent.id, metric: child.metric, dueDate: dayOf(child.dueDate) },
      public: true,
    });
    await recordAudit(tx, {
      actor: args.actor,
      entity: "commitment",
      entityId: parent.id,
      action: "subtask.add",
      jurisdictionId: parent.jurisdictionId,
      after: { subTask: child.metric, subTaskId: child.id },
      public: true,
    });
    if (args.leadDepartmentId !== null) {
      await notifyDepartment(tx, args.leadDepartmentId, {
        kind: "commitment.assigned",
        title: `新的牵头任务：${child.metric}`,
        link: `/ledger/c/${child.id}`,
      });
    }
    return child;
  });
}

/** Groups an existing item of the same report under this one. */
export async function attachSubTask(args: { parentId: number; childId: number; actor: AuditActor }) {
  return db.$transaction(async (tx) => {
    const [parent, child] = await Promise.all(
      [args.parentId, args.childId].map((id) =>
        tx.commitment.findUnique({
          where: { id },
          select: {
            id: true,
            reportId: true,
            jurisdictionId: true,
            reviewState: true,
            parentId: true,
            metric: true,
            version: true,
            _count: { select: { children: true } },
          },
        }),
      ),
    );
    if (!parent || !child) throw new LedgerError("ledger.notFound", 404);
    const fits =
      parent.id !== child.id &&
      parent.jurisdictionId === child.jurisdictionId &&
      parent.reportId === child.reportId &&
      parent.reviewState === "accepted" &&
      child.reviewState === "accepted" &&
      parent.parentId === null &&
      child.parentId === null &&
      child._count.children === 0;
    if (!fits) throw new LedgerError("ledger.subtask.cannotAttach", 422, "childId");
    return writeCommitment(tx, {
      id: child.id,
      version: child.version,
      data: { parentId: parent.id },
      before: { parent: null },
      after: { parent: parent.metric },
      actor: args.actor,
      action: "subtask.attach",
      jurisdictionId: child.jurisdictionId,
      published: true,
    });
  });
}
