// Halves of the labelled places, for measuring a change on places it was not read on: half A (rules and thresholds
// are studied on it) holds the national sets and five county places with the probe and evaluation sets sorting
// before "probe3"; half B (held out) holds the other places and probe sets.
import type { SetTotals } from "./score";

const STUDY_PLACES = ["fu-national", "fu-qingyuan", "fu-shunping", "fu-mancheng", "fu-laishui"];

export function placeHalf(set: string): "A" | "B" {
  if (set.startsWith("fu-")) return STUDY_PLACES.some((p) => set.startsWith(p)) ? "A" : "B";
  return set < "probe3" ? "A" : "B";
}

/** Precision counting predictions on borderline rows as wrong (the scorer counts them as neither). */
export const strictPrecision = (t: SetTotals): number => t.matched / Math.max(1, t.matched + t.extra + t.borderline);
