import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { formatters } from "~/i18n/format";
import { catalogueKeys, catalogueMessage, errorText, isMessageKey, LOCALES, translator } from "~/i18n/index";

/** The argument names a message uses, and whether each is a plain argument or a plural/select. */
function argumentsOf(elements: MessageFormatElement[], into = new Map<string, string>()): Map<string, string> {
  for (const el of elements) {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date) into.set(el.value, "plain");
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      into.set(el.value, "choice");
      for (const option of Object.values(el.options)) argumentsOf(option.value, into);
    }
    if (el.type === TYPE.tag) argumentsOf(el.children, into);
  }
  return into;
}

const COUNTS = /^(count|total|days|minutes|inspections|questions|commitments|results|sections)$/;

describe("catalogues", () => {
  it("have the same keys in every language", () => {
    const zh = catalogueKeys("zh").sort();
    expect(zh.length).toBeGreaterThan(500);
    for (const locale of LOCALES) expect(catalogueKeys(locale).sort()).toEqual(zh);
  });

  it("hold ICU messages that parse, with the same arguments in every language", () => {
    for (const key of catalogueKeys("zh")) {
      const names = LOCALES.map((locale) => [...argumentsOf(parse(catalogueMessage(locale, key) ?? "")).keys()].sort());
      expect(names[1], key).toEqual(names[0]);
    }
  });

  it("use plural forms in English wherever a count is shown", () => {
    const plain = catalogueKeys("en").filter((key) =>
      [...argumentsOf(parse(catalogueMessage("en", key) ?? ""))].some(
        ([name, kind]) => COUNTS.test(name) && kind === "plain",
      ),
    );
    // Counts shown as bare figures ("(3)", "3 of 5", "Overdue: 3", "3 unread") have no noun to agree with.
    const bare = plain.filter(
      (key) =>
        !/\(\{\w+\}\)|\{\w+\} of|of \{\w+\}|: \{\w+\}|\{\w+\} (remaining|unread|to verify|in all)/.test(
          catalogueMessage("en", key) ?? "",
        ),
    );
    expect(bare).toEqual([]);
  });
});

describe("translator", () => {
  it("fills placeholders and chooses plural forms", () => {
    expect(translator("zh")("home.commitments", { count: 12 })).toBe("12 项承诺");
    expect(translator("en")("home.commitments", { count: 12 })).toBe("12 promises");
    expect(translator("en")("home.commitments", { count: 1 })).toBe("1 promise");
  });

  it("turns error keys into text and anything else into a generic message", () => {
    const t = translator("en");
    expect(isMessageKey("v.required")).toBe(true);
    expect(isMessageKey("Invalid input")).toBe(false);
    expect(errorText(t)("v.required")).toBe(t("v.required"));
    expect(errorText(t)("Invalid input")).toBe(t("v.invalid"));
  });
});

describe("formatters", () => {
  it("format days in China's time zone in each language", () => {
    const late = new Date("2025-03-01T20:00:00Z"); // 2 March in Beijing
    expect(formatters("zh").date(late)).toBe("2025年3月2日");
    expect(formatters("en").date(late)).toBe("Mar 2, 2025");
    expect(formatters("en").number(12500.5)).toBe("12,500.5");
  });
});
