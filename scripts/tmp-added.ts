import { clauseProbability } from "../app/domain/extraction/clause-model";
import { runSets, trainWithThreshold } from "../tests/quality/clause-training";
import { labelledSets } from "../tests/quality/score";
import { placeHalf } from "../tests/quality/halves";
const runs = runSets(labelledSets(process.cwd()));
const model = trainWithThreshold(runs.filter((r) => placeHalf(r.set.name) === "A"));
console.log("threshold", model.threshold);
for (const r of runs.filter((r) => placeHalf(r.set.name) === "B"))
  for (const c of r.candidates)
    if (!c.accepted) {
      const p = clauseProbability(model, c.features);
      if (p >= 0.05) console.log([p.toFixed(2), typeof c.adds === "number" ? "HIT" : c.adds, r.set.name, c.commitment!.quote].join("\t"));
    }
