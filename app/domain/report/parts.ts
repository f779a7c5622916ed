// Which parts of a report review past years and which plan ahead, with their years.
import type { SectionPart } from "~/domain/vocab";
import { isGlossaryHeading } from "~/domain/report/outline";

export type PartKind = SectionPart | "glossary";

export interface YearSpan {
  from: number;
  to: number;
}

export function partOfHeading(text: string): PartKind | null {
  if (isGlossaryHeading(text)) return "glossary";
  if (/回顾|工作总结|过去(?:一|五)?年|成绩|(?:五|一)年来|近五年(?!内)|这(?:一|五)年/.test(text)) return "review";
  if (/自身建设|服务型政府|政府治理|人民满意的?[\u4e00-\u9fa5]{0,4}政府|政府建设|作风建设/.test(text)) return "other";
  if (/目标|任务|安排|计划|打算|思路|展望|部署|重点工作|今后|未来|工作建议/.test(text)) return "plan";
  return null;
}

/** The years a text names, in figures (2025年) or in Chinese numerals (二〇二五年, 二○二五年, 二零二五年). */
export function yearsIn(text: string): number[] {
  return [...text.matchAll(YEAR)].map((match) =>
    match[1] ? Number(match[1]) : Number([...match[2]!].map((c) => (ZEROS.has(c) ? 0 : DIGITS.indexOf(c))).join("")),
  );
}

const YEAR =
  /(?<!\d)((?:19|20)\d{2})(?=\s*年)|(?<![〇○零一二三四五六七八九])([一二][〇○零一二三四五六七八九]{3})(?=\s*年)/g;
const DIGITS = "〇一二三四五六七八九";
const ZEROS = new Set(["〇", "○", "零"]);
const CHINESE_YEAR = /[一二][〇○零一二三四五六七八九]{3}\s*年/g;

/**
 * Whether a heading speaks of a five-year span (今后五年, 过去五年, 五年来, 五年规划) — not of 五年 inside a year
 * written in numerals (二〇二五年) or of a goal phrase (确保五年稳定脱贫).
 */
export function namesFiveYears(text: string): boolean {
  return FIVE_YEARS.test(text.includes("年") ? text.replace(CHINESE_YEAR, "") : text);
}

const FIVE_YEARS =
  /(?:今后|未来|以后|此后|下一个|新的|过去|这|近|本届政府?)的?五年|五年(?:来|间|规划|计划|工作|奋斗|发展|目标|总体|主要|的)/;

const FIVE_YEAR_PLANS: Record<string, YearSpan> = {
  十一五: { from: 2006, to: 2010 },
  十二五: { from: 2011, to: 2015 },
  十三五: { from: 2016, to: 2020 },
  十四五: { from: 2021, to: 2025 },
  十五五: { from: 2026, to: 2030 },
  十六五: { from: 2031, to: 2035 },
};

export function namedFiveYearPlan(text: string): YearSpan | null {
  const match = /(十[一二三四五六]五)/.exec(text);
  return match ? FIVE_YEAR_PLANS[match[1]] : null;
}

/** The years a review part covers: "过去五年和2021年" → 2017–2021; "2024年" → 2024; nothing said → the year before. */
export function reviewYears(heading: string, reportYear: number | null): YearSpan | null {
  const years = yearsIn(heading);
  const named = namedFiveYearPlan(heading);
  if (named) return named;
  const last = years.length ? Math.max(...years) : reportYear !== null ? reportYear - 1 : null;
  if (last === null) return null;
  if (namesFiveYears(heading)) return { from: last - 4, to: last };
  return { from: years.length ? Math.min(...years) : last, to: last };
}

/** The plan year and the last year a plan part looks to: "今后五年" → five years from the plan year. */
export function planYears(heading: string, reportYear: number | null): YearSpan | null {
  const years = yearsIn(heading);
  const named = namedFiveYearPlan(heading);
  const first = years.length ? Math.min(...years) : reportYear;
  if (named) return { from: first ?? named.from, to: named.to };
  if (first === null) return null;
  if (namesFiveYears(heading)) return { from: first, to: first + 4 };
  return { from: first, to: years.length ? Math.max(...years) : first };
}

export function formatSpan(span: YearSpan | null): string | null {
  if (!span) return null;
  return span.from === span.to ? String(span.to) : `${span.from}-${span.to}`;
}

const REVIEW_CUES =
  /预计|完成了|实现了|取得了|获评|荣获|入选|成功举办|顺利|圆满|累计|同比增长|[^，。]了[，。]|增长\d+(?:\.\d+)?%(?![以左])/g;
const PLAN_CUES = /力争|年内|确保|以上|左右|不低于|不少于|将|要|今年/g;

/**
 * For parts whose heading names no part: a year before the report's year is reviewed, the report's year is
 * planned; without years, past-tense cues against future ones.
 */
export function partByTense(text: string, headingYears: number[] = [], reportYear: number | null = null): SectionPart {
  if (headingYears.length && reportYear !== null) return Math.max(...headingYears) < reportYear ? "review" : "plan";
  const review = text.match(REVIEW_CUES)?.length ?? 0;
  const plan = text.match(PLAN_CUES)?.length ?? 0;
  return review > plan ? "review" : "plan";
}
