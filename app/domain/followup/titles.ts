// A title promised (争创省级经济开发区) and the title awarded a year later (…被批准为省级经济开发区, 获评全省…示范县): the
// award names the title at the same level and of the same kind, often in other words, and never names the promise's
// verb, so neither the name route nor the stage words find it.
import type { Candidate } from "~/domain/followup/candidate";
import { factsNear, type Review } from "~/domain/followup/facts";
import { distinctPiece } from "~/domain/followup/names";
import type { PromiseReading } from "~/domain/followup/promise";
import { deliverableTiming } from "~/domain/followup/timing";

/** 争创省级…县, 创建国家…示范区: the title after the verb of winning it, to the end of its clause. */
const AIMED = /(?:创建|争创|创成)([^，；。]{4,30})/;
/** 被批准为…, 获评…, 成功创建…: a title awarded, up to the end of its clause. */
const AWARDED =
  /(?:被?批准为|获批(?:为|创建)?|获评|被?评为|被?命名为|被?确定为|被?认定为|成功创建|创建成功|创成|荣获|入选)([^，；。]{4,40})/;
const LEVELS: [RegExp, string][] = [
  [/^(?:国家级?|全国)/, "national"],
  [/^(?:省级?|全省)/, "province"],
  [/^(?:市级?|全市)/, "city"],
];

function levelOf(title: string): string | null {
  return LEVELS.find(([pattern]) => pattern.test(title))?.[1] ?? null;
}

const RANK: Record<string, number> = { city: 1, province: 2, national: 3 };
/** The level an award names, at its start or before its kind (“四好农村路”全国示范县). */
const LEVEL_INSIDE = /(国家级?|全国)|(省级|全省)|(市级|全市)/;

function awardedLevel(won: string): string | null {
  const start = levelOf(won);
  if (start) return start;
  const inside = LEVEL_INSIDE.exec(won);
  return inside ? (inside[1] ? "national" : inside[2] ? "province" : "city") : null;
}

/**
 * The title awarded is the one aimed at, or a higher one of the same kind (省级…示范县 aimed, 全国示范县 won); a
 * promise naming no level takes any.
 */
function levelReached(aimed: string | null, won: string | null): boolean {
  if (aimed === null) return true;
  return won !== null && RANK[won]! >= RANK[aimed]!;
}

/** The title without what follows its kind (…县称号, …示范区创建工作, …县城为抓手): it ends on its kind's last character. */
function titleOf(words: string): string {
  return words
    .replace(/为(?:抓手|契机|载体|引领|目标|重点|突破口)$/, "")
    .replace(/(?:的)?(?:称号|荣誉|创建|工作|建设|目标)+$/, "")
    .replace(/[“”"]/g, "");
}

export function titleCandidates(r: PromiseReading, review: Review, ownNames: readonly string[]): Candidate[] {
  if (r.numeric) return [];
  const aimed = AIMED.exec(r.promise.quote.replace(/\s+/g, ""));
  if (!aimed) return [];
  const title = titleOf(aimed[1]!);
  const level = levelOf(title);
  if (title.length < 4) return [];
  const out: Candidate[] = [];
  for (const fact of factsNear(review, "deliverable", [title], 3)) {
    const award = AWARDED.exec(fact.quote);
    if (!award) continue;
    const won = titleOf(award[1]!);
    // The same level (省级 = 全省) and the same kind (…县, …开发区): 省级示范县 is not 国家级示范区.
    if (!levelReached(level, awardedLevel(won)) || won.at(-1) !== title.at(-1)) continue;
    const piece = distinctPiece(title, won, ownNames);
    if (!(won.includes(title) || (piece.text.length >= 4 && piece.distinct >= 2))) continue;
    const timing = deliverableTiming(r.timing, fact.period, review.year);
    if (timing.factor === 0) continue;
    out.push({
      fact,
      score: 0.85 * timing.factor,
      verdict: timing.when === "late" ? "in_progress" : "achieved",
      route: "stage",
      anchors: [`t:${fact.clauseIndex}`],
      value: null,
      unit: null,
    });
  }
  return out;
}
