import { describe, expect, it } from "vitest";
import { linesOf } from "~/domain/document/pdf";

const item = (str: string, x: number, y: number, width = str.length * 12) => ({
  str,
  transform: [12, 0, 0, 12, x, y],
  width,
  height: 12,
});

describe("linesOf (joining PDF text items into lines)", () => {
  it("puts items on one baseline into one line, left to right, top to bottom", () => {
    const lines = linesOf([
      item("增长", 84, 700),
      item("新增城镇就业", 60, 720),
      item("1.3万人", 132, 720),
      item("地区生产总值", 60, 700),
    ]);
    expect(lines).toEqual(["新增城镇就业1.3万人", "地区生产总值增长"]);
  });

  it("keeps a gap between separate words as one space and ignores tiny baseline jitter", () => {
    const lines = linesOf([item("资金", 60, 700), item("31.62", 100, 701.5, 30), item("亿元", 140, 700)]);
    expect(lines).toEqual(["资金 31.62 亿元"]);
  });
});
