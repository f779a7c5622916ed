// The verdict rule of the extraction contract: a reported value against a target, or a project's stage against its goal.
import type { Comparator, Verdict } from "~/domain/vocab";
import type { Goal, Stage } from "~/domain/followup/stage";

export interface NumericCase {
  target: number;
  /** The upper end of a range target (增长6.5%－7%): inside it achieved, above it partial, below by `>=`. */
  upper?: number | null;
  value: number; // already in the target's unit
  comparator: Comparator | null;
  growth: boolean;
  /** Lower is better (失业率, 能耗, PM2.5 …): exceeding a ~ target is then a miss. */
  lowerIsBetter?: boolean;
}

/**
 * `>=` and `=`: achieved when value ≥ target, partial when ≥ 80 %, else missed.
 * `~`: achieved within ±10 % (growth rates ±0.5 point); beyond that in the good direction partial (the aim was
 * a level, not a floor), in the bad direction by the `>=` rule.
 * `<=`: achieved when value ≤ target, else missed.
 */
export function numericVerdict(c: NumericCase): Verdict {
  const { target, value } = c;
  let verdict: Verdict;
  if (c.upper != null && c.upper > target) {
    if (value > c.upper + 1e-9) verdict = c.lowerIsBetter ? "missed" : "partial";
    else verdict = value >= target - 1e-9 ? "achieved" : c.lowerIsBetter ? "partial" : atLeast(value, target);
  } else if (c.comparator === "<=") verdict = value <= target ? "achieved" : "missed";
  else if (c.comparator === "~") {
    const tolerance = c.growth ? 0.5 : Math.abs(target) * 0.1;
    const above = value - target;
    if (Math.abs(above) <= tolerance + 1e-9) verdict = "achieved";
    else if (c.lowerIsBetter) verdict = above < 0 ? "partial" : "missed";
    else verdict = above > 0 ? "partial" : atLeast(value, target);
  } else verdict = atLeast(value, target);
  return verdict;
}

function atLeast(value: number, target: number): Verdict {
  if (value >= target - 1e-9) return "achieved";
  if (target > 0 && value >= 0.8 * target - 1e-9) return "partial";
  return "missed";
}

/**
 * Deliverables: completed → achieved; under way → in progress (achieved when the promise was only to start);
 * only prepared → in progress; stalled → missed.
 */
export function deliverableVerdict(stage: Stage, goal: Goal): Verdict {
  if (stage === "stalled") return "missed";
  if (stage === "completed") return "achieved";
  return goal === "start" && stage === "under_way" ? "achieved" : "in_progress";
}

/** Metrics where less is the goal: a ~ target overshot is missed, undershot is achieved. */
export function lowerIsBetter(metric: string): boolean {
  return /失业率|能耗|排放|浓度|PM|事故|死亡|发生率|负债|债务|赤字|亏损|贫困|污染|下降|降低|压减|控制|价格|物价|涨幅/.test(
    metric,
  );
}
