// The period a review sentence reports on: the reviewed year, part of it (1—11月), several years (五年来, 年均,
// “十二五”时期), a cumulative level (累计) or another year — read from the clause, its sentence's opening, its
// paragraph's opening and its heading, nearest first.
import { namedFiveYearPlan, namesFiveYears, yearsIn, type YearSpan } from "~/domain/report/parts";

export { yearsIn, type YearSpan };

/**
 * `year`: one year's result; `partial`: part of a year; `years`: a sum, average or change over several years;
 * `stock`: a cumulative level at the end of a year, whatever the years that built it.
 */
export type FactPeriod =
  | { kind: "year"; year: number | null }
  | { kind: "partial"; year: number | null }
  | { kind: "years"; from: number | null; to: number | null }
  | { kind: "stock"; year: number | null };

/** "2024" → 2024–2024; "2017-2021" / "2017—2021" → 2017–2021; anything else null. */
export function parseSpan(text: string | null | undefined): YearSpan | null {
  const match = /^\s*((?:19|20)\d{2})\s*(?:[-—–~至到]\s*((?:19|20)\d{2}))?\s*年?\s*$/.exec(text ?? "");
  if (!match) return null;
  const from = Number(match[1]);
  const to = match[2] ? Number(match[2]) : from;
  return to >= from ? { from, to } : null;
}

/** The years a review heading speaks of (过去五年和2021年 → 2017–2021), or null when it names none. */
export function spanOfHeading(heading: string): YearSpan | null {
  const plan = namedFiveYearPlan(heading);
  if (plan) return plan;
  const years = yearsIn(heading);
  const range = /((?:19|20)\d{2})\s*[-—–~至到]\s*((?:19|20)\d{2})/.exec(heading);
  if (range) return { from: Number(range[1]), to: Number(range[2]) };
  if (namesFiveYears(heading) && years.length) return { from: Math.max(...years) - 4, to: Math.max(...years) };
  if (years.length) return { from: Math.min(...years), to: Math.max(...years) };
  return null;
}

export function contains(span: YearSpan, year: number): boolean {
  return span.from <= year && year <= span.to;
}

export function isMultiYear(span: YearSpan | null): boolean {
  return span !== null && span.to > span.from;
}

/** The last year a review speaks of: its review period, else the year before the report, else its headings' latest. */
export function reviewYearOf(
  reviewPeriod: string | null,
  reportYear: number | null | undefined,
  headings: readonly string[],
): number | null {
  const span = parseSpan(reviewPeriod);
  if (span) return span.to;
  if (reportYear) return reportYear - 1;
  const years = headings.flatMap((h) => {
    const s = spanOfHeading(h);
    return s ? [s.to] : [];
  });
  return years.length ? Math.max(...years) : null;
}

/**
 * A review heading's period for the sentences under it: "2024年工作回顾" one year; "过去五年工作回顾" five years;
 * "“十二五”时期和2015年工作回顾" names a single year beside the five: its figures are that year's unless a
 * sentence says otherwise.
 */
export function headingPeriod(heading: string, reviewYear: number | null): FactPeriod | null {
  const span = spanOfHeading(heading);
  if (span && !isMultiYear(span)) return { kind: "year", year: span.from };
  const single = /[和及与暨、]\s*((?:19|20)\d{2})\s*年/.exec(heading);
  if (span && single) return { kind: "year", year: Number(single[1]) };
  if (span) return { kind: "years", from: span.from, to: span.to };
  if (/过去五年|五年来|本届/.test(heading))
    return { kind: "years", from: reviewYear && reviewYear - 4, to: reviewYear };
  if (/过去一年|一年来|去年|上年/.test(heading)) return { kind: "year", year: reviewYear };
  return null;
}

const NUMERAL = "[\\d一二两三四五六七八九十]";
const SEVERAL = new RegExp(
  [
    "[\\d二两三四五六七八九十]+年来",
    `近${NUMERAL}+年`,
    "过去五年",
    "这五年",
    "本届(政府)?(以来|任期)",
    "届内",
    "历年",
    "年均",
    "十[一二三四五六]五”?(时期|期间|以来|规划期)",
  ].join("|"),
);
const PARTIAL = new RegExp(
  `(?:1|一)\\s*[—–~\\-－至到]\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月(份)?|前[一二三]季度|上半年|前${NUMERAL}{1,2}个月`,
);
/** A level reached (累计达到87家, 总数达到): valid at the period's end. Other 累计 figures are sums of years. */
const STOCK = /累计(达到|达|超过|突破)|总数|总量达|保有量|存量|^(全区|全市|全县|全旗|全省|全国)[^，。；\d]{0,12}达到/;
const CUMULATIVE = /累计/;
const WHOLE_YEAR = /全年|当年|过去一年|一年来|刚刚过去的|去年|^这一年/;
/** A year named as a base of comparison or a start (比2020年, 较2010年, 从2015年, 与2019年相比), not the period. */
const BASE_YEAR = /(比|较|与|同|从|由|相比|对比|于)\s*$/;
/**
 * Opening time phrases that date a whole sentence or paragraph (2017年，…; 各位代表，刚刚过去的2017年…; 五年来，…;
 * 这一年，… after a five-year part: the reviewed year), after a dash that sets the paragraph off (——2020年，…).
 */
const OPENING = new RegExp(
  `^[—–－\\-\\s]*(各位代表[，,！!]\\s*)?(刚刚过去的|过去的)?((?:19|20)\\d{2}年|过去一年|一年来|这一年|去年|五年来|过去五年|这五年|近[\\d二两三四五六七八九十]+年(?!内)|[\\d二两三四五六七八九十]+年来|本届政府以来|“?十[一二三四五六]五”?(时期|期间|以来))`,
);

/** Years named in a clause as its period (not as a base of comparison, a start, or a year still to come). */
function periodYears(text: string): number[] {
  return [...text.matchAll(/(?<!\d)((?:19|20)\d{2})\s*年(?!以来|底前|前|起|之前)/g)]
    .filter((m) => !BASE_YEAR.test(text.slice(Math.max(0, m.index - 4), m.index)))
    .map((m) => Number(m[1]));
}

function severalYears(text: string, reviewYear: number | null): FactPeriod {
  const plan = /十[一二三四五六]五/.test(text) ? namedFiveYearPlan(text) : null;
  if (plan) return { kind: "years", from: plan.from, to: Math.min(plan.to, reviewYear ?? plan.to) };
  const since = /((?:19|20)\d{2})\s*年以来/.exec(text);
  if (since) return { kind: "years", from: Number(since[1]), to: reviewYear };
  return { kind: "years", from: reviewYear && reviewYear - 4, to: reviewYear };
}

/** What a piece of text says of its figures' period, or null when it says nothing. */
export function periodIn(text: string, reviewYear: number | null): FactPeriod | null {
  const since = /((?:19|20)\d{2})\s*年以来/.exec(text);
  if (since && Number(since[1]) < (reviewYear ?? Infinity)) return severalYears(text, reviewYear);
  if (SEVERAL.test(text) && !/收官之年|开局之年/.test(text)) return severalYears(text, reviewYear);
  const years = periodYears(text);
  const year = years.length ? Math.max(...years) : null;
  if (PARTIAL.test(text)) return { kind: "partial", year: year ?? reviewYear };
  if (STOCK.test(text) && !WHOLE_YEAR.test(text)) return { kind: "stock", year: year ?? reviewYear };
  if (CUMULATIVE.test(text) && !WHOLE_YEAR.test(text)) return { kind: "years", from: null, to: year ?? reviewYear };
  if (year !== null) return { kind: "year", year };
  if (WHOLE_YEAR.test(text)) return { kind: "year", year: reviewYear };
  return null;
}

/** The period an opening clause sets for what follows it, when it opens with a time phrase. */
export function openingPeriod(text: string, reviewYear: number | null): FactPeriod | null {
  return OPENING.test(text) || PARTIAL.test(text.slice(0, 12)) ? periodIn(text, reviewYear) : null;
}

/** The period's last year (the year whose end it reports). */
export function periodEnd(period: FactPeriod): number | null {
  return period.kind === "years" ? period.to : period.year;
}
