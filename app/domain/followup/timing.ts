// Whether what a review reports, for the period it reports on, can speak for a promise with its deadline: a figure
// of another period never decides a verdict; a promise not yet due is at most in progress unless already met.
import type { FactPeriod } from "~/domain/followup/period";

export interface PromiseTiming {
  /** The plan year of the report that made the promise. */
  year: number | null;
  /** The year it is due (null: the plan year). */
  deadline: number | null;
  /** A rate of change (增长6%), a flow (新增1.3万人) or a level to reach (达到90%). */
  measure: "growth" | "flow" | "level";
}

/**
 * `factor`: how well the period fits (0: it cannot speak for the promise). `when`: the promise is `due` in that
 * period, `early` (due later: progress only; a level already reached counts) or `late` (due earlier: a later
 * status is at most progress).
 */
export interface Timing {
  factor: number;
  when: "due" | "early" | "late";
}

const NONE: Timing = { factor: 0, when: "due" };

/** Plan words that make a quantity a level to reach rather than an amount added within the year (stocks: 存栏, 面积). */
const LEVEL_WORDS =
  /达到|总数|总量|累计|保有量|存栏|面积|余额|拥有量|覆盖率|普及率|比重|占比|[^增]率|人均|规模|控制在|稳定在|保持|以内|以下|(提高|提升|增加|降低|下降|降)(到|至)/;
const FLOW_WORDS =
  /新增|新建|新开工|新改建|新培育|新引进|再|引进|培育|完成投资|开工|建成|实施|改造|减少|淘汰|压减|退出|解决/;

export function measureOf(quote: string, growth: boolean): PromiseTiming["measure"] {
  if (growth) return "growth";
  return LEVEL_WORDS.test(quote) && !FLOW_WORDS.test(quote) ? "level" : "flow";
}

/** When the promise is due: its deadline, else its plan year, else (a plan whose year is unknown) the reviewed year. */
function dueYear(p: PromiseTiming, reviewYear: number | null): number | null {
  return p.deadline ?? p.year ?? reviewYear;
}

/** A figure's period against a numeric promise. */
export function numericTiming(p: PromiseTiming, period: FactPeriod, reviewYear: number | null): Timing {
  const due = dueYear(p, reviewYear);
  const multiYear = p.deadline !== null && p.year !== null && p.deadline > p.year;
  if (due === null) return { factor: 0.9, when: "due" };
  switch (period.kind) {
    case "year":
    case "partial": {
      const year = period.year ?? reviewYear;
      const partial = period.kind === "partial" ? 0.85 : 1;
      if (year === null) return { factor: 0.85 * partial, when: "due" };
      if (year === due) return { factor: (multiYear && p.measure !== "level" ? 0.9 : 1) * partial, when: "due" };
      if (year < due && year === reviewYear && (p.year === null || year >= p.year))
        return { factor: 0.8 * partial, when: "early" };
      return NONE;
    }
    case "years": {
      if (!multiYear || period.to === null) return NONE;
      // A sum or rate over years that began before the plan (2007–2011 against 十二五's 2011–2015) is another span.
      if (p.measure !== "level" && period.from !== null && p.year !== null && period.from < p.year) return NONE;
      if (period.to === due) return { factor: 0.9, when: "due" };
      return period.to < due && period.to === reviewYear ? { factor: 0.75, when: "early" } : NONE;
    }
    case "stock": {
      if (p.measure !== "level") return NONE;
      const year = period.year ?? reviewYear;
      if (year === null || year === due) return { factor: 0.9, when: "due" };
      return year < due && year === reviewYear ? { factor: 0.8, when: "early" } : NONE;
    }
  }
}

/** A status report's period against a deliverable promise. */
export function deliverableTiming(p: PromiseTiming, period: FactPeriod, reviewYear: number | null): Timing {
  const due = dueYear(p, reviewYear);
  const end = (period.kind === "years" ? period.to : period.year) ?? reviewYear;
  if (due === null || end === null) return { factor: 0.9, when: "due" };
  // News of a year before the promise was made says nothing of it.
  if (p.year !== null && end < p.year) return NONE;
  const wide = period.kind === "years" || period.kind === "stock" ? 0.95 : 1;
  if (end === due) return { factor: wide, when: "due" };
  if (end < due) return { factor: 0.9 * wide, when: "early" };
  return { factor: 0.8 * wide, when: "late" };
}
