import { describe, expect, it } from "vitest";
import { nestedFormValues } from "~/utils/nested-form";

describe("nested form values", () => {
  it("rebuilds arrays of objects and keeps every value of a checkbox group", () => {
    const form = new FormData();
    form.append("status", "in_progress");
    form.append("links.0.title", "通报");
    form.append("links.0.url", "https://example.cn/a");
    form.append("links.1.title", "");
    form.append("cooperatingIds", "3");
    form.append("cooperatingIds", "5");
    form.append("files", new Blob(["x"]), "a.png");
    expect(nestedFormValues(form, ["cooperatingIds"])).toEqual({
      status: "in_progress",
      links: [{ title: "通报", url: "https://example.cn/a" }, { title: "" }],
      cooperatingIds: ["3", "5"],
    });
  });

  it("keeps the first of repeated scalar fields", () => {
    const form = new FormData();
    form.append("a", "1");
    form.append("a", "2");
    expect(nestedFormValues(form)).toEqual({ a: "1" });
  });
});
