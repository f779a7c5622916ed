// What the public sees of follow-ups: confirmed verdicts with their citation, and carry-over chains.
import { db } from "../utils/db.server";

/** Only verdicts a supervisor confirmed or overrode are public; proposals never are. */
export const PUBLIC_FOLLOWUP = { state: { in: ["confirmed", "overridden"] } };

export const publicFollowUpSelect = {
  id: true,
  verdict: true,
  state: true,
  reason: true,
  resultQuote: true,
  resultValue: true,
  resultUnit: true,
  confirmedAt: true,
  laterReport: { select: { id: true, year: true, title: true } },
} as const;

/** Confirmed verdicts on a published promise, newest report first (for the item page and the scorecard). */
export async function publicFollowUps(commitmentId: number) {
  return db.followUp.findMany({
    where: { commitmentId, ...PUBLIC_FOLLOWUP, commitment: { publishedAt: { not: null } } },
    orderBy: { laterReport: { year: "desc" } },
    select: publicFollowUpSelect,
  });
}

const chainSelect = { id: true, year: true, quote: true, reportId: true, publishedAt: true } as const;

export interface ChainLink {
  id: number;
  year: number;
  quote: string;
  reportId: number | null;
}

type ChainRow = ChainLink & { publishedAt: Date | null };

/**
 * The carry-over chain (结转) through a promise, oldest first: the promises it continues and the ones that
 * continue it. `publicOnly` leaves out promises not yet published.
 */
export async function carryOverChain(commitmentId: number, publicOnly = true): Promise<ChainLink[]> {
  const start = await db.commitment.findUnique({
    where: { id: commitmentId },
    select: { ...chainSelect, carriedOverFromId: true },
  });
  if (!start) return [];
  const back: ChainRow[] = [];
  const seen = new Set([start.id]);
  let fromId = start.carriedOverFromId;
  while (fromId !== null && !seen.has(fromId) && back.length < 20) {
    seen.add(fromId);
    const row = await db.commitment.findUnique({
      where: { id: fromId },
      select: { ...chainSelect, carriedOverFromId: true },
    });
    if (!row) break;
    back.unshift(row);
    fromId = row.carriedOverFromId;
  }
  const forward: ChainRow[] = [];
  let current = start.id;
  while (forward.length < 20) {
    const next = await db.commitment.findUnique({ where: { carriedOverFromId: current }, select: chainSelect });
    if (!next || seen.has(next.id)) break;
    seen.add(next.id);
    forward.push(next);
    current = next.id;
  }
  const chain = [...back, start, ...forward];
  const shown = publicOnly ? chain.filter((c) => c.publishedAt !== null) : chain;
  if (shown.length < 2) return [];
  return shown.map(({ id, year, quote, reportId }) => ({ id, year, quote, reportId }));
}
