import { describe, expect, it } from "vitest";
import { matchesOf } from "~/domain/text/matches";

/** What matchAll gives: the whole match, its groups and where it starts. */
const shape = (matches: RegExpExecArray[] | RegExpMatchArray[]) =>
  matches.map((match) => ({ index: match.index, found: [...match] }));

describe("matchesOf", () => {
  const cases: Array<[RegExp, string]> = [
    [/(?:到|至)?((?:19|20)\d{2})年(?:底|前)?/g, "到2025年底建成，2027年前投用，2030年"],
    [/(\d|[一两二三])年(?:之)?内/g, "两年内完成，3年之内建成"],
    // Zero-width matches move one character on, as matchAll does.
    [/(?=新增)(?<=\d[\u4e00-\u9fa5])/g, "新增平台12家新增孵化器4个新增"],
    [/x*/g, "axxbx"],
    [/(?:)/gu, "a😀b"],
    [/[“"]([^”"]{2,30})[”"]/g, '建设“智慧城市”和"一网通办"平台'],
    [/无/g, "什么也没有"],
  ];

  it.each(cases)("gives what matchAll gives for %s", (pattern, text) => {
    expect(shape(matchesOf(pattern, text))).toEqual(shape([...text.matchAll(new RegExp(pattern))]));
  });

  it("leaves the pattern ready for the next text", () => {
    const pattern = /\d+/g;
    matchesOf(pattern, "1 22 333");
    expect(pattern.lastIndex).toBe(0);
    expect(shape(matchesOf(pattern, "4 55"))).toEqual(shape([..."4 55".matchAll(/\d+/g)]));
  });

  it("refuses a pattern without the g flag, as matchAll does", () => {
    expect(() => matchesOf(/\d+/, "1 2")).toThrow(TypeError);
  });
});
