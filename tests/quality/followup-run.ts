// Runs the follow-up matcher in-process on every follow-up development set (the same document reading, analysis and
// matching as `cli followup`) and scores each gold promise. Shared by `npm run quality:followup` and the calibration.
import { readFileSync } from "node:fs";
import path from "node:path";
import { readDocument } from "~/domain/document/read";
import type { Evidence } from "~/domain/followup/calibration";
import { followUpReports, toFollowupContract } from "~/domain/followup/reports";
import { analyseReport } from "~/domain/report/analyse";
import { storedReportText } from "~/domain/text/stored";
import { followupSets, pairsOf, scorePair, type PredictedMatch, type Scored } from "./followup-score";

export interface PredictedWithEvidence extends PredictedMatch {
  evidence: Evidence;
}

export interface SetRun {
  name: string;
  scored: Scored<PredictedWithEvidence>[];
}

type Analysed = { text: string; analysis: ReturnType<typeof analyseReport> };

export async function runFollowupSets(root: string, only: readonly string[] = []): Promise<SetRun[]> {
  const analysed = new Map<string, Analysed>();
  const read = async (file: string) => {
    let report = analysed.get(file);
    if (!report) {
      const text = storedReportText((await readDocument(readFileSync(file), file)).text);
      report = { text, analysis: analyseReport(text) };
      analysed.set(file, report);
    }
    return report;
  };
  const runs: SetRun[] = [];
  for (const set of followupSets(root).filter((s) => !only.length || only.includes(s.name))) {
    const scored: Scored<PredictedWithEvidence>[] = [];
    for (const [earlierFile, laterFile] of pairsOf(set)) {
      const earlier = await read(path.join(set.corpus, earlierFile));
      const later = await read(path.join(set.corpus, laterFile));
      const matches = followUpReports(earlier, later);
      const contract = toFollowupContract(earlier.analysis.commitments, matches);
      const predicted = contract.matches.map((m, i) => ({ ...m, evidence: matches[i]!.evidence }));
      const gold = set.gold.filter((g) => g.report === earlierFile && g.later === laterFile);
      scored.push(...scorePair(gold, predicted));
    }
    runs.push({ name: set.name, scored });
  }
  return runs;
}
