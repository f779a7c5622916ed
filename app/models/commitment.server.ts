// Commitments as ledger items: where one sits (for permissions) and the ledger's lists and item page.
import type { TargetSqlRow } from "~/models/commitment-fields.server";
import { Prisma } from "../../generated/prisma/client";
import type { Status } from "~/domain/vocab";
import { db, type Tx } from "~/utils/db.server";
import type { Scope } from "~/utils/permissions";
import type { AuditActor } from "~/models/audit.server";
import { jurisdictionPath } from "~/models/jurisdiction.server";
import { memoCurrent } from "~/models/public/version.server";
import { jsonArray, jsonRows } from "~/models/public/sql.server";

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
  const [row] = await client.$queryRaw<(ScopeSqlRow & { departmentIds: unknown })[]>(Prisma.sql`SELECT
      c."jurisdictionId", c."leadDepartmentId", c."reviewState", c."reportId", c."status", c."progress", c."version",
      ${cooperatingIds()} AS "departmentIds"
    FROM "Commitment" c WHERE c."id" = ${id}`);
  if (!row) return null;
  const ids = jsonRows<{ id: number }>(row.departmentIds).map((d) => d.id);
  return scopeOf(id, row, ids, await jurisdictionPath(row.jurisdictionId, client));
}

/** What commitmentScope reads of the item itself (the ledger item page reads it with the rest). */
interface ScopeSqlRow {
  jurisdictionId: number;
  leadDepartmentId: number | null;
  reviewState: string;
  reportId: number | null;
  status: string;
  progress: number;
  version: number;
}

/**
 * The co-operating departments of `c` (ids; ids and names): JSON arrays in the item's own statement
 * (functions: the SQL depends on the database, known once DATABASE_URL is read).
 */
const cooperatingIds = () =>
  jsonArray(
    { id: Prisma.sql`cd."departmentId"` },
    Prisma.sql`FROM "CommitmentDepartment" cd WHERE cd."commitmentId" = c."id"`,
    Prisma.sql`cd."departmentId"`,
  );
const cooperatingDepartments = () =>
  jsonArray(
    { id: Prisma.sql`d."id"`, name: Prisma.sql`d."name"` },
    Prisma.sql`FROM "CommitmentDepartment" cd JOIN "Department" d ON d."id" = cd."departmentId"
      WHERE cd."commitmentId" = c."id"`,
    Prisma.sql`cd."departmentId"`,
  );

function scopeOf(id: number, row: ScopeSqlRow, departmentIds: number[], path: number[]): CommitmentScope {
  return {
    id,
    jurisdictionId: row.jurisdictionId,
    jurisdictionPath: path,
    leadDepartmentId: row.leadDepartmentId,
    departmentIds,
    reviewState: row.reviewState,
    reportId: row.reportId,
    status: row.status as Status,
    progress: row.progress,
    version: row.version,
  };
}

/** The permission scope of an item the ledger item page has read whole (getLedgerItem). */
export async function ledgerItemScope(item: NonNullable<Awaited<ReturnType<typeof getLedgerItem>>>) {
  const ids = item.cooperating.map((d) => d.id);
  return scopeOf(item.id, item, ids, await jurisdictionPath(item.jurisdictionId));
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

/** Which accepted items of a place a ledger view holds (year, department: lead, or lead and co-operating). */
function ledgerWhere(filter: LedgerFilter): Prisma.Sql {
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
  return Prisma.join(conditions, " AND ");
}

/** The lead department's name and the count of submitted updates, over `Commitment c`. */
const LEAD_AND_PENDING = Prisma.sql`d."name" AS "leadDepartmentName",
  (SELECT COUNT(*) FROM "StatusUpdate" u WHERE u."commitmentId" = c."id" AND u."state" = 'submitted')
    AS "pendingUpdates"
  FROM "Commitment" c LEFT JOIN "Department" d ON d."id" = c."leadDepartmentId"`;

const LEDGER_ORDER = Prisma.sql`ORDER BY c."year" DESC, c."reportId" ASC, c."ordinal" ASC, c."id" ASC`;

/**
 * What the ledger dashboard shows of each item (its table and roll-ups), in one statement: every
 * dashboard view runs it, and the whole rows were twice the page's data.
 */
export async function listLedgerLines(filter: LedgerFilter) {
  const rows = await db.$queryRaw<
    (Pick<LedgerSqlRow, "id" | "metric" | "status" | "progress" | "dueDate" | "leadDepartmentId" | "parentId"> &
      Pick<LedgerSqlRow, "leadDepartmentName" | "pendingUpdates">)[]
  >(Prisma.sql`SELECT c."id", c."metric", c."status", c."progress", c."dueDate", c."leadDepartmentId", c."parentId",
      ${LEAD_AND_PENDING}
    WHERE ${ledgerWhere(filter)} ${LEDGER_ORDER}`);
  return rows.map((row) => ({ ...row, status: row.status as Status, pendingUpdates: Number(row.pendingUpdates) }));
}

/**
 * The ledger's whole rows (exports, bulk updates), in two statements: the items with their lead
 * department and count of submitted updates, then the co-operating departments of those items.
 */
export async function listLedger(filter: LedgerFilter) {
  const rows = await db.$queryRaw<LedgerSqlRow[]>(Prisma.sql`SELECT c."id", c."metric", c."quote", c."target",
      c."unit", c."comparator", c."status", c."progress", c."actualValue", c."actualUnit", c."dueDate", c."sector",
      c."responsiblePerson", c."leadDepartmentId", c."parentId", c."version", ${LEAD_AND_PENDING}
    WHERE ${ledgerWhere(filter)} ${LEDGER_ORDER}`);
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
  return memoCurrent(`ledger-years:${jurisdictionId}`, async () => {
    const rows = await db.$queryRaw<{ year: number }[]>(Prisma.sql`SELECT DISTINCT "year" FROM "Commitment"
      WHERE "jurisdictionId" = ${jurisdictionId} AND "reviewState" = 'accepted' ORDER BY "year" DESC`);
    return rows.map((r) => Number(r.year));
  });
}

interface LedgerItemSqlRow extends TargetSqlRow {
  id: number;
  reportId: number | null;
  jurisdictionId: number;
  year: number;
  quote: string;
  kind: string;
  sector: string | null;
  reviewState: string;
  status: string;
  statusReason: string | null;
  progress: number;
  actualValue: number | null;
  actualUnit: string | null;
  leadDepartmentId: number | null;
  responsiblePerson: string | null;
  dueDate: Date | null;
  parentId: number | null;
  version: number;
  publishedAt: Date | null;
  updatedAt: Date;
  leadDepartmentName: string | null;
  reportTitle: string | null;
  reportYear: number | null;
  parentMetric: string | null;
  jurisdictionName: string;
  jurisdictionSlug: string;
  sessionId: number | null;
  sessionTitle: string | null;
  cooperating: unknown;
  hasChildren: boolean | number | bigint;
}

/**
 * One ledger item with what its page shows around it. Raw statements (the item with its one-to-one
 * neighbours joined, then its co-operating departments and its sub-tasks): Prisma's compiler took
 * several milliseconds of processor time for the nested read, on a page served uncached.
 */
export async function getLedgerItem(id: number) {
  const [row] = await db.$queryRaw<LedgerItemSqlRow[]>(Prisma.sql`SELECT c."id", c."reportId", c."jurisdictionId",
      c."year", c."quote", c."kind", c."metric", c."target", c."unit", c."comparator", c."growth", c."deadline",
      c."sector", c."reviewState", c."status", c."statusReason", c."progress", c."actualValue", c."actualUnit",
      c."leadDepartmentId", c."responsiblePerson", c."dueDate", c."parentId", c."version", c."publishedAt",
      c."updatedAt", d."name" AS "leadDepartmentName", r."title" AS "reportTitle", r."year" AS "reportYear",
      p."metric" AS "parentMetric", j."name" AS "jurisdictionName", j."slug" AS "jurisdictionSlug",
      lp."sessionId" AS "sessionId", vs."title" AS "sessionTitle", ${cooperatingDepartments()} AS "cooperating",
      EXISTS (SELECT 1 FROM "Commitment" k WHERE k."parentId" = c."id") AS "hasChildren"
    FROM "Commitment" c
      JOIN "Jurisdiction" j ON j."id" = c."jurisdictionId"
      LEFT JOIN "Department" d ON d."id" = c."leadDepartmentId"
      LEFT JOIN "Report" r ON r."id" = c."reportId"
      LEFT JOIN "Commitment" p ON p."id" = c."parentId"
      LEFT JOIN "LivelihoodProject" lp ON lp."commitmentId" = c."id"
      LEFT JOIN "VoteSession" vs ON vs."id" = lp."sessionId"
    WHERE c."id" = ${id}`);
  if (!row) return null;
  // Most items have no sub-tasks: then they are not asked for.
  const children = row.hasChildren
    ? await db.$queryRaw<ChildSqlRow[]>(Prisma.sql`SELECT c."id", c."metric", c."status", c."progress", c."dueDate",
          d."name" AS "leadDepartmentName"
        FROM "Commitment" c LEFT JOIN "Department" d ON d."id" = c."leadDepartmentId"
        WHERE c."parentId" = ${id} ORDER BY c."id"`)
    : [];
  const {
    leadDepartmentName,
    reportTitle,
    reportYear,
    parentMetric,
    jurisdictionName,
    jurisdictionSlug,
    sessionId,
    sessionTitle,
    cooperating,
    hasChildren: _hasChildren,
    ...item
  } = row;
  return {
    ...item,
    growth: Boolean(item.growth),
    status: item.status as Status,
    leadDepartment:
      item.leadDepartmentId !== null && leadDepartmentName !== null
        ? { id: item.leadDepartmentId, name: leadDepartmentName }
        : null,
    cooperating: jsonRows<{ id: number; name: string }>(cooperating),
    report:
      item.reportId !== null && reportTitle !== null
        ? { id: item.reportId, title: reportTitle, year: Number(reportYear) }
        : null,
    parent: item.parentId !== null && parentMetric !== null ? { id: item.parentId, metric: parentMetric } : null,
    children: children.map(({ leadDepartmentName, ...child }) => ({
      ...child,
      status: child.status as Status,
      leadDepartment: leadDepartmentName === null ? null : { name: leadDepartmentName },
    })),
    jurisdiction: { id: item.jurisdictionId, name: jurisdictionName, slug: jurisdictionSlug },
    livelihoodProject: sessionId === null ? null : { sessionId, session: { title: sessionTitle ?? "" } },
  };
}

interface ChildSqlRow {
  id: number;
  metric: string;
  status: string;
  progress: number;
  dueDate: Date | null;
  leadDepartmentName: string | null;
}

const ATTACH_CANDIDATES = 500;

/** Accepted items of the same report that could be grouped under this one. */
export async function attachCandidates(item: {
  id: number;
  reportId: number | null;
  jurisdictionId: number;
  year: number;
}): Promise<{ id: number; metric: string }[]> {
  // The same list for every item of the report (kept until a write), less the item itself.
  const all = await memoCurrent(`attach-candidates:${item.jurisdictionId}:${item.year}:${item.reportId}`, () => {
    const sameReport =
      item.reportId === null ? Prisma.sql`c."reportId" IS NULL` : Prisma.sql`c."reportId" = ${item.reportId}`;
    return db.$queryRaw<{ id: number; metric: string }[]>(Prisma.sql`SELECT c."id", c."metric" FROM "Commitment" c
      WHERE c."jurisdictionId" = ${item.jurisdictionId} AND c."year" = ${item.year} AND ${sameReport}
        AND c."reviewState" = 'accepted' AND c."parentId" IS NULL
        AND NOT EXISTS (SELECT 1 FROM "Commitment" k WHERE k."parentId" = c."id")
      ORDER BY c."ordinal" ASC, c."id" ASC
      LIMIT ${Prisma.raw(String(ATTACH_CANDIDATES + 1))}`);
  });
  return all.filter((c) => c.id !== item.id).slice(0, ATTACH_CANDIDATES);
}
