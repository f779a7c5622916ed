import { readFileSync } from "node:fs";
import { normalise } from "../app/domain/report/normalise";
import { readStructure } from "../app/domain/report/structure";
import { splitSentences, quotedMask } from "../app/domain/extraction/clauses";
import { scanQuantities } from "../app/domain/extraction/quantities";
import { rejectQuantity } from "../app/domain/extraction/targets";
const clean = normalise(readFileSync(process.argv[2], "utf8"));
const want = process.argv[3] ?? "plan";
const st = readStructure(clean);
for (const p of st.paragraphs) {
  if (p.part !== want || p.glossary) continue;
  for (const s of splitSentences(clean.folded, p.start, p.end)) {
    const text = clean.folded.slice(s.start, s.end);
    const qs = scanQuantities(text);
    const quoted = quotedMask(text);
    for (const c of s.clauses) {
      const cs = c.start - s.start,
        ce = c.end - s.start;
      const inC = qs.filter((q) => q.start >= cs && q.start < ce);
      inC.forEach((q, i) => {
        const r = rejectQuantity({ text, quoted, clauseStart: cs, clauseEnd: ce, quantities: inC }, i, want as any);
        if (r) console.log(r.padEnd(16), text.slice(q.start, q.end).padEnd(10), "|", text.slice(cs, ce).slice(0, 50));
      });
    }
  }
}
