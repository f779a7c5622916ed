// SQL pieces shared by the public queries: what is public, the year-end verdict, 序时进度, search — and
// every construct that SQLite and PostgreSQL write differently, one helper each. Raw SQL elsewhere uses
// only portable SQL and these helpers; every column alias is quoted ("reportId"), since PostgreSQL folds
// unquoted names to lower case (tests/unit/raw-sql.test.ts checks both rules).
import { Prisma } from "../../../generated/prisma/client";
import { likePattern, searchTerms } from "~/domain/public/filters";
import { FROM_STATUS, FROM_VERDICT, OPEN } from "~/domain/public/assessment";
import { CLOSED_STATUSES, STATUSES } from "~/domain/vocab";
import { dialect } from "~/utils/db.server";

const sqlite = () => dialect() === "sqlite";

/** The statuses whose assessment is open (in progress, or reported not started). */
const OPEN_STATUSES = STATUSES.filter((s) => OPEN.includes(FROM_STATUS[s]));

/** The year (integer) of a timestamp column. SQLite stores ISO text ("2025-12-31T00:00:00.000+00:00"). */
export const yearOf = (column: Prisma.Sql) =>
  sqlite() ? Prisma.sql`CAST(substr(${column}, 1, 4) AS INTEGER)` : Prisma.sql`CAST(EXTRACT(YEAR FROM ${column}) AS INTEGER)`;

/** The month (1–12) of a timestamp column. */
export const monthOf = (column: Prisma.Sql) =>
  sqlite() ? Prisma.sql`CAST(substr(${column}, 6, 2) AS INTEGER)` : Prisma.sql`CAST(EXTRACT(MONTH FROM ${column}) AS INTEGER)`;

/** The larger of two values (SQLite's two-argument max). */
export const greatest = (a: Prisma.Sql, b: Prisma.Sql) =>
  sqlite() ? Prisma.sql`max(${a}, ${b})` : Prisma.sql`GREATEST(${a}, ${b})`;

/** The smaller of two values. */
export const least = (a: Prisma.Sql, b: Prisma.Sql) =>
  sqlite() ? Prisma.sql`min(${a}, ${b})` : Prisma.sql`LEAST(${a}, ${b})`;

/** A timestamp column before an instant, to the millisecond (both store UTC). */
export function timeBefore(column: Prisma.Sql, instant: Date): Prisma.Sql {
  const iso = instant.toISOString(); // 2025-12-31T00:00:00.000Z
  // SQLite: compared as text up to the milliseconds, whatever the zone suffix ("Z" or "+00:00").
  if (sqlite()) return Prisma.sql`substr(${column}, 1, 23) < ${iso.slice(0, 23)}`;
  return Prisma.sql`${column} < CAST(${iso.slice(0, 23).replace("T", " ")} AS TIMESTAMP(3))`;
}

/**
 * The rows of a subquery as one JSON array of objects, in the given order: a row's short list (its
 * departments) read in the row's own statement. `fields` maps each key to its expression; `from` is the
 * subquery's FROM … WHERE …. Read the value with `jsonRows` (PostgreSQL's driver parses it, SQLite's
 * gives the text).
 */
export function jsonArray(fields: Record<string, Prisma.Sql>, from: Prisma.Sql, orderBy: Prisma.Sql): Prisma.Sql {
  const pairs = Prisma.join(
    Object.entries(fields).map(([key, value]) => Prisma.sql`${Prisma.raw(`'${key.replace(/[^A-Za-z]/g, "")}'`)}, ${value}`),
  );
  return sqlite()
    ? Prisma.sql`(SELECT json_group_array(json_object(${pairs}) ORDER BY ${orderBy}) ${from})`
    : Prisma.sql`(SELECT coalesce(json_agg(json_build_object(${pairs}) ORDER BY ${orderBy}), '[]'::json) ${from})`;
}

/** The value of a `jsonArray` column. */
export function jsonRows<T>(value: unknown): T[] {
  if (typeof value === "string") return JSON.parse(value) as T[];
  return Array.isArray(value) ? (value as T[]) : [];
}

/**
 * Commitments whose sentence, metric, sector, named entities or paragraph hold every term of the
 * query (`c` is the Commitment), or null for an empty query; `everywhere` when no place narrows the
 * rows. SQLite: the FTS5 trigram index for terms of three characters or more, LIKE for shorter ones.
 * PostgreSQL: ILIKE on the same text, which the pg_trgm GIN index serves, and for two-character terms
 * a GIN index of the text's two-character pieces (the expressions must stay the indexes' ones).
 */
export function searchPredicate(q: string, everywhere = false): Prisma.Sql | null {
  const terms = searchTerms(q);
  const parts: Prisma.Sql[] = [];
  if (sqlite()) {
    if (terms.match)
      parts.push(
        Prisma.sql`c."id" IN (SELECT rowid FROM "CommitmentSearch" WHERE "CommitmentSearch" MATCH ${terms.match})`,
      );
    for (const term of terms.short) {
      const like = likePattern(term);
      parts.push(
        Prisma.sql`(c."quote" LIKE ${like} ESCAPE '\\' OR c."metric" LIKE ${like} ESCAPE '\\'
          OR coalesce(c."sector", '') LIKE ${like} ESCAPE '\\' OR c."entities" LIKE ${like} ESCAPE '\\'
          OR coalesce(c."paragraph", '') LIKE ${like} ESCAPE '\\')`,
      );
    }
  } else {
    const text = Prisma.sql`"taizhang_search_text"(c."quote", c."metric", c."sector", c."entities", c."paragraph")`;
    for (const term of terms.all) {
      parts.push(Prisma.sql`${text} ILIKE ${likePattern(term)} ESCAPE '\\'`);
      // Two characters, across every place: the bigram index narrows the rows first (the expression is
      // the index's). Within one place the place's index is narrower, and the pieces cost to compute.
      if (everywhere && [...term].length === 2)
        parts.push(Prisma.sql`"taizhang_bigrams"(${text}) @> ARRAY[lower(${term})]::TEXT[]`);
    }
  }
  return parts.length ? Prisma.join(parts, " AND ") : null;
}

/**
 * Public commitments: accepted, and from a published report (or made without a report, like a
 * chosen livelihood project). Needs `Commitment c LEFT JOIN Report r ON r.id = c.reportId`.
 */
export const PUBLIC_COMMITMENT = Prisma.sql`c."reviewState" = 'accepted' AND (c."reportId" IS NULL OR r."state" = 'published')`;

/** The same rule for Prisma queries. */
export const publicCommitmentWhere = {
  reviewState: "accepted",
  OR: [{ reportId: null }, { report: { state: "published" } }],
} satisfies Prisma.CommitmentWhereInput;

/** Only verdicts a supervisor confirmed or overrode are public; proposals never are. */
export const publicFollowUpWhere = {
  state: { in: ["confirmed", "overridden"] },
} satisfies Prisma.FollowUpWhereInput;

/** The confirmed (or overridden) verdict of the latest later report, else NULL. */
export const VERDICT = Prisma.sql`(SELECT f."verdict" FROM "FollowUp" f
  WHERE f."commitmentId" = c."id" AND f."state" IN ('confirmed', 'overridden') AND f."verdict" IS NOT NULL
  ORDER BY f."laterReportId" DESC LIMIT 1)`;

const DAY = 24 * 60 * 60 * 1000;

const CLOSED = Prisma.join(CLOSED_STATUSES.map((s) => Prisma.sql`${s}`));

/**
 * The pieces of progressState (app/domain/progress/expected.ts) as SQL over `c`: expected progress
 * in whole points (m/12 for a yearly task, rounded half up with integer arithmetic), overdue, and
 * the traffic light. NULL light for closed items and items without a due date, as in the domain.
 */
export function progressSql(today: Date) {
  const todayMonth = today.getUTCFullYear() * 12 + today.getUTCMonth();
  const due = Prisma.sql`c."dueDate"`;
  const months = monthOf(due);
  // Parameters may be bound as REAL: cast, so the division below is an integer division.
  const elapsed = Prisma.sql`(CAST(${todayMonth} AS INTEGER) - ${yearOf(due)} * 12 + 1)`;
  const expected = Prisma.sql`((200 * ${greatest(Prisma.sql`0`, least(months, elapsed))} + ${months}) / (2 * ${months}))`;
  const open = Prisma.sql`(c."status" NOT IN (${CLOSED}) AND c."dueDate" IS NOT NULL)`;
  const late = timeBefore(due, new Date(today.getTime() - DAY + 1));
  const overdue = Prisma.sql`(${open} AND ${late})`;
  const gap = Prisma.sql`(c."progress" - ${expected})`;
  const light = Prisma.sql`(CASE WHEN NOT ${open} THEN NULL
    WHEN ${late} OR ${gap} < -30 THEN 'red'
    WHEN ${gap} <= -10 THEN 'yellow' ELSE 'green' END)`;
  return {
    expected: Prisma.sql`(CASE WHEN ${open} THEN ${expected} END)`,
    gap: Prisma.sql`(CASE WHEN ${open} THEN ${gap} END)`,
    overdue,
    light,
  };
}

export const num = (value: unknown): number => (typeof value === "bigint" ? Number(value) : Number(value ?? 0));

/** The later report whose verdict is public (the source of a verdict), else NULL. */
export const VERDICT_REPORT = Prisma.sql`(SELECT f."laterReportId" FROM "FollowUp" f
  WHERE f."commitmentId" = c."id" AND f."state" IN ('confirmed', 'overridden') AND f."verdict" IS NOT NULL
  ORDER BY f."laterReportId" DESC LIMIT 1)`;

/**
 * Whether anything was ever reported on the promise (app/domain/public/assessment.ts `reported`): a
 * status other than the default, progress, a published update, or a status the supervision office set.
 */
export const REPORTED = Prisma.sql`(c."status" <> 'not_started' OR c."progress" > 0
  OR EXISTS (SELECT 1 FROM "StatusUpdate" u WHERE u."commitmentId" = c."id" AND u."state" = 'published')
  OR EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a."entity" = 'commitment' AND a."entityId" = c."id"
    AND a."action" IN ('status', 'verify')))`;

/**
 * `assess()` as SQL over `c`, built from the same tables: the public assessment key, and whether the
 * promise is open (so that its light and overdue flag count).
 */
export function assessmentSql() {
  const verdictCases = Object.entries(FROM_VERDICT).map(([v, key]) => Prisma.sql`WHEN ${v} THEN ${key}`);
  const statusCases = Object.entries(FROM_STATUS).map(([s, key]) => Prisma.sql`WHEN ${s} THEN ${key}`);
  const byVerdict = Prisma.sql`(CASE ${VERDICT} ${Prisma.join(verdictCases, " ")} END)`;
  const key = Prisma.sql`coalesce(${byVerdict}, CASE WHEN c."status" = 'not_started' AND NOT ${REPORTED} THEN 'no_data'
    ELSE (CASE c."status" ${Prisma.join(statusCases, " ")} END) END)`;
  const open = Prisma.sql`(${byVerdict} IS NULL AND c."status" IN (${Prisma.join(OPEN_STATUSES)}) AND ${REPORTED})`;
  return { key, open };
}
