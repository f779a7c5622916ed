import { readFileSync } from "node:fs";
import { analyseReport } from "../app/domain/report/analyse";
const raw = readFileSync(process.argv[2], "utf8");
const a = analyseReport(raw);
console.log(JSON.stringify(a.report));
for (const s of a.sections)
  console.log(
    " ".repeat(s.level * 2) + s.level + " " + s.part + " " + s.heading.slice(0, 40) + ` [${s.start},${s.end})`,
  );
