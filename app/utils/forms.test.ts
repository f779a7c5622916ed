import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "~/utils/app-error";
import { FORM_LIMITS, formObject, parseForm } from "~/utils/forms";

const form = (entries: [string, string | Blob][]) => {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
};

describe("reading a form", () => {
  it("rebuilds arrays of objects and keeps every value of a checkbox group", () => {
    const values = formObject(
      form([
        ["status", "in_progress"],
        ["links.0.title", "通报"],
        ["links.0.url", "https://example.cn/a"],
        ["links.1.title", ""],
        ["cooperatingIds", "3"],
        ["cooperatingIds", "5"],
        ["files", new Blob(["x"])],
      ]),
      ["cooperatingIds"],
    );
    expect(JSON.parse(JSON.stringify(values))).toEqual({
      status: "in_progress",
      links: [{ title: "通报", url: "https://example.cn/a" }, { title: "" }],
      cooperatingIds: ["3", "5"],
    });
    expect(Object.getPrototypeOf(values)).toBeNull();
    expect(Object.getPrototypeOf((values.links as object[])[0])).toBeNull();
  });

  it("keeps the first of repeated fields", () => {
    expect(
      formObject(
        form([
          ["a", "1"],
          ["a", "2"],
        ]),
      ).a,
    ).toBe("1");
  });

  it.each([
    "__proto__.polluted",
    "constructor.prototype.polluted",
    "a.__proto__",
    "prototype",
    "rows.1000.id",
    "rows.99999999.id",
    "a.b.c.d.e",
    "",
    "a..b",
    "1a",
    "a[0]",
    "x".repeat(FORM_LIMITS.nameLength + 1),
  ])("refuses the name %j", (name) => {
    expect(() => formObject(form([[name, "1"]]))).toThrow(AppError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses names that clash, and too many fields", () => {
    expect(() =>
      formObject(
        form([
          ["a", "1"],
          ["a.b", "2"],
        ]),
      ),
    ).toThrow(AppError);
    expect(() =>
      formObject(
        form([
          ["a.0", "1"],
          ["a.b", "2"],
        ]),
      ),
    ).toThrow(AppError);
    const many = Array.from({ length: FORM_LIMITS.fields + 1 }, (_, i): [string, string] => [`f${i}`, "1"]);
    expect(() => formObject(form(many))).toThrow(AppError);
  });

  it("gives a malformed form to the schema's caller as a form error", () => {
    const parsed = parseForm(z.object({ a: z.string() }), form([["__proto__.x", "1"]]));
    expect(parsed).toMatchObject({ ok: false, errors: { form: "v.formShape" } });
  });
});
