import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { analyseReport } from "../app/domain/report/analyse";
const dirs = ["tests/fixtures/followup-real", "../shared/corpus", "../shared/corpus/followup"];
const seen = new Set<string>();
for (const d of dirs) {
  let names: string[] = [];
  try { names = readdirSync(d); } catch { continue; }
  for (const n of names) {
    const f = path.join(d, n);
    if (!n.endsWith(".txt") || !statSync(f).isFile()) continue;
    const text = readFileSync(f, "utf8");
    if (seen.has(text)) continue; seen.add(text);
    let r; try { r = analyseReport(text); } catch { continue; }
    for (const c of r.commitments as any[]) {
      if (c.rule === "deliverable.dui-work" || (c.rule === "deliverable.named-milestone" && /完成主体建设/.test(c.metric)) || /，(?:力争|确保|争取)?[^，]{0,8}(?:完成|建成|竣工|完工|投用)$/.test(c.quote ?? ""))
        console.log(n, c.rule, c.quote);
    }
  }
}
