// Why the matcher is silent on numeric promises the review reports: for each one (gold: reported; matcher: "not
// mentioned"), every figure of the labelled result clause and why it was refused (unit, period, metric similarity…),
// or "no figure" when that clause states the outcome in words only. Usage (options as quality:followup's):
//   npx vite-node --config vitest.config.ts scripts/silent-followup.ts [--half A|B] [--set NAME]
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readReview } from "~/domain/followup/facts";
import { figureRefusal } from "~/domain/followup/figures";
import { readPromise } from "~/domain/followup/promise";
import { followUpInputs } from "~/domain/followup/reports";
import { runFollowupSets } from "../tests/quality/followup-run";
import { followupSets } from "../tests/quality/followup-score";
import { overlap } from "../tests/quality/score";
import { placeHalf } from "../tests/quality/halves";
import { causeTally, optionValues, reportReader } from "../tests/quality/silent-tally";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const only = optionValues(args, "set");
const half = optionValues(args, "half")[0];
const corpus = new Map(followupSets(ROOT).map((s) => [s.name, s.corpus]));
const read = reportReader();
const tally = causeTally();
const FAR = ["unit", "growth against level", "a deliverable"];
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
    tally.add(cause, run.name);
    console.log(
      `${run.name} ${g.verdict} | ${g.quote} [${r.promise.metric}] ← ${g.result_quote}\n    ${why.join("\n    ") || "no figure"}`,
    );
  }
}
tally.print();
