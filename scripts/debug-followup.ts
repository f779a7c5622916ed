// Explains one promise of a follow-up pair: its reading and every candidate result, best first; with a fourth
// argument, the review facts containing those words. Usage:
//   npx vite-node --config vitest.config.ts scripts/debug-followup.ts EARLIER LATER "words of the promise" [words]
import { readFileSync } from "node:fs";
import { readDocument } from "~/domain/document/read";
import { readReview } from "~/domain/followup/facts";
import { explainPromise } from "~/domain/followup/match";
import { readPromise } from "~/domain/followup/promise";
import { followUpInputs } from "~/domain/followup/reports";
import { analyseReport } from "~/domain/report/analyse";
import { storedReportText } from "~/domain/text/stored";

const [earlierFile, laterFile, needle, showFacts] = process.argv.slice(2);
const read = async (f: string) => {
  const text = storedReportText((await readDocument(readFileSync(f), f)).text);
  return { text, analysis: analyseReport(text) };
};
const { promises, review, options } = followUpInputs(await read(earlierFile!), await read(laterFile!));
for (const p of promises) {
  if (!p.quote.replace(/\s+/g, "").includes(needle!)) continue;
  const { promise, numeric, context, prefix, subjectMetric, names, items, object, goal, timing, categories } =
    readPromise(p);
  console.log(JSON.stringify({ ...promise, lead: undefined }));
  console.log(
    "reading",
    JSON.stringify({ numeric, context, prefix, subjectMetric, names, items, object, goal, timing, categories }),
  );
  for (const x of explainPromise(p, review, options).slice(0, 8)) console.log("  ", JSON.stringify(x));
}
if (showFacts) {
  const facts = readReview(review);
  console.log("review year", facts.year);
  for (const f of facts.facts.filter((f) => f.quote.includes(showFacts)))
    console.log(JSON.stringify({ kind: f.kind, quote: f.quote, metric: f.metric, value: f.value, unit: f.unit, growth: f.growth, after: f.after, period: f.period })); // prettier-ignore
}
