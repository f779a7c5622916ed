// What extraction reads from a report: a commitment's target and a result's figure. One type and one picker
// each, shared by the CLI's JSON contract, the import and the pages (not a .server module: pages use the types).
import type { Result } from "~/domain/extraction/types";

/** What, how much, which way, by when: the columns `targetFields` selects. */
export interface CommitmentTarget {
  metric: string;
  target: number | null;
  unit: string | null;
  comparator: string | null;
  growth: boolean;
  deadline: number | null;
}

/** The target fields of anything that carries them, in the order the extract contract prints them. */
export function targetOf<T extends CommitmentTarget>(c: T): Pick<T, keyof CommitmentTarget> {
  return {
    metric: c.metric,
    target: c.target,
    unit: c.unit,
    comparator: c.comparator,
    growth: c.growth,
    deadline: c.deadline,
  };
}

/** What a review part reports as done: how much of what, over which period, estimated or not. */
export type ResultFigure = Pick<Result, "kind" | "metric" | "value" | "unit" | "growth" | "period" | "estimated">;

/** A result's figure, in the order the extract contract prints it. */
export function resultFigureOf<T extends ResultFigure>(r: T): Pick<T, keyof ResultFigure> {
  return {
    kind: r.kind,
    metric: r.metric,
    value: r.value,
    unit: r.unit,
    growth: r.growth,
    period: r.period,
    estimated: r.estimated,
  };
}
