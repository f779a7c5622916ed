// Extraction quality against hand-labelled commitments: the development set (zhangdian-2022,
// zichuan-2023), a held-out set labelled separately (zhangdian-2025, tianqiao-2025) and a probe set of
// real excerpts from other places (tests/fixtures/probe, probe2, probe3, probe4), matched the
// way ../shared/eval/score-extraction.mjs matches them. A regression guard, not a tuning target.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyseReport } from "~/domain/report/analyse";
import { addReport, emptyTotals, labelledSets, precision, recall, scoreReport } from "../../../tests/quality/score";

const SETS = new Map(labelledSets(process.cwd()).map((set) => [set.name, set]));

function score(name: string) {
  const set = SETS.get(name)!;
  const totals = emptyTotals();
  for (const report of new Set(set.gold.map((g) => g.report))) {
    const predicted = analyseReport(readFileSync(path.join(set.corpus, report), "utf8")).commitments;
    const gold = set.gold.filter((g) => g.report === report);
    const borderline = set.borderline.filter((b) => b.report === report);
    addReport(totals, gold, predicted, scoreReport(gold, borderline, predicted));
  }
  return { precision: precision(totals), recall: recall(totals) };
}

// Each probe set's first score (before it was used for fixes) is in the README; these guards keep
// every set from falling back.
const GUARDS = [
  ["dev", "development set", 0.95, 0.95],
  ["heldout", "held-out set (PDF-text reports labelled separately)", 0.97, 0.97],
  ["probe", "probe set (real plan excerpts of 10 other places, several layouts)", 0.97, 0.96],
  ["probe2", "probe round 2 (12 more places: 民生实事 lists, flattened outlines, bullets)", 0.97, 0.95],
  [
    "probe3",
    "probe round 3 (10 more places: news stories mixing results, a flattened graphic, investments)",
    0.97,
    0.93,
  ],
  [
    "probe4",
    "probe round 4 (10 more places: livelihood lists, breakdown tables, a graphic pairing results with plans)",
    0.92,
    0.96,
  ],
] as const;

describe("extraction quality on hand-labelled reports", () => {
  it.each(GUARDS)("%s — %s: precision ≥ %s, recall ≥ %s", (set, _what, minPrecision, minRecall) => {
    const { precision, recall } = score(set);
    expect(precision).toBeGreaterThanOrEqual(minPrecision);
    expect(recall).toBeGreaterThanOrEqual(minRecall);
  });
});
