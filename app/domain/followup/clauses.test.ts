import { describe, expect, it } from "vitest";
import { compact, sentencesOf } from "./clauses";

describe("review text in clauses", () => {
  it("removes PDF line breaks, layout spaces and page footers, keeping raw offsets", () => {
    const raw = "新增城镇就业 1.69 万\n人，获评全市\n— 18 —\n 促就业工作先进区县。";
    const { text, origin } = compact(raw);
    expect(text).toBe("新增城镇就业1.69万人，获评全市促就业工作先进区县。");
    expect(raw[origin[text.indexOf("人")]!]).toBe("人");
    expect(compact("新增就业１．２万人").text).toBe("新增就业1.2万人");
  });

  it("cuts sentences at 。；and clauses at ，：with offsets into the raw text", () => {
    const raw = "前言\n民祥科技、飒露光学等项目竣工投产，民泰玺悦国际大饭店等项目加快推进；临临高速正式通车。";
    const sentences = sentencesOf(raw, 3);
    expect(sentences.map((s) => s.clauses.map((c) => c.text))).toEqual([
      ["民祥科技、飒露光学等项目竣工投产", "民泰玺悦国际大饭店等项目加快推进"],
      ["临临高速正式通车"],
    ]);
    const clause = sentences[0]!.clauses[1]!;
    expect(raw.slice(clause.start, clause.end)).toBe("民泰玺悦国际大饭店等项目加快推进");
  });
});
