// The paragraph of each promise, stored beside it so that search finds a promise by any word of its
// paragraph (app/models/public/sql.server.ts, searchPredicate). It is the paragraph the item page shows.
import { paragraphText } from "~/domain/public/report-view";
import { normalise } from "~/domain/text/normalise";
import { db } from "~/utils/db.server";
import { auditSubject, recordAudit, SYSTEM_ACTOR } from "~/models/audit.server";

export interface Clause {
  start: number | null;
  end: number | null;
  quote: string;
}

/** Reads the report text once; then gives each clause's paragraph ("" when it cannot be found). */
export function paragraphFinder(text: string): (clause: Clause) => string {
  const clean = normalise(text);
  return (clause) => paragraphText(clean, { id: 0, ...clause }) ?? "";
}

/** The paragraph of one clause of a report's text. */
export function paragraphOfClause(text: string, clause: Clause): string {
  return paragraphFinder(text)(clause);
}

/**
 * Fills the paragraph of promises stored before it was kept (`npm start` runs it through `demo`).
 * One transaction per report; the promises' update times are left as they were. Returns how many.
 */
export async function fillMissingParagraphs(): Promise<number> {
  const reports = await db.report.findMany({
    where: { commitments: { some: { paragraph: null } } },
    select: { id: true, jurisdictionId: true },
    orderBy: { id: "asc" },
  });
  let filled = 0;
  for (const report of reports) {
    filled += await db.$transaction(async (tx) => {
      const { text } = await tx.report.findUniqueOrThrow({ where: { id: report.id }, select: { text: true } });
      const rows = await tx.commitment.findMany({
        where: { reportId: report.id, paragraph: null },
        select: { id: true, quoteStart: true, quoteEnd: true, quote: true, updatedAt: true },
      });
      const find = paragraphFinder(text);
      for (const row of rows)
        await tx.commitment.update({
          where: { id: row.id },
          data: {
            paragraph: find({ start: row.quoteStart, end: row.quoteEnd, quote: row.quote }),
            updatedAt: row.updatedAt,
          },
        });
      await recordAudit(tx, {
        actor: SYSTEM_ACTOR,
        ...auditSubject("report", report),
        action: "search_index",
        after: { paragraphs: rows.length },
      });
      return rows.length;
    });
  }
  return filled;
}
