import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { escapeXml, renderAtom, tagUri } from "~/domain/public/atom";

const feed = renderAtom({
  id: tagUri("taizhang.example.cn:443", 2026, "jurisdiction-zhangdian"),
  title: "张店区：承诺落实动态 <&>",
  self: "https://taizhang.example.cn/feeds/zhangdian.atom",
  alternate: "https://taizhang.example.cn/j/zhangdian",
  author: "台账",
  updated: new Date("2026-03-01T08:00:00.123Z"),
  lang: "zh-CN",
  entries: [
    {
      id: "tag:taizhang.example.cn,2026:event-1",
      title: "进展公开：新增城镇就业1.3万人以上",
      updated: new Date("2026-03-01T08:00:00Z"),
      link: "https://taizhang.example.cn/c/12?a=1&b=2",
      summary: "状态：未启动 → 推进中\u0007",
    },
  ],
});

describe("Atom feed", () => {
  it("is an Atom document with the required feed and entry elements", () => {
    expect(feed.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(
      true,
    );
    const doc = parse(feed);
    const root = doc.querySelector("feed")!;
    for (const name of ["id", "title", "updated", "author"]) expect(root.querySelector(name)).not.toBeNull();
    expect(root.querySelector("id")!.text).toBe("tag:taizhang.example.cn,2026:jurisdiction-zhangdian");
    expect(root.querySelector("updated")!.text).toBe("2026-03-01T08:00:00Z");
    const entries = root.querySelectorAll("entry");
    expect(entries).toHaveLength(1);
    for (const name of ["id", "title", "updated", "link"]) expect(entries[0].querySelector(name)).not.toBeNull();
  });

  it("escapes text and attributes, and drops characters XML forbids", () => {
    expect(feed).toContain("张店区：承诺落实动态 &lt;&amp;&gt;");
    expect(feed).toContain('href="https://taizhang.example.cn/c/12?a=1&amp;b=2"');
    expect(feed).not.toContain("\u0007");
    expect(escapeXml(`"'`)).toBe("&quot;&apos;");
  });
});
