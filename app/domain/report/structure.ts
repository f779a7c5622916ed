// The report's structure: title facts, headings with their parts and years, and the context of every paragraph.
import type { SectionPart } from "~/domain/vocab";
import type { CleanText } from "~/domain/text/normalise";
import { findHeadings, pageTrailerStart, type Heading } from "~/domain/report/outline";
import {
  formatSpan,
  namedFiveYearPlan,
  namesFiveYears,
  partByTense,
  partOfHeading,
  planYears,
  reviewYears,
  yearsIn,
  type PartKind,
  type YearSpan,
} from "~/domain/report/parts";
import { sectorOf } from "~/domain/report/sectors";
import { parseChineseNumeral } from "~/domain/quantities/chinese-numerals";
import { fold } from "~/domain/text/chars";
import { readTitleBlock, type TitleFacts } from "~/domain/report/title-block";

export interface StructuredHeading extends Heading {
  part: SectionPart;
  /** Clean offsets of the whole section: from the heading to the next heading of the same or a higher level. */
  sectionEnd: number;
}

export interface ParagraphContext {
  index: number;
  /** Clean offsets of the paragraph's body text (after a run-in heading). */
  start: number;
  end: number;
  part: SectionPart;
  glossary: boolean;
  /** The nearest titled heading (a lead sentence only when nothing else is above). */
  section: string;
  sector: string | null;
  /** Plan parts: the plan year and the last year the part looks to (five-year goals). */
  planYear: number | null;
  horizon: number | null;
  /** Review parts: the years the paragraph reports on. */
  period: YearSpan | null;
}

export interface ReportStructure {
  title: TitleFacts;
  year: number | null;
  planYear: number | null;
  reviewPeriod: string | null;
  headings: StructuredHeading[];
  paragraphs: ParagraphContext[];
}

interface PartSpan {
  start: number;
  end: number;
  heading: StructuredHeading | null;
  part: SectionPart;
  glossary: boolean;
  years: YearSpan | null;
}

export function readStructure(clean: CleanText): ReportStructure {
  const { text, folded, paragraphs } = clean;
  // Lines opening on # are a saved file's own notes (# source: …), not the report's words.
  const titleText = paragraphs
    .filter((p) => p.title && folded[p.start] !== "#")
    .map((p) => folded.slice(p.start, p.end))
    .join("\n");
  const bodyParagraphs = paragraphs.filter((p) => !p.title && folded[p.start] !== "#");
  const opening = bodyParagraphs
    .slice(0, 3)
    .map((p) => folded.slice(p.start, p.end))
    .join("\n");
  // A page's own lines (headline, dateline, a list's title), whether or not they were read as its title block.
  const firstLines = paragraphs
    .filter((p) => folded[p.start] !== "#")
    .slice(0, FIRST_LINES)
    .map((p) => folded.slice(p.start, p.end));
  const body = folded.includes("#") ? folded.replace(/^#[^\n]*$/gm, "") : folded;
  const title = readTitleBlock(titleText, opening, body);
  const trailer = pageTrailerStart(clean);
  const reportEnd = trailer >= 0 ? trailer : text.length;
  const headings = findHeadings(clean)
    .filter((h) => h.start < reportEnd)
    .map((h) => ({ ...h, part: "other" as SectionPart, sectionEnd: reportEnd }));
  setSectionEnds(headings, reportEnd);

  const topLevel = headings.filter((h) => h.level === 1);
  const kinds = topLevel.map((h) => partOfHeading(fold(h.text)));
  const year = reportYear(title, topLevel, kinds, opening, firstLines, folded);
  const spans = [...reportSpans(clean, topLevel, kinds, year, reportEnd), ...pageTail(clean, reportEnd)];
  for (const heading of headings) {
    heading.part = spans.find((span) => span.start <= heading.start && heading.start < span.end)?.part ?? "other";
  }
  const planSpan = spans.find((span) => span.part === "plan" && span.years && span.years.from === span.years.to);
  const planYear = planSpan?.years?.from ?? (spans.some((span) => span.part === "plan") ? year : null);
  const reviews = spans.filter((span) => span.part === "review" && span.years).map((span) => span.years!);
  const reviewPeriod = reviews.length
    ? formatSpan({ from: Math.min(...reviews.map((y) => y.from)), to: Math.max(...reviews.map((y) => y.to)) })
    : null;
  return {
    title,
    year: year ?? planYear,
    planYear,
    reviewPeriod,
    headings,
    paragraphs: paragraphContexts(clean, headings, spans, planYear),
  };
}

function setSectionEnds(headings: StructuredHeading[], textEnd: number): void {
  headings.forEach((heading, i) => {
    const next = headings.slice(i + 1).find((other) => other.level <= heading.level);
    heading.sectionEnd = next ? next.start - 1 : textEnd;
  });
}

/**
 * The year the report is given: its date or title, else the plan year, else the year after the one reviewed;
 * else what the text says of it: the plan part opening on "2013年是…", a review of "刚刚过去的2016年"; else a
 * line of the first ones that heads a plan of one year (市政府2011年10件实事), else a news page's dateline there
 * (2019年01月28日 星期一, 发布时间:2011年1月20日) in the months reports are given.
 */
function reportYear(
  title: TitleFacts,
  topLevel: StructuredHeading[],
  kinds: Array<PartKind | null>,
  opening: string,
  firstLines: string[],
  folded: string,
): number | null {
  if (title.date?.year) return title.date.year;
  if (title.titleYear) return title.titleYear;
  const planHeading = topLevel.find((h, i) => kinds[i] === "plan" && oneYear(fold(h.text)) !== null);
  if (planHeading) return oneYear(fold(planHeading.text));
  const reviewed = topLevel.filter((_, i) => kinds[i] === "review").flatMap((h) => yearsIn(fold(h.text)));
  if (reviewed.length) return Math.max(...reviewed) + 1;
  const plan = topLevel.find((_, i) => kinds[i] === "plan");
  const stated = STATED_YEAR.exec(plan ? folded.slice(plan.end, plan.end + PLAN_OPENING) : "");
  if (stated) return Number(stated[1]);
  const review = topLevel.find((_, i) => kinds[i] === "review");
  const past = review ? JUST_PAST.exec(folded.slice(review.end, review.sectionEnd)) : null;
  if (past) return Number(past[1]) + 1;
  const inOpening = STATED_YEAR.exec(opening);
  if (inOpening) return Number(inOpening[1]);
  return planLineYear(firstLines) ?? datelineYear(firstLines.slice(0, 3));
}

/** How many paragraphs a page's own lines (headline, dateline, lead, the list's title) stand in. */
const FIRST_LINES = 10;

/**
 * A line that is a title and nothing else, heading a plan of one year: 市政府2011年10件实事, 2011年民生实事,
 * 2023年度某县重点民生实事项目, 某区2026年重要民生实事项目,
 * 2012年工作安排 — not a five-year plan (2011—2015年主要目标, “十二五”…) or a review (2010年民生实事完成情况).
 */
function planLineYear(lines: string[]): number | null {
  for (const line of lines) {
    const squeezed = line.replace(/\s+/g, "");
    if (squeezed.length > 30 || /[。！？!?；;，,：:]/.test(squeezed) || !PLAN_LINE.test(squeezed)) continue;
    const year = oneYear(squeezed);
    if (year !== null && partOfHeading(squeezed) !== "review") return year;
  }
  return null;
}

/** The one year a heading names, not a span of years (2016—2020年, 今后五年, “十三五”). */
function oneYear(heading: string): number | null {
  const years = yearsIn(heading);
  if (years.length !== 1 || namesFiveYears(heading) || YEAR_RANGE.test(heading) || namedFiveYearPlan(heading))
    return null;
  return years[0]!;
}

const YEAR_RANGE = /(?:19|20)\d{2}\s*年?\s*[—–\-－~～至到]\s*(?:19|20)\d{2}/;

const PLAN_LINE =
  /(?:19|20)\d{2}年度?[\u4e00-\u9fa5\d]{0,12}(?:实事|民生工程|惠民工程|工作安排|重点工作|工作任务|目标任务|主要目标|预期目标|工作计划|工作打算)(?:项目)?(?:[(（][\u4e00-\u9fa5]{0,8}[)）])?$/;

/**
 * A news page's dateline among its first lines (2019年01月28日 星期一, 发布时间:2011年1月20日7:41, 2023-01-11
 * 20:20:12 来源:…): a line with no sentence in it. A date in January to March is the year the report is given.
 */
function datelineYear(lines: string[]): number | null {
  for (const line of lines) {
    if (line.length > 80 || /[。！？]/.test(line)) continue;
    const date = DATELINE.exec(line);
    if (!date) continue;
    const month = Number(date[2] ?? date[4]);
    if (month >= 1 && month <= 3) return Number(date[1] ?? date[3]);
  }
  return null;
}

const DATELINE =
  /(?<!\d)((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*\d{1,2}\s*日|(?<!\d)((?:19|20)\d{2})-(\d{1,2})-\d{1,2}(?!\d)/;

const STATED_YEAR = /((?:19|20)\d{2})年[,，]?(?:是|将)/;
const JUST_PAST = /刚刚过去的\s*((?:19|20)\d{2})\s*年/;
/** How far into a plan part its opening sentences go. */
const PLAN_OPENING = 800;

/** A saved page's own text after the report (分享到, 上一篇 …) is no part of it. */
function pageTail(clean: CleanText, reportEnd: number): PartSpan[] {
  if (reportEnd >= clean.text.length) return [];
  return [{ start: reportEnd, end: clean.text.length, heading: null, part: "other", glossary: false, years: null }];
}

function reportSpans(
  clean: CleanText,
  topLevel: StructuredHeading[],
  kinds: Array<PartKind | null>,
  year: number | null,
  reportEnd: number,
): PartSpan[] {
  const { text } = clean;
  const bodyStart = clean.paragraphs.find((p) => !p.title)?.start ?? 0;
  if (!kinds.some((kind) => kind === "review" || kind === "plan")) {
    const byOpening = spansByOpening(clean, bodyStart, reportEnd, year);
    if (byOpening) return byOpening;
    const part = partByTense(text.slice(bodyStart, reportEnd));
    return [
      { start: bodyStart, end: reportEnd, heading: null, part, glossary: false, years: spanYears(part, "", year) },
    ];
  }
  const spans: PartSpan[] = [];
  const annexFrom = annexStart(topLevel, kinds);
  const firstStart = topLevel[0]?.start ?? reportEnd;
  if (firstStart > bodyStart) {
    spans.push({ start: 0, end: firstStart, heading: null, part: "other", glossary: false, years: null });
  }
  topLevel.forEach((heading, i) => {
    const end = topLevel[i + 1]?.start ?? reportEnd;
    const closing =
      kinds[i] === "other" && i > 0 && spans.at(-1)?.part === "plan" ? closingStart(clean, heading.start, end) : -1;
    if (closing >= 0) {
      // 六、加强政府自身建设 … 各位代表！ 民族、国防、外交…: after the government's own part, a plan's closing
      // paragraphs promise again (national and provincial reports end on them).
      const plan = spans.at(-1)!;
      spans.push({ start: heading.start, end: closing, heading, part: "other", glossary: false, years: null });
      spans.push({ start: closing, end, heading, part: "plan", glossary: false, years: plan.years });
      return;
    }
    const kind = i >= annexFrom && kinds[i] !== "review" && kinds[i] !== "plan" ? "other" : kinds[i];
    const part: SectionPart =
      kind === "glossary"
        ? "other"
        : (kind ?? partByTense(text.slice(heading.start, end), yearsIn(fold(heading.text)), year));
    spans.push({
      start: heading.start,
      end,
      heading,
      part,
      glossary: kind === "glossary",
      years: spanYears(part, fold(heading.text), year),
    });
  });
  return spans;
}

/**
 * Text without part headings that still reviews and plans, paragraph by paragraph (a newspaper's account:
 * 《报告》说，“十三五”时期的五年… / 《报告》说，刚刚过去的2020年… / 《报告》说，2021年是…): each paragraph whose
 * opening names the past or the coming year starts a part, the paragraphs after it go with it, those before the
 * first are an introduction. Null unless the text opens paragraphs both ways.
 */
function spansByOpening(
  clean: CleanText,
  bodyStart: number,
  reportEnd: number,
  year: number | null,
): PartSpan[] | null {
  const spans: PartSpan[] = [];
  for (const paragraph of clean.paragraphs) {
    if (paragraph.title || paragraph.start < bodyStart || paragraph.start >= reportEnd) continue;
    const opening = clean.folded
      .slice(paragraph.start, Math.min(paragraph.end, paragraph.start + OPENING_WIDTH))
      .replace(REPORTED_SPEECH, "");
    const part = REVIEW_OPENING.test(opening) ? "review" : planOpens(opening, year) ? "plan" : null;
    if (!part && spans.length) continue;
    const years = part ? spanYears(part, opening.slice(0, opening.search(/[，,。]|$/)), year) : null;
    const last = spans.at(-1);
    if (last && last.part === part && formatSpan(last.years) === formatSpan(years)) continue;
    if (last) last.end = paragraph.start;
    spans.push({
      start: paragraph.start,
      end: reportEnd,
      heading: null,
      part: part ?? "other",
      glossary: false,
      years,
    });
  }
  const parts = new Set(spans.map((span) => span.part));
  return parts.has("review") && parts.has("plan") ? spans : null;
}

const OPENING_WIDTH = 40;
/** 《报告》说，/ 报告指出，/ 各位代表，: the words a paragraph opens with before it says anything. */
const REPORTED_SPEECH =
  /^(?:《?(?:政府工作)?报告》?(?:还|最后)?(?:说|指出|提出|强调|称|表示)[，,：:]?)?(?:各位代表[，,！!：:])?/;
const REVIEW_OPENING =
  /^(?:过去的?(?:一|五)年|(?:一|五)年来|这(?:一|五)年|刚刚过去的|去年|“?十[一二三四五]五”?(?:时期|期间)|(?:19|20)\d{2}年以来)/;

function planOpens(opening: string, year: number | null): boolean {
  if (/^(?:今年|未来五年|今后五年|展望未来|做好今年)/.test(opening)) return true;
  const named = /^((?:19|20)\d{2})年(?:是|，|,|的?(?:工作|主要|经济社会))/.exec(opening);
  return named !== null && year !== null && Number(named[1]) >= year;
}

/**
 * Where the numbered parts start again after the report ended on its government's own part (一、回顾 二、安排
 * 三、加强政府自身建设, then 一、高标准建设国家药用植物园): an annex, whose parts are no part of the report unless
 * their headings say so. The index in `topLevel`, or its length.
 */
function annexStart(topLevel: StructuredHeading[], kinds: Array<PartKind | null>): number {
  let last = 0;
  let lastKind: PartKind | null = null;
  for (let i = 0; i < topLevel.length; i++) {
    const ordinal = /^([一二三四五六七八九十]+)[、.]/.exec(fold(topLevel[i]!.text));
    const value = ordinal ? parseChineseNumeral(ordinal[1]!) : null;
    if (value === null) continue;
    if (value <= last && (lastKind === "other" || lastKind === "glossary")) return i;
    last = value;
    lastKind = kinds[i] ?? null;
  }
  return topLevel.length;
}

/** The first paragraph that is only a salutation (各位代表！) inside [start, end), or -1. */
function closingStart(clean: CleanText, start: number, end: number): number {
  for (const paragraph of clean.paragraphs) {
    if (paragraph.start <= start || paragraph.start >= end) continue;
    if (/^各位代表[！!]?$/.test(clean.folded.slice(paragraph.start, paragraph.end))) return paragraph.start;
  }
  return -1;
}

function spanYears(part: SectionPart, heading: string, year: number | null): YearSpan | null {
  if (part === "review") return reviewYears(heading, year);
  if (part === "plan") return planYears(heading, year);
  return null;
}

function paragraphContexts(
  clean: CleanText,
  headings: StructuredHeading[],
  spans: PartSpan[],
  planYear: number | null,
): ParagraphContext[] {
  const contexts: ParagraphContext[] = [];
  const byParagraph = new Map(headings.map((h) => [h.paragraph, h]));
  let period: YearSpan | null = null;
  let lastSpan: PartSpan | null = null;
  const sectors = new Map<number, string | null>();
  clean.paragraphs.forEach((paragraph, index) => {
    if (paragraph.title) return;
    const heading = byParagraph.get(index);
    const start = heading ? heading.end + 1 : paragraph.start;
    const span = spans.find((s) => s.start <= paragraph.start && paragraph.start < s.end) ?? spans[spans.length - 1];
    if (span !== lastSpan) {
      period = span.part === "review" ? span.years : null;
      lastSpan = span;
    }
    const body = clean.folded.slice(start, paragraph.end);
    if (span.part === "review" && span.years && !(heading && heading.start === span.start)) {
      // A sub-heading saying 过去的五年，… or 2020年工作回顾 sets the period of the paragraphs under it.
      const said = heading ? periodSaid(clean.folded.slice(heading.start, heading.end), span.years) : null;
      period = said ?? (heading && !heading.runIn ? period : (periodSaid(body, span.years) ?? period ?? span.years));
    }
    if ((heading && !heading.runIn) || start >= paragraph.end) return;
    const chain = headings.filter((h) => h.start <= paragraph.start && paragraph.start <= h.sectionEnd).reverse();
    const nearest = chain[0]?.start ?? -1;
    if (!sectors.has(nearest)) sectors.set(nearest, sectorOf(chain.map((h) => h.text)));
    const titled = chain.find((h) => !h.runIn) ?? chain[0];
    const planSpanYears = span.part === "plan" ? span.years : null;
    contexts.push({
      index,
      start,
      end: paragraph.end,
      part: span.part,
      glossary: span.glossary,
      section: titled?.text ?? span.heading?.text ?? "",
      sector: sectors.get(nearest) ?? null,
      planYear: planSpanYears
        ? planSpanYears.from === planSpanYears.to
          ? planSpanYears.from
          : (planYear ?? planSpanYears.from)
        : null,
      horizon: planSpanYears?.to ?? null,
      period: span.part === "review" ? period : null,
    });
  });
  return contexts;
}

/**
 * The years a review paragraph (or its sub-heading) says it reports on, from its opening: 五年来 / 过去的五年 the
 * part's five years, "2012年以来" from that year on, a year (刚刚过去的2016年, 各位代表，2020年是…) or 一年来 one year;
 * null when the opening says nothing (the paragraph goes on with the period before it). A date (2012年12月29日)
 * is an event, not a period.
 */
function periodSaid(text: string, partYears: YearSpan): YearSpan | null {
  const opening = text.replace(
    /^(?:——|[一二三四五六七八九十]+是|[(（]?[一二三四五六七八九十\d]+[)）、.])?\s*(?:各位代表|同志们)?[，,！!：:]?\s*/,
    "",
  );
  if (FIVE_YEARS_OPENING.test(opening)) {
    return partYears.to - partYears.from >= 4 ? partYears : { from: partYears.to - 4, to: partYears.to };
  }
  const year = YEAR_OPENING.exec(opening);
  const named = year ? Number(year[1]) : NaN;
  if (named >= partYears.from && named <= partYears.to) {
    return year![2] && named < partYears.to ? { from: named, to: partYears.to } : { from: named, to: named };
  }
  const firstSentence = opening.slice(0, opening.search(/[。！？]|$/));
  if (/^(?:一年来|过去一年|过去的一年|这一年)/.test(opening) || yearsIn(firstSentence).includes(partYears.to)) {
    return { from: partYears.to, to: partYears.to };
  }
  return null;
}

const FIVE_YEARS_OPENING = /^(?:五年来|过去的?五年|五年奋斗|五年间|这五年|本届政府)/;
/** 2016年 / 刚刚过去的 2016 年 opening a paragraph; 2012年以来 (group 2) a span; not a date (2012年12月29日). */
const YEAR_OPENING = /^(?:刚刚过去的|过去的)?\s*((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)(以来)?/;
