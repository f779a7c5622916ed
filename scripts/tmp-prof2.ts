import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { analyseReport } from "../app/domain/report/analyse";
import { generateReport } from "./bench/analysis";
const dir = path.join(process.cwd(), "data/reports");
const texts = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(path.join(dir, f), "utf8"));
const g = generateReport(texts, 50000);
for (let i = 0; i < 150; i++) analyseReport(g);
