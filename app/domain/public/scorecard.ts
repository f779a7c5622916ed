// The public scorecard: counts, shares and the "promises kept" figure from grouped counts, all by the public assessment.
import type { Light } from "~/domain/progress/expected";
import { assess, ASSESSMENT_KEYS, type AssessmentKey } from "~/domain/public/assessment";
import type { Status, Verdict } from "~/domain/vocab";

/** One group of promises sharing these values (the SQL GROUP BY row). */
export interface ScoreGroup {
  status: Status;
  verdict: Verdict | null;
  reported: boolean;
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
  red: number;
  overdue: number;
  noData: number;
  keptShare: number;
}

export interface Scorecard {
  total: number;
  kept: Count<"kept">;
  /** Reported done by the department but not yet verified and without a verdict. */
  awaitingVerification: number;
  /** Every assessment in precedence order, zeros included; the counts add up to the total. */
  byAssessment: Count<AssessmentKey>[];
  /** Lights of open promises; "none" counts every other promise. */
  lights: Count<Light | "none">[];
  overdue: number;
  bySector: Breakdown<string | null>[];
  byDepartment: Breakdown<number | null>[];
}

export const share = (count: number, total: number) => (total > 0 ? count / total : 0);

const assessGroup = (g: ScoreGroup) => assess(g);

function breakdown<K>(groups: ScoreGroup[], keyOf: (g: ScoreGroup) => K): Breakdown<K>[] {
  const rows = new Map<K, Breakdown<K>>();
  for (const g of groups) {
    const key = keyOf(g);
    const a = assessGroup(g);
    const row = rows.get(key) ?? { key, total: 0, kept: 0, red: 0, overdue: 0, noData: 0, keptShare: 0 };
    row.total += g.count;
    if (a.kept) row.kept += g.count;
    if (a.light === "red") row.red += g.count;
    if (a.overdue) row.overdue += g.count;
    if (a.key === "no_data") row.noData += g.count;
    rows.set(key, row);
  }
  return [...rows.values()]
    .map((row) => ({ ...row, keptShare: share(row.kept, row.total) }))
    .sort(
      (a, b) =>
        b.total - a.total || (a.key === null ? 1 : b.key === null ? -1 : String(a.key) < String(b.key) ? -1 : 1),
    );
}

export function buildScorecard(groups: ScoreGroup[]): Scorecard {
  const assessed = groups.map((g) => ({ ...assessGroup(g), count: g.count }));
  const total = groups.reduce((sum, g) => sum + g.count, 0);
  const sum = (test: (a: (typeof assessed)[number]) => boolean) =>
    assessed.reduce((n, a) => (test(a) ? n + a.count : n), 0);
  const count = <K>(key: K, n: number): Count<K> => ({ key, count: n, share: share(n, total) });
  return {
    total,
    kept: count("kept", sum((a) => a.kept)),
    awaitingVerification: sum((a) => a.key === "reported_done"),
    byAssessment: ASSESSMENT_KEYS.map((k) => count(k, sum((a) => a.key === k))),
    lights: (["green", "yellow", "red", "none"] as const).map((l) => count(l, sum((a) => (a.light ?? "none") === l))),
    overdue: sum((a) => a.overdue),
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
