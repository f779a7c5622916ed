import { describe, expect, it } from "vitest";
import { evidenceLinkSchema, updateFormSchema } from "~/schemas/ledger";
import { questionSchema } from "~/schemas/deputy";
import { BIDI_CONTROLS, httpHref, plainString, stripBidi } from "~/schemas/plain-text";

// The hostile fixture's line, as a reader would be shown it with the override in place: reversed.
const OVERRIDDEN = "\u202E建成测试医院\u202C投入使用";

describe("bidirectional controls", () => {
  it("are every embedding, override, isolate and direction mark", () => {
    const controls = [0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069];
    for (const code of controls) expect(String.fromCharCode(code)).toMatch(new RegExp(BIDI_CONTROLS.source));
    expect(stripBidi(controls.map((c) => String.fromCharCode(c)).join("x"))).toBe("x".repeat(controls.length - 1));
  });

  it("are removed, and nothing else is: Chinese, markup and line breaks stay as typed", () => {
    expect(stripBidi(OVERRIDDEN)).toBe("建成测试医院投入使用");
    expect(stripBidi("<script>alert(1)</script>\n第二行　全角空格")).toBe(
      "<script>alert(1)</script>\n第二行　全角空格",
    );
  });

  it("are removed before the other checks of a schema", () => {
    const schema = plainString().trim().min(1).max(3);
    expect(schema.parse(" \u202Eabc\u202C ")).toBe("abc");
    expect(schema.safeParse("\u2066\u2069").success).toBe(false);
  });

  it("never reach a note, a link title or a question", () => {
    const update = updateFormSchema.parse({ status: "in_progress", progress: "10", note: OVERRIDDEN, links: [] });
    expect(update.note).toBe("建成测试医院投入使用");
    const link = evidenceLinkSchema.parse({ title: "通报\u202Egpj.exe", url: "https://example.cn/\u202Egpj.exe" });
    expect(link).toEqual({ title: "通报gpj.exe", url: "https://example.cn/gpj.exe" });
    expect(questionSchema.parse({ body: OVERRIDDEN }).body).toBe("建成测试医院投入使用");
  });
});

describe("links", () => {
  it.each([
    "javascript:alert(1)",
    " JavaScript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:x",
    "//evil.example",
  ])("refuses %j at input with the link message", (url) => {
    const parsed = evidenceLinkSchema.safeParse({ title: "通报", url });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe("v.url");
  });

  it("renders only http(s) links as links", () => {
    expect(httpHref("https://example.cn/a?b=<c>")).toBe("https://example.cn/a?b=<c>");
    expect(httpHref("javascript:alert(1)")).toBeNull();
    expect(httpHref("data:text/html,x")).toBeNull();
    expect(httpHref("not a url")).toBeNull();
    expect(httpHref(null)).toBeNull();
  });
});
