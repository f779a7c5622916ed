// A water quality to keep to a standard (出境断面水质稳定达标, 河流水质达到Ⅲ类标准): reviews report it of the waters
// they measure in their own words (入淀河流均达到水质标准, 两河水质全部达到Ⅱ类标准), seldom by the promise's name.
import type { Candidate } from "~/domain/followup/candidate";
import { factsNear, type Review } from "~/domain/followup/facts";
import type { PromiseReading } from "~/domain/followup/promise";
import { deliverableTiming } from "~/domain/followup/timing";
import { WEIGHTS } from "~/domain/followup/weights";

/** A promise that water quality meet a standard. */
const PROMISED = /水质[^，。；]{0,8}(达标|达到|好于|优于)/;
/** The water a plant lets out (处理后的水质, 出水水质): a plant's own standard, not the waters'. */
const EFFLUENT = /处理后|出水|污水|排放/;
/** The standard said met (稳定达标, 均达到Ⅲ类标准, 达到省市考核要求, 好于考核目标); not a rate (达标率100%). */
const MET = /达标(?!率)|达到[^，。；\d]{0,10}(标准|要求)|(好于|优于)[^，。；]{0,6}(目标|标准)/;
/** Said short of it (未达标, 超标, 劣Ⅴ类), but not 消除劣Ⅴ类 (good news). */
const SHORT = /未|不达标|超标|(?<!消除)劣/;
/** The kinds of water a promise or a report names: drinking water, ground water, the rivers and lakes measured. */
const WATER_KINDS: ReadonlyArray<readonly [string, RegExp]> = [
  ["drinking", /饮用水|水源/],
  ["ground", /地下水/],
  ["surface", /地表水|断面|[河湖库淀]/],
];
const kindsOf = (text: string) => WATER_KINDS.filter(([, words]) => words.test(text)).map(([kind]) => kind);

/** Both name kinds of water and none is the same (饮用水水源地 / 地表水考核断面). */
function otherWaters(promise: string, text: string): boolean {
  const [a, b] = [kindsOf(promise), kindsOf(text)];
  return a.length > 0 && b.length > 0 && !a.some((kind) => b.includes(kind));
}

/**
 * Clauses saying water quality met its standard this year, for a promise that it would: each reports the promise
 * (news of the waters measured, which promises of water quality share).
 */
export function standardCandidates(r: PromiseReading, review: Review): Candidate[] {
  if (r.numeric || !PROMISED.test(r.promise.quote) || EFFLUENT.test(r.promise.quote)) return [];
  const out: Candidate[] = [];
  for (const fact of factsNear(review, "deliverable", ["水质"], 1)) {
    const text = fact.quote;
    if (!text.includes("水质") || !MET.test(text) || SHORT.test(text) || fact.period.kind === "years") continue;
    if (otherWaters(r.promise.quote, text)) continue;
    const timing = deliverableTiming(r.timing, fact.period, review.year);
    if (timing.factor === 0) continue;
    out.push({
      fact,
      score: WEIGHTS.words.standardMet * timing.factor,
      verdict: timing.when === "late" ? "in_progress" : "achieved",
      route: "words",
      anchors: [`q:${fact.clauseIndex}`],
      shared: true,
      value: null,
      unit: null,
    });
  }
  return out;
}
