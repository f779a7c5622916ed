import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { htmlToText } from "~/domain/document/html";

describe("htmlToText", () => {
  it("turns block elements into lines and drops scripts, styles and the doctype", () => {
    const text = htmlToText(
      '<!DOCTYPE html><html><head><title>t</title><style>p{}</style></head><body><script>var a="增长10%";</script>' +
        "<h2>一、2024年工作安排</h2><p>新增城镇就业<b>1.3万人</b>以上，</p><div>建成投用区图书馆&nbsp;二期。<br>年内完成。</div></body></html>",
    );
    expect(text.split("\n").filter(Boolean)).toEqual([
      "一、2024年工作安排",
      "新增城镇就业1.3万人以上，",
      "建成投用区图书馆 二期。",
      "年内完成。",
    ]);
    expect(text).not.toContain("增长10%");
    expect(text).not.toContain("DOCTYPE");
  });

  it("does not turn source line breaks inside Chinese text into spaces", () => {
    expect(htmlToText("<p>新增城镇\n    就业1.3万人</p><p>GDP\ngrowth</p>")).toBe("新增城镇就业1.3万人\n\nGDP growth");
  });

  it("reads the web page fixture to its report text", () => {
    const text = htmlToText(readFileSync("tests/fixtures/reports/beiling-2023-web.html", "utf8"));
    expect(text).toContain("一、2022年工作回顾");
    expect(text).toContain("县长 刘建国");
    expect(text).not.toMatch(/<|track\(/);
  });
});
