// Commitments as ledger items: where one sits (for permissions) and the ledger's lists and item page.
import type { Prisma } from "../../generated/prisma/client";
import type { Status } from "~/domain/vocab";
import { db, type Tx } from "~/utils/db.server";
import type { Scope } from "~/utils/permissions";
import type { AuditActor } from "~/models/audit.server";
import { jurisdictionPath } from "~/models/jurisdiction.server";
import { progressFields, targetFields } from "~/models/commitment-fields.server";

export const actorOf = (user: { id: number; name: string }): AuditActor => ({ id: user.id, name: user.name });

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

/** Commitment.entities is stored as a JSON array of names; anything else reads as none. */
export function parseEntities(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}

export async function commitmentVersion(id: number) {
  return (await db.commitment.findUnique({ where: { id }, select: { version: true } }))?.version ?? null;
}

export async function commitmentHeading(id: number) {
  return db.commitment.findUniqueOrThrow({ where: { id }, select: { id: true, metric: true } });
}

/** The 分解 as it is now, to show beside what someone typed when their save lost a race. */
export async function currentAssignment(id: number) {
  return db.commitment.findUniqueOrThrow({
    where: { id },
    select: {
      version: true,
      dueDate: true,
      responsiblePerson: true,
      sector: true,
      leadDepartment: { select: { name: true } },
      cooperating: { select: { department: { select: { name: true } } } },
    },
  });
}

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
      ...targetFields,
      sector: true,
      reviewState: true,
      ...progressFields,
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
      livelihoodProject: { select: { sessionId: true, session: { select: { title: true } } } },
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
