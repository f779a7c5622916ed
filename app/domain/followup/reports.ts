// Follow-up of two analysed reports (the `followup` command): the earlier one's promises against the later one's review.
import type { AnalysedReport, Commitment } from "~/domain/extraction/types";
import { matchFollowUps, type FollowUpMatch, type PromiseInput } from "~/domain/followup/match";
import { ownNamesOf } from "~/domain/followup/names";

/** Up to 40 characters before `start` in the same sentence. */
export function leadBefore(text: string, start: number | null): string {
  if (start === null || start <= 0) return "";
  const before = text.slice(Math.max(0, start - 60), start).replace(/\s+/g, "");
  return before.slice(before.search(/[^。；！？!?;]*$/)).slice(-40);
}

function promiseOf(c: Commitment, planYear: number | null, text: string): PromiseInput {
  const { quote, kind, metric, target, unit, comparator, growth, deadline, entities } = c;
  const lead = leadBefore(text, c.start);
  return { quote, kind, metric, target, unit, comparator, growth, deadline, entities, year: planYear, lead };
}

interface ReadReport {
  text: string;
  analysis: AnalysedReport;
}

/** The earlier report's promises and the later report's review, as the matcher reads them. */
export function followUpInputs(earlier: ReadReport, later: ReadReport) {
  const { analysis } = later;
  const planYear = earlier.analysis.report.planYear ?? earlier.analysis.report.year;
  const reviewOf = ({ text, analysis: a }: ReadReport) => ({
    text,
    sections: a.sections,
    results: a.results,
    reviewPeriod: a.report.reviewPeriod,
    reportYear: a.report.year ?? a.report.planYear,
  });
  return {
    promises: earlier.analysis.commitments.map((c) => promiseOf(c, planYear, earlier.text)),
    review: reviewOf(later),
    options: {
      ownNames: ownNamesOf(analysis.report.jurisdiction, earlier.analysis.report.jurisdiction),
      previous: earlier.analysis.results,
    },
  };
}

export function followUpReports(earlier: ReadReport, later: ReadReport) {
  const { promises, review, options } = followUpInputs(earlier, later);
  return matchFollowUps(promises, review, options);
}

/** The `followup` JSON of the extraction contract: one entry per earlier commitment, in order. */
export function toFollowupContract(commitments: readonly Commitment[], matches: readonly FollowUpMatch[]) {
  return {
    matches: commitments.map((c, i) => {
      const m = matches[i]!;
      return {
        commitment: { quote: c.quote, metric: c.metric, target: c.target, unit: c.unit, comparator: c.comparator },
        result: m.result ? { quote: m.result.quote, value: m.result.value, unit: m.result.unit } : null,
        verdict: m.verdict,
        confidence: m.confidence,
      };
    }),
  };
}
