import { readFileSync } from "node:fs";
import { normalise } from "../app/domain/report/normalise";
const f = process.argv[2];
const raw = readFileSync(f, "utf8");
const c = normalise(raw);
console.log(c.layout, c.paragraphs.length);
for (const p of c.paragraphs)
  console.log(
    (p.title ? "T| " : "  | ") +
      c.text.slice(p.start, Math.min(p.end, p.start + 70)) +
      (p.end - p.start > 70 ? "…" + c.text.slice(p.end - 10, p.end) : ""),
  );
