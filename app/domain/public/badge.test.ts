import { describe, expect, it } from "vitest";
import { badgeColour, renderBadge, textWidth } from "~/domain/public/badge";

describe("badge", () => {
  it("is an SVG image with its accessible title, escaped", () => {
    const svg = renderBadge({ label: "台账 · 张店区", value: "已兑现 42%", title: "张店区 <2025>", percent: 42 });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('role="img" aria-label="张店区 &lt;2025&gt;"');
    expect(svg).toContain("<title>张店区 &lt;2025&gt;</title>");
    expect(svg).toContain(">已兑现 42%</text>");
    expect(svg).toContain(badgeColour(42));
  });

  it("is as wide as its text (Chinese characters count full)", () => {
    expect(textWidth("台账")).toBe(24);
    expect(textWidth("ab")).toBeLessThan(textWidth("台账"));
  });

  it("picks its colour by the share kept", () => {
    expect(badgeColour(null)).toBe("#57534e");
    expect(badgeColour(75)).toBe("#1b6e3a");
    expect(badgeColour(45)).toBe("#7a5200");
    expect(badgeColour(10)).toBe("#a4161a");
  });
});
