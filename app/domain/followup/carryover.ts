// 结转: an unfinished promise that the next plan repeats, linked to its successor.
import type { Verdict } from "~/domain/vocab";
import type { PromiseInput } from "~/domain/followup/promise";
import { nameScore, namesOf, sharedName } from "~/domain/followup/names";

export interface CarryOver {
  earlierIndex: number;
  laterIndex: number;
  confidence: number;
}

const THRESHOLD = 0.6;

/**
 * Pairs each unfinished earlier promise (anything but achieved) with the later promise that names the same
 * project, one to one. Recurring yearly targets (growth rates, 新增就业 …) are new promises, not carry-overs:
 * only promises about a named or concrete thing are linked.
 */
export function findCarryOvers(
  earlier: readonly { promise: PromiseInput; verdict: Verdict }[],
  later: readonly PromiseInput[],
  options: { ownNames?: readonly string[] } = {},
): CarryOver[] {
  const pairs: CarryOver[] = [];
  earlier.forEach(({ promise, verdict }, earlierIndex) => {
    if (verdict === "achieved" || promise.growth) return;
    const names = namesOf(promise.quote, promise.entities);
    if (!names.names.length || !names.concrete) return;
    later.forEach((next, laterIndex) => {
      const hit = sharedName(names, next.quote.replace(/\s+/g, ""), options.ownNames ?? []);
      if (!hit) return;
      const score = nameScore(hit, names);
      if (score >= THRESHOLD) pairs.push({ earlierIndex, laterIndex, confidence: Math.round(score * 100) / 100 });
    });
  });
  pairs.sort((a, b) => b.confidence - a.confidence || a.earlierIndex - b.earlierIndex || a.laterIndex - b.laterIndex);
  const usedEarlier = new Set<number>();
  const usedLater = new Set<number>();
  return pairs.filter((pair) => {
    if (usedEarlier.has(pair.earlierIndex) || usedLater.has(pair.laterIndex)) return false;
    usedEarlier.add(pair.earlierIndex);
    usedLater.add(pair.laterIndex);
    return true;
  });
}
