// Why the matcher is silent on deliverable promises the review reports: for each one (gold: reported; matcher: "not
// mentioned"), the labelled result clauses, whether a name of the promise is found there (and refused for what it
// goes on to say), and which stage is read from the clause or the next ones. Usage (options as quality:followup's):
//   npx vite-node --config vitest.config.ts scripts/silent-named.ts [--half A|B] [--set NAME] [--only CAUSE]
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readReview, type Review } from "~/domain/followup/facts";
import { distinctPiece, restUnsaid, sharedName, shortFormHit } from "~/domain/followup/names";
import { readPromise } from "~/domain/followup/promise";
import { followUpInputs } from "~/domain/followup/reports";
import { stageOf } from "~/domain/followup/stage";
import { runFollowupSets } from "../tests/quality/followup-run";
import { followupSets } from "../tests/quality/followup-score";
import { placeHalf } from "../tests/quality/halves";
import { causeTally, optionValues, reportReader } from "../tests/quality/silent-tally";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const only = optionValues(args, "set");
const half = optionValues(args, "half")[0];
const onlyCause = optionValues(args, "only")[0];
const corpus = new Map(followupSets(ROOT).map((s) => [s.name, s.corpus]));
const read = reportReader();
const squeeze = (s: string) => s.normalize("NFKC").replace(/\s+/g, "");
const tally = causeTally();

/** The review clauses the labelled result quote holds (or that hold it). */
function goldClauses(review: Review, result: string): number[] {
  const r = squeeze(result);
  const out: number[] = [];
  review.clauses.forEach((c, i) => {
    const t = squeeze(c.text);
    if (t.length >= 4 && (r.includes(t) || t.includes(r))) out.push(i);
  });
  return out;
}

for (const run of await runFollowupSets(ROOT, only)) {
  if (run.name === "invented" || (half && placeHalf(run.name) !== half)) continue;
  for (const s of run.scored) {
    const g = s.gold;
    if (g.kind === "numeric" || g.verdict === "not_mentioned" || s.predicted?.verdict !== "not_mentioned") continue;
    const dir = corpus.get(run.name)!;
    const { promises, review, options } = followUpInputs(
      await read(path.join(dir, g.report)),
      await read(path.join(dir, g.later)),
    );
    const p = promises.find((x) => x.quote === s.predicted!.commitment.quote);
    if (!p) continue;
    const r = readPromise(p);
    const rv = readReview(review);
    const clauses = g.result_quote ? goldClauses(rv, g.result_quote) : [];
    const lines: string[] = [];
    let cause = clauses.length ? "no name" : "result not a clause";
    const rank = [
      "result not a clause",
      "no name",
      "piece refused",
      "name refused",
      "name, no stage",
      "name and stage",
    ];
    for (const i of clauses) {
      const text = rv.clauses[i]!.text;
      const hit =
        sharedName(r.names, text, options.ownNames) ??
        r.names.names.map((n) => shortFormHit(n, text, options.ownNames)).find(Boolean) ??
        null;
      let window = text;
      for (let k = 1; k <= 2; k++) {
        const next = rv.clauses[i + k];
        if (!next || next.sentence !== rv.clauses[i]!.sentence) break;
        window += next.text;
      }
      const refused = hit ? restUnsaid(hit, window, r.names, p.quote) : false;
      const stage = stageOf(text) ?? stageOf(window);
      const piece = r.names.names
        .map((n) => distinctPiece(n, text, options.ownNames))
        .reduce((a, b) => (b.text.length > a.text.length ? b : a), { text: "", distinct: 0 });
      const here = !hit
        ? piece.text.length >= 3
          ? "piece refused"
          : "no name"
        : refused
          ? "name refused"
          : stage
            ? "name and stage"
            : "name, no stage";
      if (rank.indexOf(here) > rank.indexOf(cause)) cause = here;
      lines.push(
        `    [${i}] ${text}\n        piece ${piece.text || "—"}; name ${hit ? `${hit.overlap} (rest ${hit.rest})${refused ? " REFUSED" : ""}` : "—"}; stage ${stage ?? "—"}`,
      );
    }
    tally.add(cause, run.name);
    if (onlyCause && !cause.startsWith(onlyCause)) continue;
    console.log(
      `${run.name} ${g.verdict} <${cause}> | ${g.quote}\n    lead ${p.lead ?? ""}\n    names ${JSON.stringify(r.names.names)}${r.names.declared ? " declared" : ""}${r.names.concrete ? " concrete" : ""} goal ${r.goal}\n    ← ${g.result_quote}\n${lines.join("\n")}`,
    );
  }
}
tally.print();
