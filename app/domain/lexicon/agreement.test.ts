// Extraction and follow-up read every unit and every stage word of the lexicon the same way.
import { describe, expect, it } from "vitest";
import { doneDeliverable } from "~/domain/extraction/results";
import { numbersIn } from "~/domain/followup/numbers";
import { stageOf } from "~/domain/followup/stage";
import { convert, parseUnit } from "~/domain/followup/units";
import { STAGE_OF_WORD, type StageWord } from "~/domain/lexicon/stages";
import { MAGNITUDES, UNIT_SPELLINGS, unitSense } from "~/domain/lexicon/units";
import { scanQuantities } from "~/domain/quantities/scan";

describe("units: one reading for extraction and follow-up", () => {
  it.each(UNIT_SPELLINGS.map((unit) => [unit]))("%s", (unit) => {
    const clause = `新增示范项目12${unit}`;
    const extracted = scanQuantities(clause);
    const followed = numbersIn(clause);
    expect(extracted).toHaveLength(1);
    expect(followed.map((m) => [m.value, m.unit])).toEqual([[extracted[0]!.value, extracted[0]!.unit]]);
    expect(parseUnit(extracted[0]!.unit)!.base).toBe(unitSense(unit)!.base);
    expect(convert(12, extracted[0]!.unit, unit)).toBe(12);
  });

  it.each(MAGNITUDES.filter(([word]) => word.length === 1).map(([word, value]) => [word, value] as const))(
    "%s before a unit",
    (magnitude, value) => {
      const extracted = scanQuantities(`新增就业1.5${magnitude}人`);
      expect(extracted[0]!.unit).toBe(`${magnitude}人`);
      expect(numbersIn(`新增就业1.5${magnitude}人`)[0]!.unit).toBe(`${magnitude}人`);
      expect(convert(1.5, `${magnitude}人`, "人")).toBe(1.5 * value);
    },
  );
});

/** How follow-up names each stage of the lexicon. */
const FOLLOW_UP_STAGE: Record<StageWord, ReturnType<typeof stageOf>> = {
  planned: "preparing",
  started: "under_way",
  under_way: "under_way",
  structurally_complete: "under_way",
  done: "completed",
  delayed: "stalled",
  dropped: "stalled",
};

describe("stage words: one reading for extraction and follow-up", () => {
  it.each([...STAGE_OF_WORD].map(([word, stage]) => [word, stage] as const))("%s is %s", (word, stage) => {
    const clause = `城东示范园区${word}`;
    expect(stageOf(clause)).toBe(FOLLOW_UP_STAGE[stage]);
    // A review clause is a result exactly when it reports a thing done or a milestone of it reached.
    expect(doneDeliverable(clause) !== null).toBe(stage === "done" || stage === "structurally_complete");
  });
});
