// The scorecard of one jurisdiction and year: one grouped SQL pass, memoised per data version.
import type { Light } from "~/domain/progress/expected";
import { assess } from "~/domain/public/assessment";
import { buildScorecard, type ScoreGroup } from "~/domain/public/scorecard";
import type { Status, Verdict } from "~/domain/vocab";
import { Prisma } from "../../../generated/prisma/client";
import { db } from "~/utils/db.server";
import { PUBLIC_COMMITMENT, REPORTED, VERDICT, num, progressSql } from "~/models/public/sql.server";
import { dataVersion, memo } from "~/models/public/version.server";

interface GroupRow {
  status: string;
  verdict: string | null;
  reported: number | bigint | boolean;
  sector: string | null;
  departmentId: number | bigint | null;
  light: string | null;
  overdue: number | bigint | boolean;
  n: number | bigint;
}

/** Top-level public promises of the year, counted by every dimension the scorecard shows. */
async function scoreGroups(jurisdictionId: number, year: number, today: Date): Promise<ScoreGroup[]> {
  const p = progressSql(today);
  // Grouped outside: PostgreSQL cannot group by a correlated subquery (the verdict) in place.
  const rows = await db.$queryRaw<GroupRow[]>(Prisma.sql`
    SELECT x."status" AS "status", x."verdict" AS "verdict", x."reported" AS "reported", x."sector" AS "sector",
      x."departmentId" AS "departmentId", x."light" AS "light", x."overdue" AS "overdue", count(*) AS "n"
    FROM (SELECT c."status" AS "status", ${VERDICT} AS "verdict", ${REPORTED} AS "reported", c."sector" AS "sector",
        c."leadDepartmentId" AS "departmentId", ${p.light} AS "light", ${p.overdue} AS "overdue"
      FROM "Commitment" c LEFT JOIN "Report" r ON r."id" = c."reportId"
      WHERE c."jurisdictionId" = ${jurisdictionId} AND c."year" = ${year} AND c."parentId" IS NULL
        AND ${PUBLIC_COMMITMENT}) x
    GROUP BY 1, 2, 3, 4, 5, 6, 7`);
  return rows.map((r) => ({
    status: r.status as Status,
    verdict: (r.verdict as Verdict | null) ?? null,
    reported: num(r.reported) === 1,
    sector: r.sector,
    departmentId: r.departmentId === null ? null : num(r.departmentId),
    light: (r.light as Light | null) ?? null,
    overdue: Boolean(num(r.overdue)),
    count: num(r.n),
  }));
}

async function departmentNames(jurisdictionId: number): Promise<Record<number, string>> {
  const rows = await db.department.findMany({ where: { jurisdictionId }, select: { id: true, name: true } });
  return Object.fromEntries(rows.map((d) => [d.id, d.name]));
}

export async function getScorecard(jurisdictionId: number, year: number, today: Date, version?: string) {
  const day = today.toISOString().slice(0, 10);
  return memo(`scorecard:${jurisdictionId}:${year}:${day}`, version ?? (await dataVersion()), async () => {
    const [groups, departments] = await Promise.all([
      scoreGroups(jurisdictionId, year, today),
      departmentNames(jurisdictionId),
    ]);
    return { ...buildScorecard(groups), departments };
  });
}

/** Each jurisdiction's latest published year with its promise count and kept share (the home page). */
export async function latestScores(version?: string) {
  return memo("latest-scores", version ?? (await dataVersion()), async () => {
    const rows = await db.$queryRaw<
      {
        jid: number | bigint;
        year: number | bigint;
        status: string;
        verdict: string | null;
        reported: number | bigint | boolean;
        n: number | bigint;
      }[]
    >(Prisma.sql`
      WITH "latest" AS (
        SELECT "jurisdictionId" AS "jid", max(coalesce("planYear", "year")) AS "y"
        FROM "Report" WHERE "state" = 'published' GROUP BY 1),
      "rows" AS (
        SELECT l."jid" AS "jid", l."y" AS "year", c."status" AS "status", ${VERDICT} AS "verdict",
          ${REPORTED} AS "reported"
        FROM "latest" l JOIN "Commitment" c ON c."jurisdictionId" = l."jid" AND c."year" = l."y"
          LEFT JOIN "Report" r ON r."id" = c."reportId"
        WHERE c."parentId" IS NULL AND ${PUBLIC_COMMITMENT})
      SELECT "jid", "year", "status", "verdict", "reported", count(*) AS "n" FROM "rows"
      GROUP BY 1, 2, 3, 4, 5`);
    const scores = new Map<number, { year: number; total: number; kept: number }>();
    for (const r of rows) {
      const id = num(r.jid);
      const score = scores.get(id) ?? { year: num(r.year), total: 0, kept: 0 };
      score.total += num(r.n);
      const verdict = (r.verdict as Verdict | null) ?? null;
      const { kept } = assess({ status: r.status as Status, verdict, reported: num(r.reported) === 1, light: null, overdue: false });
      if (kept) score.kept += num(r.n);
      scores.set(id, score);
    }
    return scores;
  });
}
