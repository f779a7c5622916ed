import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { analyseReport } from "../app/domain/report/analyse";
import { clauseFeatures } from "../app/domain/extraction/clause-model";
import { clauseFeatures as old } from "../app/domain/extraction/tmp-old-model";
import type { ClauseCandidate } from "../app/domain/extraction/rules";
import { normalise } from "../app/domain/text/normalise";
import { generateReport } from "./bench/analysis";
const dir = path.join(process.cwd(), "data/reports");
const texts = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(path.join(dir, f), "utf8"));
const g = generateReport(texts, 50000);
const cands: ClauseCandidate[] = [];
analyseReport(g, { candidates: cands });
const clean = normalise(g).text;
const secs = ["二、2025年工作安排", "加强生态环境保护", "（三）推进重点项目建设"];
const views = cands.map((c, k) => ({ clause: clean.slice(c.start, c.end) + (k % 7 === 0 ? " 建设 a" : ""), index: k % 3, clauses: 3, itemStart: k % 2 === 0, inherited: k % 5 ? null : "建设", rule: null, section: secs[k % 3], sector: null }));
let diff = 0;
for (const v of views) {
  const a = [...clauseFeatures(v)].sort().join(), b = [...old(v)].sort().join();
  if (a !== b) diff++;
}
console.log("views", views.length, "differ", diff);
for (const [name, fn] of [["new", clauseFeatures], ["old", old], ["new", clauseFeatures], ["old", old]] as const) {
  const s = process.cpuUsage();
  for (let i = 0; i < 100; i++) for (const v of views) fn(v);
  const u = process.cpuUsage(s);
  console.log(name, ((u.user + u.system) / 1000 / 100).toFixed(2));
}
