// Explains one promise of a follow-up pair: its reading and every candidate result, best first; with a fourth
// argument, the review facts containing those words. Usage:
//   npx vite-node --config vitest.config.ts scripts/debug-followup.ts EARLIER LATER "words of the promise" [words]
import { readFileSync } from "node:fs";
import { readDocument } from "~/domain/document/read";
import { explainPromise } from "~/domain/followup/match";
import { leadBefore } from "~/domain/followup/reports";
import { readPromise } from "~/domain/followup/promise";
import { readReview } from "~/domain/followup/facts";
import { ownNamesOf } from "~/domain/followup/names";
import { analyseReport } from "~/domain/report/analyse";
import { storedReportText } from "~/domain/text/stored";

const [earlierFile, laterFile, needle, showFacts] = process.argv.slice(2);
const read = async (f: string) => {
  const text = storedReportText((await readDocument(readFileSync(f), f)).text);
  return { text, analysis: analyseReport(text) };
};
const earlier = await read(earlierFile!);
const later = await read(laterFile!);
const planYear = earlier.analysis.report.planYear ?? earlier.analysis.report.year;
const review = {
  text: later.text,
  sections: later.analysis.sections,
  results: later.analysis.results,
  reviewPeriod: later.analysis.report.reviewPeriod,
  reportYear: later.analysis.report.year ?? later.analysis.report.planYear,
};
const ownNames = ownNamesOf(later.analysis.report.jurisdiction, earlier.analysis.report.jurisdiction);
for (const c of earlier.analysis.commitments) {
  if (!c.quote.replace(/\s+/g, "").includes(needle!)) continue;
  const p = { ...c, year: planYear, lead: leadBefore(earlier.text, c.start) };
  const r = readPromise(p);
  console.log(
    JSON.stringify({
      quote: c.quote,
      kind: c.kind,
      metric: c.metric,
      target: c.target,
      unit: c.unit,
      comparator: c.comparator,
      growth: c.growth,
      deadline: c.deadline,
      entities: c.entities,
      planYear,
    }),
  );
  console.log(
    "reading",
    JSON.stringify({
      numeric: r.numeric,
      context: r.context,
      prefix: r.prefix,
      subject: r.subjectMetric,
      names: r.names,
      items: r.items,
      object: r.object,
      goal: r.goal,
      timing: r.timing,
      categories: r.categories,
    }),
  );
  for (const x of explainPromise(p, review, { ownNames }).slice(0, 8)) console.log("  ", JSON.stringify(x));
}
if (showFacts) {
  const rv = readReview(review);
  console.log("review year", rv.year);
  for (const f of rv.facts)
    if (f.quote.includes(showFacts))
      console.log(
        JSON.stringify({
          kind: f.kind,
          q: f.quote,
          metric: f.metric,
          v: f.value,
          u: f.unit,
          g: f.growth,
          after: f.after,
          period: f.period,
        }),
      );
}
