import { describe, expect, it } from "vitest";
import { charSet, leadingChars } from "~/domain/text/char-set";

describe("charSet", () => {
  const hints = charSet("增降减");

  it("finds any of its characters in a text, as a character class does", () => {
    for (const text of ["", "同比增长", "减少", "持平", "下降", "增"])
      expect(hints.test(text)).toBe(/[增降减]/.test(text));
  });

  it("tells one character by its code, and nothing past a text's end", () => {
    expect(hints.has("降".charCodeAt(0))).toBe(true);
    expect(hints.has("升".charCodeAt(0))).toBe(false);
    expect(hints.has("增".charCodeAt(1))).toBe(false);
  });
});

describe("leadingChars", () => {
  it("gives the first character of every word of an alternation", () => {
    // A | inside a class or a group does not start a word.
    expect(leadingChars(/能耗|碳排放|PM2\.?5|引进[^，|]{0,12}项目|百强[区县市]|中(?:学|医)/)).toBe("能碳P引百中");
  });

  it("refuses a pattern whose matches may start elsewhere", () => {
    for (const pattern of [/新?建/, /[新改]建/, /\d+年/, /(?:新|改)建/, /建成|/, /Gdp/i, /a*b/])
      expect(() => leadingChars(pattern)).toThrow();
  });
});
