import { readFileSync } from "node:fs";
import { clauseProbability } from "../app/domain/extraction/clause-model";
import { CLAUSE_OPENERS, COMPLETION, LEADING_COMPLETION } from "../app/domain/lexicon/verbs";
import { normalise } from "../app/domain/text/normalise";
import { runSets, trainWithThreshold } from "../tests/quality/clause-training";
import { labelledSets } from "../tests/quality/score";
import { placeHalf } from "../tests/quality/halves";
const runs = runSets(labelledSets(process.cwd()));
const model = trainWithThreshold(runs.filter((r) => placeHalf(r.set.name) === "A"));
const c = new Map<string, number>();
const inc = (k: string) => c.set(k, (c.get(k) ?? 0) + 1);
for (const r of runs) {
  const clean = normalise(r.text).text;
  for (const x of r.candidates) {
    if (x.accepted) continue;
    const q = clean.slice(x.start, x.end).replace(/\s+/g, "").replace(CLAUSE_OPENERS, "");
    COMPLETION.lastIndex = 0;
    const verb = LEADING_COMPLETION.test(q) || COMPLETION.test(q);
    COMPLETION.lastIndex = 0;
    const p = clauseProbability(model, x.features);
    const g = verb ? "verb" : "noverb";
    inc(`${g} all`);
    if (p >= model.threshold) inc(`${g} taken ${typeof x.adds === "number" ? "hit" : x.adds}`);
    if (typeof x.adds === "number") inc(`${g} missedgold`);
  }
}
console.log([...c].sort().map(([k, v]) => `${k}: ${v}`).join("\n"));
