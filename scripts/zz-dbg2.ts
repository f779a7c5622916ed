import path from "node:path";
import { runFollowupSets } from "../tests/quality/followup-run";
const sets = await runFollowupSets(path.resolve("."), []);
for (const s of sets) for (const x of s.scored) { const m = x.predicted as any;
  if (m && process.argv.slice(2).some((a) => String(m.commitment?.quote ?? "").includes(a))) console.log(s.name, JSON.stringify(m.commitment), "→", m.verdict, m.result?.quote);
}
