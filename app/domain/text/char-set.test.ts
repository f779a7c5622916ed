import { describe, expect, it } from "vitest";
import { charSet } from "~/domain/text/char-set";

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
