// Year-end satisfaction vote on a chosen 民生实事 project: 满意 / 基本满意 / 不满意 → the published result.
import { countChoices, type Counts } from "~/domain/deputies/counts";
import { SATISFACTION_CHOICES, type SatisfactionChoice } from "~/domain/vocab";

export type SatisfactionResult = "satisfied" | "basically_satisfied" | "not_satisfied";

export type SatisfactionCounts = Counts<SatisfactionChoice>;

export function countSatisfaction(choices: Iterable<SatisfactionChoice>): SatisfactionCounts {
  return countChoices(SATISFACTION_CHOICES, choices);
}

/**
 * Satisfied when more than half of the ballots are 满意; basically satisfied when 满意 + 基本满意 are
 * more than half; otherwise not satisfied. No ballots, no result.
 */
export function satisfactionResult(counts: SatisfactionCounts): SatisfactionResult | null {
  const total = counts.satisfied + counts.basically_satisfied + counts.not_satisfied;
  if (total === 0) return null;
  if (counts.satisfied * 2 > total) return "satisfied";
  if ((counts.satisfied + counts.basically_satisfied) * 2 > total) return "basically_satisfied";
  return "not_satisfied";
}
