// The public list of promises: filters, Chinese full-text search, sorting and paging in one SQL query.
import type { Light } from "~/domain/progress/expected";
import type { ListFilters } from "~/domain/public/filters";
import type { Kind, Status, Verdict } from "~/domain/vocab";
import { Prisma } from "../../../generated/prisma/client";
import { db } from "~/utils/db.server";
import { assess, type Assessment } from "~/domain/public/assessment";
import {
  PUBLIC_COMMITMENT,
  REPORTED,
  VERDICT,
  VERDICT_REPORT,
  assessmentSql,
  num,
  progressSql,
  searchPredicate,
} from "~/models/public/sql.server";
import { dataVersion, memo } from "~/models/public/version.server";
import type { CommitmentTarget } from "~/models/extracted-fields";

export interface ListScope {
  /** null: every jurisdiction (the API without ?jurisdiction=). */
  jurisdictionId: number | null;
  filters: ListFilters;
  today: Date;
}

export interface PublicListItem extends CommitmentTarget {
  id: number;
  jurisdiction: { slug: string; name: string };
  reportId: number | null;
  year: number;
  quote: string;
  kind: Kind;
  sector: string | null;
  leadDepartment: string | null;
  status: Status;
  progress: number;
  expected: number | null;
  dueDate: string | null;
  overdue: boolean;
  light: Light | null;
  verdict: Verdict | null;
  /** The later report the verdict comes from. */
  verdictReportId: number | null;
  reported: boolean;
  /** The one public assessment (verdict, else status, else "no data"), with the light of an open promise. */
  assessment: Assessment;
  isLivelihood: boolean;
}

interface Row {
  id: number | bigint;
  slug: string;
  jname: string;
  reportId: number | bigint | null;
  year: number | bigint;
  quote: string;
  kind: string;
  metric: string;
  target: number | null;
  unit: string | null;
  comparator: string | null;
  growth: number | bigint | boolean;
  deadline: number | bigint | null;
  sector: string | null;
  department: string | null;
  status: string;
  progress: number | bigint;
  expected: number | bigint | null;
  dueDate: Date | string | null;
  overdue: number | bigint | boolean | null;
  light: string | null;
  verdict: string | null;
  verdictReportId: number | bigint | null;
  reported: number | bigint | boolean;
  isLivelihood: number | bigint | boolean;
}

function whereOf({ jurisdictionId, filters: f, today }: ListScope): Prisma.Sql {
  const p = progressSql(today);
  const a = assessmentSql();
  const parts: Prisma.Sql[] = [Prisma.sql`c."parentId" IS NULL`, PUBLIC_COMMITMENT];
  if (f.assessment) parts.push(Prisma.sql`${a.key} = ${f.assessment}`);
  if (jurisdictionId !== null) parts.push(Prisma.sql`c."jurisdictionId" = ${jurisdictionId}`);
  if (f.year !== null) parts.push(Prisma.sql`c."year" = ${f.year}`);
  if (f.status) parts.push(Prisma.sql`c."status" = ${f.status}`);
  if (f.kind) parts.push(Prisma.sql`c."kind" = ${f.kind}`);
  if (f.sector) parts.push(Prisma.sql`c."sector" = ${f.sector}`);
  if (f.department === "none") parts.push(Prisma.sql`c."leadDepartmentId" IS NULL`);
  else if (f.department !== null) parts.push(Prisma.sql`c."leadDepartmentId" = ${f.department}`);
  // Lights and overdue belong to open promises only, as in the assessment.
  if (f.light === "none") parts.push(Prisma.sql`NOT (${a.open} AND ${p.light} IS NOT NULL)`);
  else if (f.light) parts.push(Prisma.sql`${a.open} AND ${p.light} = ${f.light}`);
  if (f.overdue) parts.push(Prisma.sql`${a.open} AND ${p.overdue}`);
  if (f.verdict === "none") parts.push(Prisma.sql`${VERDICT} IS NULL`);
  else if (f.verdict) parts.push(Prisma.sql`${VERDICT} = ${f.verdict}`);
  const search = searchPredicate(f.q, jurisdictionId === null);
  if (search) parts.push(search);
  return Prisma.join(parts, " AND ");
}

function orderOf(scope: ListScope): Prisma.Sql {
  const p = progressSql(scope.today);
  switch (scope.filters.sort) {
    case "progress_desc":
      return Prisma.sql`c."progress" DESC, c."id"`;
    case "progress_asc":
      return Prisma.sql`c."progress" ASC, c."id"`;
    case "due":
      return Prisma.sql`c."dueDate" IS NULL, c."dueDate", c."id"`;
    case "behind":
      return Prisma.sql`${p.gap} IS NULL, ${p.gap}, c."id"`;
    default:
      // NULLS FIRST: SQLite's order for NULL, which PostgreSQL puts last unless told.
      return Prisma.sql`c."year" DESC, c."jurisdictionId", c."reportId" NULLS FIRST, c."ordinal", c."id"`;
  }
}

const FROM = Prisma.sql`FROM "Commitment" c LEFT JOIN "Report" r ON r."id" = c."reportId"`;

async function selectRows(scope: ListScope, limit: number, offset: number): Promise<PublicListItem[]> {
  const p = progressSql(scope.today);
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    SELECT c."id" AS "id", j."slug" AS "slug", j."name" AS "jname", c."reportId" AS "reportId", c."year" AS "year",
      c."quote" AS "quote", c."kind" AS "kind", c."metric" AS "metric", c."target" AS "target", c."unit" AS "unit",
      c."comparator" AS "comparator", c."growth" AS "growth", c."deadline" AS "deadline", c."sector" AS "sector",
      d."name" AS "department", c."status" AS "status", c."progress" AS "progress", ${p.expected} AS "expected",
      c."dueDate" AS "dueDate", ${p.overdue} AS "overdue", ${p.light} AS "light", ${VERDICT} AS "verdict",
      ${VERDICT_REPORT} AS "verdictReportId", ${REPORTED} AS "reported", c."isLivelihood" AS "isLivelihood"
    FROM (SELECT c."id" ${FROM} WHERE ${whereOf(scope)} ORDER BY ${orderOf(scope)} LIMIT ${limit} OFFSET ${offset}) "page"
    JOIN "Commitment" c ON c."id" = "page"."id"
    JOIN "Jurisdiction" j ON j."id" = c."jurisdictionId"
    LEFT JOIN "Department" d ON d."id" = c."leadDepartmentId"
    ORDER BY ${orderOf(scope)}`);
  return rows.map((r) => toItem(r));
}

function toItem(r: Row): PublicListItem {
  const status = r.status as Status;
  const verdict = (r.verdict as Verdict | null) ?? null;
  const light = (r.light as Light | null) ?? null;
  const overdue = num(r.overdue) === 1;
  const reported = Boolean(num(r.reported));
  return {
    id: num(r.id),
    jurisdiction: { slug: r.slug, name: r.jname },
    reportId: r.reportId === null ? null : num(r.reportId),
    year: num(r.year),
    quote: r.quote,
    kind: r.kind as Kind,
    metric: r.metric,
    target: r.target,
    unit: r.unit,
    comparator: r.comparator,
    growth: Boolean(num(r.growth)),
    deadline: r.deadline === null ? null : num(r.deadline),
    sector: r.sector,
    leadDepartment: r.department,
    status,
    progress: num(r.progress),
    expected: r.expected === null ? null : num(r.expected),
    dueDate: r.dueDate ? new Date(r.dueDate).toISOString().slice(0, 10) : null,
    overdue,
    light,
    verdict,
    verdictReportId: r.verdictReportId === null ? null : num(r.verdictReportId),
    reported,
    assessment: assess({ status, verdict, reported, light, overdue }),
    isLivelihood: Boolean(num(r.isLivelihood)),
  };
}

/** How many rows match; with `upTo`, counting stops there (a search across every place and year). */
async function countRows(scope: ListScope, upTo?: number): Promise<number> {
  const matching = Prisma.sql`${FROM} WHERE ${whereOf(scope)}`;
  const [row] = await db.$queryRaw<{ n: number | bigint }[]>(
    upTo === undefined
      ? Prisma.sql`SELECT count(*) AS "n" ${matching}`
      : Prisma.sql`SELECT count(*) AS "n" FROM (SELECT 1 ${matching} LIMIT ${upTo}) "upTo"`,
  );
  return num(row?.n);
}

const keyOf = (scope: ListScope) =>
  JSON.stringify([scope.jurisdictionId, scope.filters, scope.today.toISOString().slice(0, 10)]);

/** One page of the filtered list and the total, memoised per data version. */
/**
 * One page of the filtered list and the total, memoised per data version. With `countUpTo`, a total of
 * that many means "at least" (`capped`): counting every match of a common word among a million
 * promises would cost more than the page itself.
 */
export async function listPublicCommitments(scope: ListScope, version?: string, countUpTo?: number) {
  const v = version ?? (await dataVersion());
  const { page, perPage } = scope.filters;
  return memo(`list:${keyOf(scope)}:${countUpTo ?? ""}`, v, async () => {
    const [items, total] = await Promise.all([
      selectRows(scope, perPage, (page - 1) * perPage),
      countRows(scope, countUpTo),
    ]);
    return { items, total, page, perPage, capped: countUpTo !== undefined && total >= countUpTo };
  });
}

export const MAX_EXPORT_ROWS = 20_000;

/** Every row of the filtered list (up to MAX_EXPORT_ROWS) for CSV and JSON downloads. */
export async function exportPublicCommitments(scope: ListScope) {
  const [items, total] = await Promise.all([selectRows(scope, MAX_EXPORT_ROWS, 0), countRows(scope)]);
  return { items, total, truncated: total > items.length };
}

/** The sectors and lead departments that occur (for the filter menus), with their counts. */
export async function listFacets(jurisdictionId: number, year: number | null, version?: string) {
  const v = version ?? (await dataVersion());
  return memo(`facets:${jurisdictionId}:${year}`, v, async () => {
    const yearSql = year === null ? Prisma.empty : Prisma.sql`AND c."year" = ${year}`;
    const rows = await db.$queryRaw<{ sector: string | null; departmentId: number | bigint | null; n: number | bigint }[]>(
      Prisma.sql`SELECT c."sector" AS "sector", c."leadDepartmentId" AS "departmentId", count(*) AS "n" ${FROM}
        WHERE c."jurisdictionId" = ${jurisdictionId} ${yearSql} AND c."parentId" IS NULL AND ${PUBLIC_COMMITMENT}
        GROUP BY 1, 2`,
    );
    const departments = await db.department.findMany({
      where: { jurisdictionId },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    });
    const sectors = new Map<string, number>();
    const byDepartment = new Map<number, number>();
    for (const r of rows) {
      if (r.sector) sectors.set(r.sector, (sectors.get(r.sector) ?? 0) + num(r.n));
      if (r.departmentId !== null)
        byDepartment.set(num(r.departmentId), (byDepartment.get(num(r.departmentId)) ?? 0) + num(r.n));
    }
    return {
      sectors: [...sectors].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count),
      departments: departments
        .filter((d) => byDepartment.has(d.id))
        .map((d) => ({ id: d.id, name: d.name, count: byDepartment.get(d.id) ?? 0 })),
    };
  });
}
