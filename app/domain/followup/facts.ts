// What a review part states, clause by clause: numbers with their metric, and clauses that can report on a project.
import type { Kind } from "~/domain/vocab";
import { sentencesIn, type Clause, type Sentence } from "~/domain/followup/clauses";
import { normaliseMetric } from "~/domain/followup/metric";
import { numbersIn } from "~/domain/followup/numbers";
import {
  isMultiYear,
  parseSpan,
  spanOfHeading,
  speaksOfSeveralYears,
  yearsIn,
  type YearSpan,
} from "~/domain/followup/period";

/** A result as the analyser gives it (the extraction contract), offsets into the same text. */
export interface ResultInput {
  quote: string;
  start: number | null;
  end: number | null;
  kind: Kind;
  metric: string;
  value: number | null;
  unit: string | null;
  growth: boolean;
  period: string | null;
  estimated: boolean;
}

export interface SectionInput {
  heading: string;
  part: string;
  start: number;
  end: number;
}

export interface ReviewInput {
  text: string;
  sections: readonly SectionInput[];
  results: readonly ResultInput[];
  /** The report's review period ("2024", "2017-2021"). */
  reviewPeriod: string | null;
}

export interface Fact {
  id: number;
  kind: Kind;
  quote: string; // the clause (or the analyser's quote when the text gave nothing)
  sentence: string;
  clauseIndex: number; // position in `clauses` (for looking at neighbours), -1 for analyser-only facts
  start: number;
  end: number;
  metric: string;
  /** The analyser's metric for the same figure, when it found it: a second reading. */
  altMetric: string | null;
  before: string;
  value: number | null;
  unit: string | null;
  growth: boolean;
  estimated: boolean;
  /** Years its review heading (or the report) speaks of. */
  span: YearSpan | null;
  /** A sum or average over several years (五年来, 年均, a five-year review), not one year's result. */
  several: boolean;
  /** Years named in its sentence (比2020年 …). */
  years: number[];
  resultIndex: number | null;
}

export interface Review {
  facts: Fact[];
  clauses: Clause[];
  sentences: Sentence[];
  span: YearSpan | null;
}

function reviewSections(input: ReviewInput): SectionInput[] {
  return input.sections.filter((s) => s.part === "review" && s.end > s.start);
}

/** Review sections merged into disjoint ranges. */
function ranges(sections: SectionInput[]): [number, number][] {
  const sorted = sections.map((s) => [s.start, s.end] as [number, number]).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** The years the innermost review heading around `offset` speaks of, else the report's period. */
function spanAt(sections: SectionInput[], offset: number, fallback: YearSpan | null): YearSpan | null {
  const around = sections
    .filter((s) => s.start <= offset && offset < s.end)
    .sort((a, b) => b.start - a.start || a.end - b.end);
  for (const section of around) {
    const span = spanOfHeading(section.heading);
    if (span) return span;
  }
  return fallback;
}

function overlaps(a: { start: number; end: number }, start: number | null, end: number | null): boolean {
  return start !== null && end !== null && a.start < end && start < a.end;
}

/** A sentence that opens with a bare time phrase (2023年，…) dates all its clauses. */
function yearsOf(clause: Clause, sentence: Sentence): number[] {
  const opening = sentence.clauses[0]!.text;
  const dated = opening !== clause.text && /^(?:19|20)\d{2}年(以来|全年|上半年|前三季度)?$/.test(opening);
  return [...yearsIn(clause.text), ...(dated ? yearsIn(opening) : [])];
}

export function readReview(input: ReviewInput): Review {
  const sections = reviewSections(input);
  const reportSpan = parseSpan(input.reviewPeriod);
  const sentences = sentencesIn(input.text, ranges(sections));
  const clauses = sentences.flatMap((s) => s.clauses);
  const facts: Fact[] = [];
  const push = (fact: Omit<Fact, "id">) => facts.push({ ...fact, id: facts.length });

  clauses.forEach((clause, clauseIndex) => {
    const sentence = sentences[clause.sentence]!;
    const span = spanAt(sections, clause.start, reportSpan);
    const base = {
      sentence: sentence.text,
      clauseIndex,
      years: yearsOf(clause, sentence),
      estimated: /预计/.test(sentence.text),
      span,
      several: speaksOfSeveralYears(sentence.text) || isMultiYear(span),
      resultIndex: null,
      altMetric: null,
      end: clause.end,
    };
    const plain = { ...base, quote: clause.text, start: clause.start };
    push({ ...plain, kind: "deliverable", metric: "", before: "", value: null, unit: null, growth: false });
    for (const mention of numbersIn(clause.text)) {
      // "一般公共预算收入完成28.6亿元，增长4.2%": the rate belongs to the metric of the clause before.
      const previous = facts.findLast((f) => f.kind === "numeric");
      const inherit = normaliseMetric(mention.metric).length < 2 && previous?.sentence === sentence.text;
      const where =
        inherit && previous.clauseIndex !== clauseIndex
          ? { ...base, quote: `${clauses[previous.clauseIndex]!.text}，${clause.text}`, start: previous.start }
          : plain;
      const { value, unit, growth, before } = mention;
      push({
        ...where,
        kind: "numeric",
        metric: inherit ? previous.metric : mention.metric,
        before,
        value,
        unit,
        growth,
      });
    }
  });

  // Link the analyser's results; keep the ones the text scan did not find as facts of their own.
  input.results.forEach((result, resultIndex) => {
    const numeric = result.kind === "numeric" && result.value !== null;
    const twin = facts.find(
      (f) =>
        f.resultIndex === null &&
        overlaps(f, result.start, result.end) &&
        (numeric ? f.kind === "numeric" && f.value === result.value : f.kind === "deliverable"),
    );
    if (twin) {
      twin.resultIndex = resultIndex;
      if (numeric) twin.altMetric = result.metric;
      return;
    }
    if (!numeric && result.kind === "numeric") return;
    const span = parseSpan(result.period) ?? reportSpan;
    const quote = result.quote.replace(/\s+/g, "");
    push({
      kind: result.kind,
      quote,
      sentence: quote,
      clauseIndex: -1,
      start: result.start ?? -1,
      end: result.end ?? -1,
      metric: result.metric,
      altMetric: null,
      before: result.metric,
      value: result.value,
      unit: result.unit,
      growth: result.growth,
      estimated: result.estimated,
      span,
      several: speaksOfSeveralYears(quote) || isMultiYear(span),
      years: yearsIn(quote),
      resultIndex,
    });
  });
  return { facts, clauses, sentences, span: reportSpan };
}
