import { readFileSync } from "node:fs";
import { normalise } from "~/domain/text/normalise";
import { readStructure } from "~/domain/report/structure";
const [file, from, to] = process.argv.slice(2);
const clean = normalise(readFileSync(file, "utf8"));
const s = readStructure(clean);
for (const h of s.headings.slice(Number(from ?? 0), Number(to ?? 40))) console.log(h.level, h.style, h.runIn ? "runIn" : "", h.part, h.text.slice(0, 40));
for (const p of s.paragraphs.slice(0, Number(process.env.P ?? 0))) console.log("  P", p.part, JSON.stringify(p.period), p.planYear, p.horizon, clean.text.slice(p.start, p.start + 30));
