// `npm run train:clauses [-- --enable | --disable]`: trains the learned clause decision on every labelled set and
// writes its weights to app/domain/extraction/clause-model.json (threshold chosen inside the sets, leaving each out
// in turn). The analyser uses the file only when it is enabled (a disabled file keeps no weights); `npm run quality:scorer` shows, leaving
// one set out, whether it should be (it is, since round deliv12d: see README, Extraction quality).
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { storedFrom } from "../app/domain/extraction/clause-model";
import { runSets, trainWithThreshold } from "../tests/quality/clause-training";
import { labelledSets } from "../tests/quality/score";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const FILE = path.join(ROOT, "app/domain/extraction/clause-model.json");

const previous = JSON.parse(readFileSync(FILE, "utf8")) as { enabled?: boolean };
const enabled = process.argv.includes("--enable")
  ? true
  : process.argv.includes("--disable")
    ? false
    : Boolean(previous.enabled);
const sets = labelledSets(ROOT);
const runs = runSets(sets);
const model = trainWithThreshold(runs);
const stored = storedFrom(model);
// A disabled model keeps only its figures: its weights would be bundled with the app for nothing.
const weights = enabled ? stored.weights : [];
writeFileSync(FILE, `${JSON.stringify({ enabled, sets: sets.map((s) => s.name), ...stored, weights })}\n`);
const candidates = runs.flatMap((r) => r.candidates);
console.log(
  `${candidates.length} candidate clauses from ${sets.length} sets (${candidates.filter((c) => c.label).length} deliverables); ` +
    `${stored.weights.length} weights, threshold ${stored.threshold.toFixed(2)}, ${enabled ? "enabled" : "disabled"} → ${path.relative(ROOT, FILE)}`,
);
