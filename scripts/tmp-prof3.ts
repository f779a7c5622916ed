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
const out = analyseReport(g).commitments;
console.log("commitments", out.length, "model", out.filter((c) => c.rule === "deliverable.model").length);
const cands: ClauseCandidate[] = [];
analyseReport(g, { candidates: cands });
const clean = normalise(g).text;
const views = cands.filter((c) => !c.accepted).map((c) => ({ clause: clean.slice(c.start, c.end), index: 1, clauses: 3, itemStart: false, inherited: null, rule: null, section: "二、2025年工作安排", sector: null }));
console.log("candidates", cands.length, "left", views.length);
for (let k = 0; k < 3; k++) {
  const s = process.cpuUsage();
  for (let i = 0; i < 20; i++) for (const v of views) clauseFeatures(v);
  const u = process.cpuUsage(s);
  console.log("features ms per report", ((u.user + u.system) / 1000 / 20).toFixed(2));
}
