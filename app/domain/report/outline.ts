// The outline of a report: headings of every style (第一部分, 一、, （一）, 1., （1）, ——, 一是, lead sentences, unnumbered parts) and their levels.
import type { CleanText } from "~/domain/text/normalise";
import { endsSentence, firstFullStop, visualWidth } from "~/domain/text/chars";

export type HeadingStyle =
  | "part"
  | "unnumbered"
  | "series"
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
  ["circled", /^[①-⑳⑴-⒛㈠-㈩]/],
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
  markSeries(kept);
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

/**
 * Unnumbered headings that go in parallel (我们始终保持发展定力，… / 我们始终坚持提质增效，… / 我们始终…; 一年来，
 * 我们坚持…), or that make a statement under an unnumbered part heading, are the sections of the part heading
 * above them (2024年工作回顾), not parts of their own.
 */
function markSeries(headings: Heading[]): void {
  const unnumbered = headings.filter((h) => h.style === "unnumbered");
  let runStart = 0;
  for (let i = 1; i <= unnumbered.length; i++) {
    const same = i < unnumbered.length && seriesKey(unnumbered[i]!.text) === seriesKey(unnumbered[runStart]!.text);
    if (same) continue;
    if (i - runStart >= MIN_SERIES && runStart > 0 && seriesKey(unnumbered[runStart]!.text)) {
      for (const heading of unnumbered.slice(runStart, i)) heading.style = "series";
    }
    runStart = i;
  }
  let underPart = false;
  for (const heading of unnumbered) {
    if (heading.style === "series") continue;
    if (underPart && isStatement(heading.text)) heading.style = "series";
    else underPart = PART_WORDS.test(heading.text) || /\d{4}\s*年/.test(heading.text);
  }
}

const MIN_SERIES = 3;

/**
 * A heading that says in two clauses what was done (我们始终保持发展定力，经济运行跑出新速度; 一年来，…), not what
 * part follows: under an unnumbered part heading it is one of the part's sections. (A part of its own may be a
 * statement too — 乘势而上，奋力开创新局面 — but does not open on 我们 or 一年来.)
 */
function isStatement(text: string): boolean {
  return (
    /^(?:我们|一年来|五年来|过去|这一年|这五年|回首)/.test(text) &&
    /[\u4e00-\u9fa5][，,][\u4e00-\u9fa5]/.test(text) &&
    !PART_WORDS.test(text) &&
    !/\d{4}\s*年/.test(text)
  );
}

/** The opening two characters that parallel headings share; none for a heading that names a year. */
function seriesKey(text: string): string {
  const plain = text.replace(/\s+/g, "");
  return /^[\u4e00-\u9fa5]{2}/.test(plain) && !/\d{4}年/.test(plain) ? plain.slice(0, 2) : "";
}

/** Marks a web copy sets around a heading (*名词解释, ※名词解释※, 【附件】). */
const DECORATION = /^[*＊※★☆■□◆◇●○【[]+|[*＊※★☆■□◆◇●○】\]]+$/g;

export function isGlossaryHeading(text: string): boolean {
  const plain = text.replace(/\s+/g, "").replace(DECORATION, "");
  return GLOSSARY.test(plain.replace(/^[一二三四五六七八九十]+[、.．]/, "").replace(/^《[^》]{2,16}》/, ""));
}

/**
 * A line that is only a glossary's heading: 名词解释：, ※注释※, 《政府工作报告》名词解释. A bare 附件1 may head a
 * table of the plan's targets as well as notes: it says nothing alone.
 */
function isGlossaryLine(body: string): boolean {
  // A line's width is at least half its length: a long paragraph is passed over without measuring it.
  return (
    body.length <= 2 * MAX_GLOSSARY_LINE &&
    visualWidth(body) <= MAX_GLOSSARY_LINE &&
    !/[。；;，,]/.test(body) &&
    isGlossaryHeading(body) &&
    !/^附件[\d一二三四五六七八九十]*[:：]?$/.test(body.replace(/\s+/g, ""))
  );
}

const MAX_GLOSSARY_LINE = 40;

/**
 * Where a saved web page's own text starts after the report (分享到, 上一篇, 免责声明, 上一页 1 2 3 下一页 …): the
 * earliest such line among the short lines that end the text, or -1. Read backwards from the end, never further
 * than the last long paragraph.
 */
export function pageTrailerStart(clean: CleanText): number {
  const { paragraphs, folded } = clean;
  let trailer = -1;
  for (let i = paragraphs.length - 1, seen = 0; i >= 0 && seen < MAX_TRAILER_LINES; i--, seen++) {
    const paragraph = paragraphs[i]!;
    if (paragraph.title || paragraph.end - paragraph.start > MAX_TRAILER_LINE) break;
    if (PAGE_CHROME.test(folded.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 8)))) {
      trailer = paragraph.start;
    }
  }
  return trailer;
}

const PAGE_CHROME =
  /^(?:分享到|上一篇|下一篇|上一页|下一页|相关文章|相关阅读|免责声明|责任编辑|打印本页|关闭窗口|【打印】|【关闭】)/;
const MAX_TRAILER_LINE = 160;
const MAX_TRAILER_LINES = 400;

interface Classified {
  style: HeadingStyle;
  length: number;
  runIn: boolean;
}

function classify(body: string, folded: string, paragraphs: CleanText["paragraphs"], index: number): Classified | null {
  if (isGlossaryLine(body)) return { style: "unnumbered", length: body.length, runIn: false };
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
