// The metric series page (/metrics/:slug): targets and one year's results of a place's published reports.
import { readReview } from "~/domain/followup/facts";
import { buildSeries, type SeriesInput } from "~/domain/followup/series";
import { isOneOf, COMPARATORS } from "~/domain/vocab";
import { db } from "~/utils/db.server";
import { reviewTextFields } from "~/models/report-fields.server";

/** Targets (annual ones) and results (one year's, from the review parts) of a jurisdiction's published reports. */
export async function metricSeries(jurisdictionId: number) {
  const reports = await db.report.findMany({
    where: { jurisdictionId, state: "published" },
    orderBy: { year: "asc" },
    select: {
      id: true,
      title: true,
      ...reviewTextFields,
      commitments: {
        where: { kind: "numeric", target: { not: null }, reviewState: "accepted", parentId: null },
        orderBy: { ordinal: "asc" },
        select: {
          year: true,
          deadline: true,
          metric: true,
          target: true,
          unit: true,
          growth: true,
          comparator: true,
          quote: true,
        },
      },
    },
  });
  const points: SeriesInput[] = [];
  for (const report of reports) {
    for (const c of report.commitments) {
      if (c.target === null || (c.deadline !== null && c.deadline !== c.year)) continue;
      const comparator = isOneOf(COMPARATORS, c.comparator) ? c.comparator : null;
      points.push({
        kind: "target",
        year: c.year,
        metric: c.metric,
        value: c.target,
        unit: c.unit,
        growth: c.growth,
        comparator,
        quote: c.quote,
        reportId: report.id,
      });
    }
    const review = readReview({
      text: report.text,
      sections: report.sections,
      results: [],
      reviewPeriod: report.reviewPeriod,
      reportYear: report.year,
    });
    for (const fact of review.facts) {
      // One year's figure only: five-year sums, cumulative levels and part-year figures are not the year's result.
      const year = fact.period.kind === "year" ? fact.period.year : null;
      if (fact.kind !== "numeric" || fact.value === null || year === null || year !== review.year) continue;
      points.push({
        kind: "result",
        year,
        metric: fact.metric,
        value: fact.value,
        unit: fact.unit,
        growth: fact.growth,
        estimated: fact.estimated,
        quote: fact.quote,
        reportId: report.id,
      });
    }
  }
  return {
    reports: reports.map((r) => ({ id: r.id, year: r.year, title: r.title })),
    series: buildSeries(points),
  };
}
