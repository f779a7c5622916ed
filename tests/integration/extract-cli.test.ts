import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { taizhang } from "./support/cli";

const extract = (file: string) => taizhang(["extract", file]);

describe("taizhang extract", () => {
  it("prints exactly the contract's JSON: keys in order, no offsets or added fields", async () => {
    const { code, stdout } = await extract("data/reports/zhangdian-2025.txt");
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(["report", "sections", "commitments", "results"]);
    expect(out.report).toEqual({
      jurisdiction: "张店区",
      year: 2025,
      title: "2025年政府工作报告",
      reviewPeriod: "2024",
      planYear: 2025,
      level: "district",
    });
    expect(Object.keys(out.sections[0])).toEqual(["heading", "level", "part"]);
    expect(Object.keys(out.commitments[0])).toEqual([
      "quote",
      "section",
      "kind",
      "metric",
      "target",
      "unit",
      "comparator",
      "growth",
      "deadline",
      "entities",
    ]);
    expect(Object.keys(out.results[0])).toEqual([
      "quote",
      "section",
      "kind",
      "metric",
      "value",
      "unit",
      "growth",
      "period",
      "estimated",
      "entities",
    ]);
    expect(out.commitments).toContainEqual({
      quote: "新增城镇就业1.3万人以上",
      section: "（六）提升民生供给力，构筑高质量发展新优势",
      kind: "numeric",
      metric: "新增城镇就业",
      target: 1.3,
      unit: "万人",
      comparator: ">=",
      growth: false,
      deadline: 2025,
      entities: [],
    });
  });

  it("fails with one line on stderr for a missing file, an empty file, a binary file and a text that is no report", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "taizhang-extract-"));
    const empty = path.join(dir, "empty.txt");
    const binary = path.join(dir, "image.pdf");
    const prose = path.join(dir, "prose.txt");
    writeFileSync(empty, "");
    writeFileSync(
      binary,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
    );
    writeFileSync(
      prose,
      "秋天的傍晚，我沿着河边慢慢散步。夕阳把水面染成金色，远处的山影渐渐模糊。几个孩子在草地上追逐，笑声传得很远。",
    );
    const cases: Array<[string, RegExp]> = [
      [path.join(dir, "missing.txt"), /no such file/],
      [empty, /empty/],
      [binary, /binary/],
      [prose, /Not a government work report/],
    ];
    for (const [file, message] of cases) {
      const { code, stdout, stderr } = await extract(file);
      expect(code, file).not.toBe(0);
      expect(stdout).toBe("");
      expect(stderr.trim().split("\n")).toHaveLength(1);
      expect(stderr).toMatch(message);
    }
  });
});
