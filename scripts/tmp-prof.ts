import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { analyseReport } from "../app/domain/report/analyse";
import { generateReport } from "./bench/analysis";
const dir = path.join(process.cwd(), "data/reports");
const texts = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(path.join(dir, f), "utf8"));
const g = generateReport(texts, 50000);
const best: Record<string, number> = { off: 1e9, on: 1e9 };
for (let k = 0; k < 8; k++) for (const mode of ["off", "on"]) {
  const opt = mode === "off" ? { model: null } : {};
  for (let i = 0; i < 3; i++) analyseReport(g, opt);
  const s = process.cpuUsage();
  for (let i = 0; i < 10; i++) analyseReport(g, opt);
  const u = process.cpuUsage(s);
  best[mode] = Math.min(best[mode]!, (u.user + u.system) / 1000 / 10);
}
console.log(best);
