// The outline of a report: headings of every style (第一部分, 一、, （一）, 1., （1）, ——, 一是, lead sentences, unnumbered parts) and their levels.
import type { CleanText } from "~/domain/text/normalise";
import { endsSentence, firstFullStop, visualWidth } from "~/domain/text/chars";

export type HeadingStyle =
  | "part"
  | "unnumbered"
  | "cn"
  | "paren-cn"
  | "arabic"
  | "paren-arabic"
  | "circled"
  | "dash"
  | "ordinal"
  | "lead";

export interface Heading {
  paragraph: number;
  /** Clean offsets of the heading text (a run-in heading is the lead sentence without its full stop). */
  start: number;
  end: number;
  text: string;
  style: HeadingStyle;
  /** The heading opens a paragraph that goes on with body text. */
  runIn: boolean;
  level: number;
}

const RUN_IN_STYLES: HeadingStyle[] = ["dash", "ordinal", "lead"];

const MARKERS: Array<[HeadingStyle, RegExp]> = [
  ["part", /^第[一二三四五六七八九十]+(?:部分|章|篇)/],
  ["paren-cn", /^\([一二三四五六七八九十]+\)/],
  ["cn", /^[一二三四五六七八九十]+[、.]/],
  ["paren-arabic", /^\(\d{1,2}\)/],
  ["arabic", /^\d{1,2}[、.](?!\d)\s*(?=[\u4e00-\u9fa5“"《])/],
  ["circled", /^[①-⑳]/],
  ["dash", /^——(?=[\u4e00-\u9fa5“])/],
  ["ordinal", /^[一二三四五六七八九十]+是(?=[\u4e00-\u9fa5“])/],
];

/** Part headings say what the part is, so a short line with these words is a heading even before more headings. */
export const PART_WORDS =
  /回顾|总结|目标|任务|安排|计划|打算|思路|展望|自身建设|服务型政府|名词解释|名词注释|附件|附录/;
const GLOSSARY = /^(?:名词解释|名词注释|名词解读|注释|附件|附录|附表|附[:：])/;
const MAX_HEADING = 80;
const MAX_LEAD = 20;

export function findHeadings(clean: CleanText): Heading[] {
  const headings: Heading[] = [];
  const { paragraphs, folded, text } = clean;
  let inGlossary = false;
  const bare = new Map<number, HeadingStyle>();
  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index];
    if (paragraph.title || inGlossary) continue;
    const body = folded.slice(paragraph.start, paragraph.end);
    const itemStyle = bareItemStyle(body);
    if (itemStyle) bare.set(index, itemStyle);
    const found = classify(body, folded, paragraphs, index);
    if (!found) continue;
    const start = paragraph.start;
    const end = paragraph.start + found.length;
    const headingText = text.slice(start, end).trim();
    headings.push({
      paragraph: index,
      start,
      end,
      text: headingText,
      style: found.style,
      runIn: found.runIn,
      level: 0,
    });
    if (isGlossaryHeading(headingText)) inGlossary = true;
  }
  const kept = dropLeadsAmongOrdinals(dropBareLists(headings, bare));
  assignLevels(kept);
  return kept;
}

/**
 * Numbered lines that follow one another with no body text between them (（一）新购置公交车200辆 /
 * （二）建成滨海新城漳东路 / …) are the items of a list, not section headings: a heading has text under it.
 */
function dropBareLists(headings: Heading[], bare: Map<number, HeadingStyle>): Heading[] {
  return headings.filter(
    (h) =>
      h.runIn ||
      !LIST_RUN_STYLES.includes(h.style) ||
      (bare.get(h.paragraph - 1) !== h.style && bare.get(h.paragraph + 1) !== h.style),
  );
}

/** The marker style of a numbered line that is one item on its own (no sentence runs on after it). */
function bareItemStyle(body: string): HeadingStyle | null {
  for (const [style, marker] of MARKERS) {
    if (!marker.test(body)) continue;
    if (!LIST_RUN_STYLES.includes(style)) return null;
    const stop = firstStop(body);
    return stop < 0 || stop >= body.length - 1 ? style : null;
  }
  return null;
}

const LIST_RUN_STYLES: HeadingStyle[] = ["paren-cn", "arabic", "paren-arabic", "circled"];

/** Where a section lists 一是…二是…, a short sentence opening a later paragraph is body text, not a lead. */
function dropLeadsAmongOrdinals(headings: Heading[]): Heading[] {
  let ordinalSeries = false;
  return headings.filter((heading) => {
    if (heading.style === "ordinal") ordinalSeries = true;
    else if (!RUN_IN_STYLES.includes(heading.style)) ordinalSeries = false;
    return !(heading.style === "lead" && ordinalSeries);
  });
}

/** Marks a web copy sets around a heading (*名词解释, ※名词解释※, 【附件】). */
const DECORATION = /^[*＊※★☆■□◆◇●○【[]+|[*＊※★☆■□◆◇●○】\]]+$/g;

export function isGlossaryHeading(text: string): boolean {
  const plain = text.replace(/\s+/g, "").replace(DECORATION, "");
  return GLOSSARY.test(plain.replace(/^[一二三四五六七八九十]+[、.．]/, ""));
}

interface Classified {
  style: HeadingStyle;
  length: number;
  runIn: boolean;
}

function classify(body: string, folded: string, paragraphs: CleanText["paragraphs"], index: number): Classified | null {
  for (const [style, marker] of MARKERS) {
    if (!marker.test(body)) continue;
    const stop = firstStop(body);
    if (stop > 0 && stop < body.length - 1) {
      const limit = RUN_IN_STYLES.includes(style) ? MAX_HEADING : 60;
      if (LIST_STYLES.includes(style) && isListItem(body.slice(0, stop))) return null;
      return stop <= limit ? { style, length: stop, runIn: true } : null;
    }
    if (RUN_IN_STYLES.includes(style)) return null;
    const length = stop > 0 ? stop : body.length;
    if (isListItem(body.slice(0, length)) || (stop > 0 && LIST_STYLES.includes(style))) return null;
    return length <= MAX_HEADING ? { style, length, runIn: false } : null;
  }
  if (isUnnumberedHeading(body, folded, paragraphs, index))
    return { style: "unnumbered", length: body.length, runIn: false };
  const stop = firstFullStop(body);
  const leadEnds = stop >= 0 && (body[stop] === "。" || body[stop] === ".");
  if (
    leadEnds &&
    stop >= 3 &&
    stop <= MAX_LEAD &&
    stop < body.length - 1 &&
    !/[，,、；;：:]/.test(body.slice(0, stop)) &&
    !isListItem(body.slice(0, stop))
  ) {
    return { style: "lead", length: stop, runIn: true };
  }
  return null;
}

/** Numbered items that end with a full stop are a list, not sections. */
const LIST_STYLES: HeadingStyle[] = ["arabic", "paren-arabic", "circled"];

/** A number with a measure word: what a list item promises, not what a heading names (年 and 届 are not counts). */
const COUNTED =
  /(?<![\d.])\d+(?:\.\d+)?\s*(?:%|万|亿|千|个|家|项|所|人|名|公里|千米|米|亩|公顷|平方米|辆|台|部|条|座|套|户|场|次|对|张|床|吨|头|处|栋|间|件|元)/;

/** （1）地区生产总值增长6%左右； is an item of a list of targets, not a heading. */
function isListItem(text: string): boolean {
  return /[；;]$/.test(text) || COUNTED.test(text);
}

function firstStop(body: string): number {
  return firstFullStop(body);
}

/** A short line of its own, no full stop, followed by body text (or naming a part outright). */
function isUnnumberedHeading(
  body: string,
  folded: string,
  paragraphs: CleanText["paragraphs"],
  index: number,
): boolean {
  // Every character is at least half wide: a body of more than 80 is wider than 40 without measuring it.
  if (body.length > 80) return false;
  const width = visualWidth(body);
  if (width > 40 || width < 4 || endsSentence(body) || firstFullStop(body) >= 0) return false;
  if ((body.match(/[\u4e00-\u9fa5]/g)?.length ?? 0) < 4) return false;
  // 空气质量完成年度目标任务 (a row of a table) says a target is met, 赤字率拟按4%左右安排 sets an amount;
  // 2025年主要目标 names a part.
  if (
    (PART_WORDS.test(body) && !/完成|达到|增长|下降|控制在/.test(body) && !isListItem(body)) ||
    GLOSSARY.test(body.replace(/\s+/g, ""))
  )
    return true;
  if (isListItem(body)) return false;
  const next = paragraphs[index + 1];
  if (!next) return false;
  const following = folded.slice(next.start, next.end);
  return following.length > 80 || visualWidth(following) > 40 || endsSentence(following);
}

/**
 * Levels follow nesting: a style already open closes everything below it, a new style opens one level deeper.
 * 第一部分-style parts and glossaries are always level 1; run-in headings sit one below their parent.
 */
function assignLevels(headings: Heading[]): void {
  const open: HeadingStyle[] = [];
  for (const heading of headings) {
    if (RUN_IN_STYLES.includes(heading.style)) {
      heading.level = open.length + 1;
      continue;
    }
    if (isGlossaryHeading(heading.text) || heading.style === "part") {
      open.length = 0;
    } else {
      const at = open.indexOf(heading.style);
      if (at >= 0) open.length = at;
    }
    open.push(heading.style);
    heading.level = open.length;
  }
}
