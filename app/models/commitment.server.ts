// Commitments as ledger items: where one sits (for permissions) and the ledger's lists and item page.
import { Prisma } from "../../generated/prisma/client";
import type { Status } from "~/domain/vocab";
import { db, type Tx } from "~/utils/db.server";
import type { Scope } from "~/utils/permissions";
import type { AuditActor } from "~/models/audit.server";
import { jurisdictionPath } from "~/models/jurisdiction.server";
import { progressFields, targetFields } from "~/models/commitment-fields.server";

export const actorOf = (user: { id: number; name: string }): AuditActor => ({ id: user.id, name: user.name });

export type CommitmentScope = Scope & {
  id: number;
  reviewState: string;
  reportId: number | null;
  status: Status;
  progress: number;
  version: number;
};

/** Where a commitment sits, for `requirePermission`; null when it does not exist. Every item page and write asks. */
export async function commitmentScope(id: number, client: Tx = db): Promise<CommitmentScope | null> {
  const [row] = await client.$queryRaw<
    {
      jurisdictionId: number;
      leadDepartmentId: number | null;
      reviewState: string;
      reportId: number | null;
      status: string;
      progress: number;
      version: number;
    }[]
  >(Prisma.sql`SELECT "jurisdictionId", "leadDepartmentId", "reviewState", "reportId", "status", "progress", "version"
    FROM "Commitment" WHERE "id" = ${id}`);
  if (!row) return null;
  const [path, cooperating] = await Promise.all([
    jurisdictionPath(row.jurisdictionId, client),
    client.$queryRaw<{ departmentId: number }[]>(Prisma.sql`SELECT "departmentId" FROM "CommitmentDepartment"
      WHERE "commitmentId" = ${id} ORDER BY "departmentId"`),
  ]);
  return {
    id,
    jurisdictionId: row.jurisdictionId,
    jurisdictionPath: path,
    leadDepartmentId: row.leadDepartmentId,
    departmentIds: cooperating.map((c) => c.departmentId),
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

export interface LedgerFilter {
  jurisdictionId: number;
  year?: number | null;
  /** Staff: items their department leads or co-operates on. */
  departmentId?: number | null;
  /** Only items this department leads. */
  leadOnly?: boolean;
}

interface LedgerSqlRow {
  id: number;
  metric: string;
  quote: string;
  target: number | null;
  unit: string | null;
  comparator: string | null;
  status: string;
  progress: number;
  actualValue: number | null;
  actualUnit: string | null;
  dueDate: Date | null;
  sector: string | null;
  responsiblePerson: string | null;
  leadDepartmentId: number | null;
  parentId: number | null;
  version: number;
  leadDepartmentName: string | null;
  pendingUpdates: bigint | number;
}

/**
 * The ledger's rows, in two statements (every dashboard view runs this): the items with their lead
 * department and count of submitted updates, then the co-operating departments of those items.
 */
export async function listLedger(filter: LedgerFilter) {
  const conditions = [
    Prisma.sql`c."jurisdictionId" = ${filter.jurisdictionId}`,
    Prisma.sql`c."reviewState" = 'accepted'`,
  ];
  if (filter.year) conditions.push(Prisma.sql`c."year" = ${filter.year}`);
  if (filter.departmentId)
    conditions.push(
      filter.leadOnly
        ? Prisma.sql`c."leadDepartmentId" = ${filter.departmentId}`
        : Prisma.sql`(c."leadDepartmentId" = ${filter.departmentId} OR EXISTS (SELECT 1 FROM "CommitmentDepartment" cd
            WHERE cd."commitmentId" = c."id" AND cd."departmentId" = ${filter.departmentId}))`,
    );
  const rows = await db.$queryRaw<LedgerSqlRow[]>(Prisma.sql`SELECT c."id", c."metric", c."quote", c."target",
      c."unit", c."comparator", c."status", c."progress", c."actualValue", c."actualUnit", c."dueDate", c."sector",
      c."responsiblePerson", c."leadDepartmentId", c."parentId", c."version", d."name" AS "leadDepartmentName",
      (SELECT COUNT(*) FROM "StatusUpdate" u WHERE u."commitmentId" = c."id" AND u."state" = 'submitted')
        AS "pendingUpdates"
    FROM "Commitment" c LEFT JOIN "Department" d ON d."id" = c."leadDepartmentId"
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY c."year" DESC, c."reportId" ASC, c."ordinal" ASC, c."id" ASC`);
  const cooperating = new Map<number, { id: number; name: string }[]>();
  if (rows.length > 0) {
    const links = await db.$queryRaw<{ commitmentId: number; id: number; name: string }[]>(
      Prisma.sql`SELECT cd."commitmentId", d."id", d."name" FROM "CommitmentDepartment" cd
        JOIN "Department" d ON d."id" = cd."departmentId"
        WHERE cd."commitmentId" IN (${Prisma.join(rows.map((r) => r.id))})
        ORDER BY cd."commitmentId", cd."departmentId"`,
    );
    for (const { commitmentId, id, name } of links)
      cooperating.set(commitmentId, [...(cooperating.get(commitmentId) ?? []), { id, name }]);
  }
  return rows.map(({ leadDepartmentName, pendingUpdates, ...row }) => ({
    ...row,
    status: row.status as Status,
    leadDepartmentName,
    cooperating: cooperating.get(row.id) ?? [],
    pendingUpdates: Number(pendingUpdates),
  }));
}

export type LedgerRow = Awaited<ReturnType<typeof listLedger>>[number];

/** Years that have accepted items, newest first. */
export async function ledgerYears(jurisdictionId: number): Promise<number[]> {
  const rows = await db.$queryRaw<{ year: number }[]>(Prisma.sql`SELECT DISTINCT "year" FROM "Commitment"
    WHERE "jurisdictionId" = ${jurisdictionId} AND "reviewState" = 'accepted' ORDER BY "year" DESC`);
  return rows.map((r) => Number(r.year));
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
}): Promise<{ id: number; metric: string }[]> {
  const sameReport =
    item.reportId === null ? Prisma.sql`c."reportId" IS NULL` : Prisma.sql`c."reportId" = ${item.reportId}`;
  return db.$queryRaw(Prisma.sql`SELECT c."id", c."metric" FROM "Commitment" c
    WHERE c."jurisdictionId" = ${item.jurisdictionId} AND c."year" = ${item.year} AND ${sameReport}
      AND c."reviewState" = 'accepted' AND c."parentId" IS NULL AND c."id" <> ${item.id}
      AND NOT EXISTS (SELECT 1 FROM "Commitment" k WHERE k."parentId" = c."id")
    ORDER BY c."ordinal" ASC, c."id" ASC
    LIMIT 500`);
}
