// Year-over-year verdicts against the hand-labelled follow-up sets, in-process (the same reading, analysis and
// matching as `cli followup`, scored as `npm run quality:followup` scores them). A regression guard, not a tuning
// target.
import { beforeAll, describe, expect, it } from "vitest";
import { addScored, emptyFollowupTotals } from "../../../tests/quality/followup-score";
import { runFollowupSets, type SetRun } from "../../../tests/quality/followup-run";

// Strict verdicts right per set (an unextracted promise counts as wrong), as `npm run quality:followup` prints
// them ("right N / total"). Each guard is the current count less one: one verdict lost passes, two fail. When a
// set improves, write its new count here.
const RIGHT_NOW: Record<string, number> = {
  "fu-hailaer": 201,
  "fu-national-a": 120,
  "fu-national-b": 142,
  "fu-national-c": 114,
  "fu-national-d": 87,
  "fu-qingyuan": 102,
  "fu-xushui": 65,
  "fu-gaotang": 82,
  "fu-yixian": 56,
  "fu-shunping": 60,
  "fu-dingxing": 41,
  "fu-mancheng": 57,
  "fu-laiyuan": 43,
  "fu-fuping": 110,
  "fu-boye": 48,
  "fu-laishui": 39,
  "fu-rongcheng": 17,
  "fu-xushui2": 23,
  "fu-shunping2": 57,
  "fu-yixian2": 51,
  "fu-shunping3": 42,
  "fu-boye2": 60,
  "fu-qingyuan2": 49,
  "fu-xushui3": 73,
  "fu-dingxing2": 46,
  "fu-fuping2": 133,
  "fu-laishui2": 25,
  "fu-qingyuan3": 54,
  "fu-yixian3": 34,
  "fu-laiyuan2": 44,
  "fu-qingyuan4": 58,
  "fu-shunping4": 72,
  "fu-xushui4": 62,
  "fu-yixian4": 32,
  invented: 210,
};

let runs: SetRun[];

beforeAll(async () => {
  runs = await runFollowupSets(process.cwd());
}, 120_000);

describe("follow-up verdicts on hand-labelled sets", () => {
  it("scores every labelled set that has a guard, and no other", () => {
    expect(runs.map((r) => r.name).sort()).toEqual(Object.keys(RIGHT_NOW).sort());
  });

  it.each(Object.entries(RIGHT_NOW))("%s: at least %i − 1 verdicts right", (name, now) => {
    const totals = emptyFollowupTotals();
    addScored(totals, runs.find((r) => r.name === name)!.scored);
    expect(totals.strict).toBeGreaterThanOrEqual(now - 1);
  });
});
