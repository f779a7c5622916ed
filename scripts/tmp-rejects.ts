import { readFileSync } from "node:fs";
import path from "node:path";
import type { TraceEntry } from "../app/domain/extraction/rules";
import { analyseReport } from "../app/domain/report/analyse";
import { labelledSets, overlap } from "../tests/quality/score";
const ROOT = process.cwd();
const STUDY = ["fu-national", "fu-qingyuan", "fu-shunping", "fu-mancheng", "fu-laishui"];
const half = (s: string) => (s.startsWith("fu-") ? (STUDY.some((p) => s.startsWith(p)) ? "A" : "B") : s < "probe3" ? "A" : "B");
for (const set of labelledSets(ROOT)) {
  for (const report of new Set(set.gold.map((g) => g.report))) {
    const text = readFileSync(path.join(set.corpus, report), "utf8");
    const trace: TraceEntry[] = [];
    const out = analyseReport(text, { trace });
    const gold = set.gold.filter((g) => g.report === report);
    const bl = set.borderline.filter((b) => b.report === report);
    for (const t of trace) {
      if (!t.rule.startsWith("deliverable.")) continue;
      const q = text.slice(t.start, t.end);
      const g = gold.find((g) => overlap(g.quote, q) > 0);
      const found = g && out.commitments.some((p) => overlap(g.quote, p.quote) > 0);
      const lab = g ? (g.kind === "deliverable" ? (found ? "GOLDHIT" : "GOLD") : "NUM") : bl.some((b) => overlap(b.quote, q) > 0) ? "BORDER" : "NONE";
      console.log([half(set.name), set.name, t.rule, lab, q].join("\t"));
    }
  }
}
