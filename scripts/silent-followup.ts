// Why the matcher is silent on numeric promises the review reports: for each one (gold: reported; matcher: "not
// mentioned"), every figure of the labelled result clause and why it was refused (unit, period, metric similarity…),
// or "no figure" when that clause states the outcome in words only. Usage (options as quality:followup's):
//   npx vite-node --config vitest.config.ts scripts/silent-followup.ts [--half A|B] [--set NAME]
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readDocument } from "~/domain/document/read";
import { readReview } from "~/domain/followup/facts";
import { figureRefusal } from "~/domain/followup/figures";
import { readPromise } from "~/domain/followup/promise";
import { followUpInputs } from "~/domain/followup/reports";
import { analyseReport } from "~/domain/report/analyse";
import { storedReportText } from "~/domain/text/stored";
import { runFollowupSets } from "../tests/quality/followup-run";
import { followupSets } from "../tests/quality/followup-score";
import { overlap } from "../tests/quality/score";
import { placeHalf } from "../tests/quality/halves";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const only = args.flatMap((a, i) => (args[i - 1] === "--set" ? [a] : []));
const half = args.flatMap((a, i) => (args[i - 1] === "--half" ? [a] : []))[0];
const corpus = new Map(followupSets(ROOT).map((s) => [s.name, s.corpus]));
const read = async (f: string) => {
  const text = storedReportText((await readDocument(readFileSync(f), f)).text);
  return { text, analysis: analyseReport(text) };
};
const causes = new Map<string, Set<string>>();
const counts = new Map<string, number>();
const FAR = ["unit", "growth against level", "a deliverable"];
const place = (set: string) => set.replace(/^fu-/, "").replace(/(-[a-d]|\d)$/, "");
for (const run of await runFollowupSets(ROOT, only)) {
  if (run.name === "invented" || (half && placeHalf(run.name) !== half)) continue;
  for (const s of run.scored) {
    const g = s.gold;
    if (g.kind !== "numeric" || g.verdict === "not_mentioned" || s.predicted?.verdict !== "not_mentioned") continue;
    const dir = corpus.get(run.name)!;
    const { promises, review } = followUpInputs(
      await read(path.join(dir, g.report)),
      await read(path.join(dir, g.later)),
    );
    const p = promises.find(
      (x) => x.quote === s.predicted!.commitment.quote && x.target === s.predicted!.commitment.target,
    );
    if (!p) continue;
    const r = readPromise(p);
    const facts = readReview(review);
    const inGold = facts.facts.filter(
      (f) => f.kind === "numeric" && g.result_quote && overlap(g.result_quote, f.quote) > 0.5,
    );
    const why = inGold.map(
      (f) => `${f.value}${f.unit ?? ""} [${f.metric}]: ${figureRefusal(r, f, facts) ?? "proposed, not chosen"}`,
    );
    // The clause's figure nearest to being read decides its cause: one refused for its unit or for being a rate is
    // usually another figure of the clause.
    const reasons = why.map((w) => w.split(": ").at(-1)!);
    const cause = reasons.find((x) => !FAR.includes(x)) ?? reasons[0] ?? "no figure";
    causes.set(cause, (causes.get(cause) ?? new Set()).add(place(run.name)));
    counts.set(cause, (counts.get(cause) ?? 0) + 1);
    console.log(
      `${run.name} ${g.verdict} | ${g.quote} [${r.promise.metric}] ← ${g.result_quote}\n    ${why.join("\n    ") || "no figure"}`,
    );
  }
}
for (const [cause, places] of [...causes].sort((a, b) => counts.get(b[0])! - counts.get(a[0])!))
  console.log(`${cause}: ${counts.get(cause)} in ${places.size} places (${[...places].join(", ")})`);
