// The public assessment of given promises, from the same SQL pieces as the list and the scorecard.
import { assess, type Assessment } from "~/domain/public/assessment";
import type { Light } from "~/domain/progress/expected";
import type { Status, Verdict } from "~/domain/vocab";
import { Prisma } from "../../../generated/prisma/client";
import { db } from "~/utils/db.server";
import { REPORTED, VERDICT, VERDICT_REPORT, num, progressSql } from "~/models/public/sql.server";

export interface AssessedItem {
  assessment: Assessment;
  /** The later report whose confirmed verdict decided, when one did. */
  verdictReport: { id: number; title: string; published: boolean } | null;
}

interface Row {
  id: number | bigint;
  status: string;
  verdict: string | null;
  verdictReportId: number | bigint | null;
  reported: number | bigint | boolean;
  light: string | null;
  overdue: number | bigint | boolean | null;
}

/** Each promise's assessment by id (ids that do not exist are left out). */
export async function assessmentsOf(ids: readonly number[], today: Date): Promise<Map<number, AssessedItem>> {
  if (ids.length === 0) return new Map();
  const p = progressSql(today);
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    SELECT c."id" AS "id", c."status" AS "status", ${VERDICT} AS "verdict", ${VERDICT_REPORT} AS "verdictReportId",
      ${REPORTED} AS "reported", ${p.light} AS "light", ${p.overdue} AS "overdue"
    FROM "Commitment" c WHERE c."id" IN (${Prisma.join([...ids])})`);
  const reportIds = [...new Set(rows.flatMap((r) => (r.verdictReportId === null ? [] : [num(r.verdictReportId)])))];
  const reports = reportIds.length
    ? await db.$queryRaw<{ id: number; title: string; state: string }[]>(
        Prisma.sql`SELECT "id", "title", "state" FROM "Report" WHERE "id" IN (${Prisma.join(reportIds)})`,
      )
    : [];
  const result = new Map<number, AssessedItem>();
  for (const r of rows) {
    const assessment = assess({
      status: r.status as Status,
      verdict: (r.verdict as Verdict | null) ?? null,
      reported: num(r.reported) === 1,
      light: (r.light as Light | null) ?? null,
      overdue: num(r.overdue) === 1,
    });
    const report = r.verdictReportId === null ? undefined : reports.find((x) => x.id === num(r.verdictReportId));
    result.set(num(r.id), {
      assessment,
      verdictReport:
        assessment.source === "verdict" && report
          ? { id: report.id, title: report.title, published: report.state === "published" }
          : null,
    });
  }
  return result;
}
