import { describe, expect, it } from "vitest";
import { missingTranslations, translator } from "~/i18n/index";

describe("translations", () => {
  it("has an English string for every Chinese one", () => {
    expect(missingTranslations()).toEqual([]);
  });

  it("fills placeholders and defaults to Chinese", () => {
    expect(translator("zh")("home.commitments", { count: 12 })).toBe("12 项承诺");
    expect(translator("en")("home.commitments", { count: 12 })).toBe("12 promises");
  });
});
