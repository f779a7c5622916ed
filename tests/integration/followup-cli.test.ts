import { describe, expect, it } from "vitest";
import { taizhang } from "./support/cli";

const cli = (...args: string[]) => taizhang(args, { ...process.env, TAIZHANG_DEBUG: "" });

interface ContractMatch {
  commitment: { quote: string; metric: string; target: number | null; unit: string | null; comparator: string | null };
  result: { quote: string; value: number | null; unit: string | null } | null;
  verdict: string;
  confidence: number;
}

describe("followup EARLIER LATER (the contract's JSON)", () => {
  it("prints one entry per commitment of the earlier report, in order, and logs to stderr only", async () => {
    const { code, stdout, stderr } = await cli(
      "followup",
      "tests/fixtures/followup/minghu-2023.txt",
      "tests/fixtures/followup/minghu-2024.txt",
    );
    expect(code).toBe(0);
    expect(stderr).toMatch(/followup: \d+ commitments/);
    const json = JSON.parse(stdout) as { matches: ContractMatch[] };
    expect(Object.keys(json)).toEqual(["matches"]);
    const { stdout: extracted } = await cli("extract", "tests/fixtures/followup/minghu-2023.txt");
    const commitments = (JSON.parse(extracted) as { commitments: { quote: string }[] }).commitments;
    expect(json.matches.map((m) => m.commitment.quote)).toEqual(commitments.map((c) => c.quote));
    for (const m of json.matches) {
      expect(Object.keys(m)).toEqual(["commitment", "result", "verdict", "confidence"]);
      expect(Object.keys(m.commitment)).toEqual(["quote", "metric", "target", "unit", "comparator"]);
      if (m.result) expect(Object.keys(m.result)).toEqual(["quote", "value", "unit"]);
      expect(m.confidence).toBeGreaterThan(0);
      expect(m.confidence).toBeLessThanOrEqual(1);
    }
    const jobs = json.matches.find((m) => m.commitment.quote === "城镇新增就业1.2万人以上");
    expect(jobs).toMatchObject({ verdict: "achieved", result: { quote: "新增就业13560人", value: 13560, unit: "人" } });
    const water = json.matches.find((m) => m.commitment.quote.includes("明湖二号水厂"));
    expect(water).toMatchObject({ verdict: "not_mentioned", result: null });
  });

  it("reads the 2022 张店 promises against the 2025 report, three years on: never a 2024 figure as 2022's", async () => {
    const { code, stdout } = await cli(
      "followup",
      "data/reports/zhangdian-2022.txt",
      "data/reports/zhangdian-2025.txt",
    );
    expect(code).toBe(0);
    const { matches } = JSON.parse(stdout) as { matches: ContractMatch[] };
    const found = (text: string) => matches.find((m) => m.commitment.quote.includes(text));
    // The park is reported done in 2024: two years late for a 2022 promise, so at most in progress.
    expect(found("民祥科技产业园")).toMatchObject({
      verdict: "in_progress",
      result: { quote: "民祥科技、飒露光学等项目竣工投产" },
    });
    expect(found("一般公共预算收入增长7%以上")).toMatchObject({ verdict: "not_mentioned", result: null });
    expect(found("城镇新增就业")).toMatchObject({ verdict: "not_mentioned", result: null });
    expect(matches.filter((m) => m.verdict === "missed" || m.verdict === "partial")).toEqual([]);
  });

  it.each([
    [["followup"], /usage: taizhang followup EARLIER LATER/],
    [["followup", "tests/fixtures/followup/minghu-2023.txt", "no/such/file.txt"], /no such file/],
    [["followup", "tests/fixtures/followup/minghu-2023.txt", "tests/fixtures/followup"], /is a directory/],
  ])("refuses bad input %j with one line on stderr and a non-zero exit", async (argv, message) => {
    const { code, stdout, stderr } = await cli(...argv);
    expect(code).not.toBe(0);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(message);
  });
});
