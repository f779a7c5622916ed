import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureDemoJurisdictions } from "~/models/demo.server";
import { db } from "~/utils/db.server";
import { taizhang as run } from "./support/cli";

const hostile = (name: string) => path.resolve("tests/fixtures/hostile", name);
const scratch = mkdtempSync(path.join(tmpdir(), "taizhang-bad-input-"));
const taizhang = (...args: string[]) => run(args);

async function counts() {
  const [reports, commitments, results, audits] = await Promise.all([
    db.report.count(),
    db.commitment.count(),
    db.result.count(),
    db.auditEvent.count(),
  ]);
  return { reports, commitments, results, audits };
}

const huge = path.join(scratch, "huge.txt");

beforeAll(async () => {
  await ensureDemoJurisdictions();
  // 21 MB of text: over the 20 MB limit for report text.
  writeFileSync(huge, "政府工作报告。新增城镇就业1万人。\n".repeat(700_000));
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const refused: [string, string, RegExp][] = [
  ["an empty file", hostile("empty.txt"), /empty/i],
  ["a binary file", hostile("binary.bin"), /binary|not text|unsupported/i],
  ["a truncated PDF", hostile("truncated.pdf"), /pdf/i],
  ["text that is no report", hostile("not-a-report.txt"), /report/i],
  ["a 21 MB text", huge, /large|MB/i],
  ["a missing file", path.join(scratch, "missing.txt"), /no such file/],
  ["a directory", scratch, /directory/],
];

describe.concurrent("the CLI refuses bad input with one clear line and writes nothing", () => {
  it.each(refused)("extract: %s", { timeout: 60_000 }, async (_what, file, message) => {
    const { code, stdout, stderr } = await taizhang("extract", file);
    expect(code).not.toBe(0);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(message);
  });

  it.each(refused)("import: %s", { timeout: 60_000 }, async (_what, file, message) => {
    const before = await counts();
    const { code, stdout, stderr } = await taizhang("import", file, "--jurisdiction", "zhangdian", "--year", "2025");
    expect(code).not.toBe(0);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(await counts()).toEqual(before);
  });

  it.each([
    [["import"], /usage/],
    [["import", hostile("hostile-report.txt"), "--year", "next"], /--year/],
    [["import", hostile("hostile-report.txt"), "--jurisdiction", "atlantis"], /Unknown jurisdiction/],
    [["users", "create", "--email", "x", "--password-stdin"], /email|name|role/],
    [["no-such-command"], /unknown command "no-such-command"; commands: extract, /],
    [[], /no command given; commands: extract, /],
  ])("malformed arguments %j", { timeout: 60_000 }, async (args, message) => {
    const before = await counts();
    const { code, stderr } = await taizhang(...args);
    expect(code).not.toBe(0);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(await counts()).toEqual(before);
  });
});

describe("a database that was never set up", () => {
  it("is named in one line with the command that sets it up", { timeout: 60_000 }, async () => {
    const empty = path.join(scratch, "empty.db");
    writeFileSync(empty, "");
    const { code, stdout, stderr } = await run(["users", "token", "--email", "nobody@example.cn"], {
      ...process.env,
      DATABASE_URL: `file:${empty}`,
    });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(
      /does not exist in the current database.*; is the database set up\? \(npx prisma migrate deploy\)/,
    );
  });
});

describe("awkward but valid input", () => {
  it("reads GBK text whatever its name says", async () => {
    const { code, stdout } = await taizhang("extract", hostile("gbk-labelled-utf8.txt"));
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { commitments: { quote: string }[] };
    expect(result.commitments.map((c) => c.quote).join()).toContain("新增城镇就业");
  });

  it("keeps hostile markup in a report as plain text", async () => {
    const { code, stdout } = await taizhang(
      "import",
      hostile("hostile-report.txt"),
      "--jurisdiction",
      "zhangdian",
      "--year",
      "2025",
    );
    expect(code).toBe(0);
    const { reportId } = JSON.parse(stdout) as { reportId: number };
    const report = await db.report.findUniqueOrThrow({ where: { id: reportId } });
    expect(report.text).toContain("<script>alert('x')</script>");
    expect(report.state).toBe("reviewing");
  });
});
