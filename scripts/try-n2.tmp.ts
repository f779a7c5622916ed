import { normalise } from "../app/domain/report/normalise";
import { readFileSync } from "node:fs";
const src = readFileSync("app/domain/report/normalise.test.ts", "utf8");
const m = /const PDF_EXCERPT = \[([\s\S]*?)\]\.join/.exec(src)!;
const lines = eval("[" + m[1] + "]") as string[];
const c = normalise(lines.join("\n"));
console.log(
  c.layout,
  c.paragraphs.map((p) => c.text.slice(p.start, p.end)),
);
