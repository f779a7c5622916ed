// Year spans of reviews and results: "2024", "2017-2021", 过去五年, 十三五 — and which promises they can speak for.
import { namedFiveYearPlan, yearsIn, type YearSpan } from "~/domain/report/parts";

export { yearsIn, type YearSpan };

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
  if (/五年/.test(heading) && years.length) return { from: Math.max(...years) - 4, to: Math.max(...years) };
  if (years.length) return { from: Math.min(...years), to: Math.max(...years) };
  return null;
}

/** A sentence that sums up several years (五年来, 累计…年均, 十三五时期), not one year's result. */
export function speaksOfSeveralYears(sentence: string): boolean {
  return /五年|\d+年来|[二三四五六七八九十]年来|近[\d二三四五六七八九十]+年|十[二三四五]五|年均|历年|届内|本届/.test(
    sentence,
  );
}

export function contains(span: YearSpan, year: number): boolean {
  return span.from <= year && year <= span.to;
}

export function isMultiYear(span: YearSpan | null): boolean {
  return span !== null && span.to > span.from;
}
