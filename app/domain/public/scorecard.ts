// The public scorecard: counts, shares and the "promises kept" figure from grouped counts.
import type { Light } from "~/domain/progress/expected";
import { CLOSED_STATUSES, STATUSES, VERDICTS, type Status, type Verdict } from "~/domain/vocab";

/** One group of promises sharing these values (the SQL GROUP BY row). */
export interface ScoreGroup {
  status: Status;
  verdict: Verdict | null;
  sector: string | null;
  departmentId: number | null;
  light: Light | null;
  overdue: boolean;
  count: number;
}

export interface Count<K> {
  key: K;
  count: number;
  share: number; // 0–1 of the total
}

export interface Breakdown<K> {
  key: K;
  total: number;
  kept: number;
  closed: number;
  red: number;
  overdue: number;
  keptShare: number;
}

export interface Scorecard {
  total: number;
  kept: Count<"kept">;
  /** Reported done by the department but not yet verified and without a verdict. */
  awaitingVerification: number;
  byStatus: Count<Status>[];
  byVerdict: Count<Verdict | "none">[];
  lights: Count<Light | "none">[];
  overdue: number;
  bySector: Breakdown<string | null>[];
  byDepartment: Breakdown<number | null>[];
}

/**
 * Kept: the next report's confirmed verdict says achieved, or — without a confirmed verdict — the
 * supervision office verified it (已销号). A confirmed verdict always wins over the status.
 */
export function isKept(status: Status, verdict: Verdict | null): boolean {
  return verdict ? verdict === "achieved" : status === "verified";
}

export const share = (count: number, total: number) => (total > 0 ? count / total : 0);

function breakdown<K>(groups: ScoreGroup[], keyOf: (g: ScoreGroup) => K): Breakdown<K>[] {
  const rows = new Map<K, Breakdown<K>>();
  for (const g of groups) {
    const key = keyOf(g);
    const row = rows.get(key) ?? { key, total: 0, kept: 0, closed: 0, red: 0, overdue: 0, keptShare: 0 };
    row.total += g.count;
    if (isKept(g.status, g.verdict)) row.kept += g.count;
    if (CLOSED_STATUSES.includes(g.status)) row.closed += g.count;
    if (g.light === "red") row.red += g.count;
    if (g.overdue) row.overdue += g.count;
    rows.set(key, row);
  }
  return [...rows.values()]
    .map((row) => ({ ...row, keptShare: share(row.kept, row.total) }))
    .sort((a, b) => b.total - a.total || (a.key === null ? 1 : b.key === null ? -1 : String(a.key) < String(b.key) ? -1 : 1));
}

export function buildScorecard(groups: ScoreGroup[]): Scorecard {
  const total = groups.reduce((sum, g) => sum + g.count, 0);
  const sum = (test: (g: ScoreGroup) => boolean) => groups.reduce((n, g) => (test(g) ? n + g.count : n), 0);
  const count = <K>(key: K, n: number): Count<K> => ({ key, count: n, share: share(n, total) });
  const kept = sum((g) => isKept(g.status, g.verdict));
  return {
    total,
    kept: count("kept", kept),
    awaitingVerification: sum((g) => g.status === "done" && g.verdict === null),
    byStatus: STATUSES.map((s) => count(s, sum((g) => g.status === s))),
    byVerdict: [...VERDICTS, "none" as const].map((v) =>
      count(
        v,
        sum((g) => (g.verdict ?? "none") === v),
      ),
    ),
    lights: (["green", "yellow", "red", "none"] as const).map((l) => count(l, sum((g) => (g.light ?? "none") === l))),
    overdue: sum((g) => g.overdue),
    bySector: breakdown(groups, (g) => g.sector),
    byDepartment: breakdown(groups, (g) => g.departmentId),
  };
}

/** A share as a whole percentage for display (never 100% unless all, never 0% unless none). */
export function percent(value: number): number {
  if (value <= 0) return 0;
  if (value >= 1) return 100;
  return Math.min(99, Math.max(1, Math.round(value * 100)));
}
