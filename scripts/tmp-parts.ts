import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { analyseReport } from "../app/domain/report/analyse";
import { clauseFeatures } from "../app/domain/extraction/clause-model";
import type { ClauseCandidate } from "../app/domain/extraction/rules";
import { normalise } from "../app/domain/text/normalise";
import { generateReport } from "./bench/analysis";
const dir = path.join(process.cwd(), "data/reports");
const texts = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(path.join(dir, f), "utf8"));
const g = generateReport(texts, 50000);
const cands: ClauseCandidate[] = [];
analyseReport(g, { candidates: cands });
const clean = normalise(g).text;
const views = cands.map((c, k) => ({ clause: clean.slice(c.start, c.end), index: k % 3, clauses: 3, itemStart: false, inherited: null, rule: null, section: "x", sector: null }));
const lens = views.map((v) => v.clause.length);
console.log("mean clause length", lens.reduce((a, b) => a + b, 0) / lens.length, "max", Math.max(...lens));
let best = 1e9; for (let k = 0; k < 10; k++) {
  const s = process.hrtime.bigint();
  for (let i = 0; i < 50; i++) for (const v of views) clauseFeatures(v);
  best = Math.min(best, Number(process.hrtime.bigint() - s) / 1e6 / 50);
}
console.log("best ms/report", best.toFixed(2));
