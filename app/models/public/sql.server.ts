// SQL pieces shared by the public queries: what is public, the year-end verdict, and 序时进度 in SQL.
import { Prisma } from "../../../generated/prisma/client";
import { FROM_STATUS, FROM_VERDICT, OPEN } from "~/domain/public/assessment";
import { CLOSED_STATUSES, STATUSES } from "~/domain/vocab";

/** The statuses whose assessment is open (in progress, or reported not started). */
const OPEN_STATUSES = STATUSES.filter((s) => OPEN.includes(FROM_STATUS[s]));

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

const CLOSED = Prisma.join(CLOSED_STATUSES.map((s) => Prisma.sql`${s}`));

/** Dates are stored by the SQLite adapter as ISO text with "+00:00"; comparing text compares times. */
const sqlDate = (date: Date) => date.toISOString().replace("Z", "+00:00");

const DAY = 24 * 60 * 60 * 1000;

/**
 * The pieces of progressState (app/domain/progress/expected.ts) as SQL over `c`: expected progress
 * in whole points (m/12 for a yearly task, rounded half up with integer arithmetic), overdue, and
 * the traffic light. NULL light for closed items and items without a due date, as in the domain.
 */
export function progressSql(today: Date) {
  const todayMonth = today.getUTCFullYear() * 12 + today.getUTCMonth();
  const dueYear = Prisma.sql`CAST(substr(c."dueDate", 1, 4) AS INTEGER)`;
  const months = Prisma.sql`CAST(substr(c."dueDate", 6, 2) AS INTEGER)`;
  // Parameters may be bound as REAL: cast, so the division below is an integer division.
  const elapsed = Prisma.sql`(CAST(${todayMonth} AS INTEGER) - ${dueYear} * 12 + 1)`;
  const expected = Prisma.sql`((200 * max(0, min(${months}, ${elapsed})) + ${months}) / (2 * ${months}))`;
  const open = Prisma.sql`(c."status" NOT IN (${CLOSED}) AND c."dueDate" IS NOT NULL)`;
  // Compared as text up to the milliseconds, whatever the zone suffix ("Z" or "+00:00").
  const cutoff = sqlDate(new Date(today.getTime() - DAY + 1)).slice(0, 23);
  const due = Prisma.sql`substr(c."dueDate", 1, 23)`;
  const overdue = Prisma.sql`(${open} AND ${due} < ${cutoff})`;
  const gap = Prisma.sql`(c."progress" - ${expected})`;
  const light = Prisma.sql`(CASE WHEN NOT ${open} THEN NULL
    WHEN ${due} < ${cutoff} OR ${gap} < -30 THEN 'red'
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
