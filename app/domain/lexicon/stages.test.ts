import { describe, expect, it } from "vitest";
import { STAGE_WORDS, stagePattern, stageWordFinder, type StageWord } from "~/domain/lexicon/stages";

const asPattern = (pattern: RegExp, text: string) => {
  const match = pattern.exec(text);
  return match ? { index: match.index, word: match[0] } : null;
};

describe("stageWordFinder", () => {
  const stages: StageWord[][] = [
    ["done", "structurally_complete"],
    ["delayed", "dropped"],
    ["started", "under_way"],
  ];
  // Every word alone, inside a sentence, after a shorter word it starts with, and texts with none of them.
  const words = Object.values(STAGE_WORDS).flat();
  const texts = [
    ...words,
    ...words.map((word) => `全年${word}项目12个`),
    ...words.map((word) => `${word.slice(0, -1)}与${word}`),
    "城东污水处理厂建成投产，主体结构封顶",
    "一期工程基本完工，二期完成",
    "文化中心主体完工并通过验收",
    "加快推进园区建设",
    "",
    "成",
  ];

  it("finds what the stage pattern finds: the first position, and there the longest word", () => {
    for (const group of stages) {
      const find = stageWordFinder(...group);
      const pattern = stagePattern(...group);
      for (const text of texts) expect(find(text), `${group.join("+")}: ${text}`).toEqual(asPattern(pattern, text));
    }
  });

  it("prefers the longer word at the same position and the earlier position to a longer word", () => {
    const find = stageWordFinder("done", "structurally_complete");
    expect(find("主体结构完工")).toEqual({ index: 0, word: "主体结构完工" });
    expect(find("已完成并建成投产")).toEqual({ index: 1, word: "完成" });
  });
});
