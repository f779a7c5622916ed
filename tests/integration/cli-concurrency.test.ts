// Points 8 and 9 of issue 13: the CLI and the server share one SQLite file. A CLI import waits for
// another process's write instead of failing, the server's writes succeed during a CLI import, an
// error always prints its real text, and `restore` refuses while the server has the database open.
import { execFile, spawn } from "node:child_process";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { makeItem, setUpLedger, type LedgerFixture } from "./support/ledger";
import { startServer, type RunningServer } from "./support/server";

const run = promisify(execFile);
const cli = path.resolve("bin/taizhang.js");
const dataDir = process.env.TAIZHANG_DATA_DIR!;
const databasePath = process.env.DATABASE_URL!.replace(/^file:/, "");

let server: RunningServer;
let fx: LedgerFixture;

function report(count: number, name: string): string {
  const file = path.join(dataDir, name);
  const lines = ["张店区政府工作报告", "各位代表：", "一、2024年工作回顾", "新增就业1.2万人。", "二、2025年工作安排"];
  for (let i = 0; i < count; i++) lines.push(`新建${name}第${i}号道路${(i % 97) + 1}公里。`);
  writeFileSync(file, lines.join("\n"));
  return file;
}

/** Another process that holds the write lock for `ms` (what the app does during a long write). */
function holdWriteLock(ms: number): Promise<void> {
  const script = `
    const Database = require("better-sqlite3");
    const db = new Database(${JSON.stringify(databasePath)});
    db.prepare("BEGIN IMMEDIATE").run();
    db.prepare("INSERT INTO RateLimit (key, count, resetAt) VALUES ('held', 1, 0)").run();
    process.stdout.write("locked\\n");
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ${ms});
    db.prepare("COMMIT").run();`;
  const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    child.stdout.once("data", () => resolve());
    child.once("exit", (code) => (code ? reject(new Error(`lock holder exited ${code}`)) : undefined));
  });
}

beforeAll(async () => {
  fx = await setUpLedger();
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  server = await startServer();
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

describe("the CLI and the server on one database", () => {
  it("a CLI import waits for another process's write instead of failing", async () => {
    const file = report(50, "waits.txt");
    await holdWriteLock(2500);
    const { stdout } = await run(
      process.execPath,
      [cli, "import", file, "--jurisdiction", "zhangdian", "--year", "2025"],
      {
        env: process.env,
      },
    );
    expect(JSON.parse(stdout)).toMatchObject({ commitments: 50 });
  }, 60_000);

  it("the server's writes succeed while a CLI import is stored", async () => {
    const item = await makeItem(fx);
    const file = report(1500, "long.txt");
    const importing = run(process.execPath, [cli, "import", file, "--jurisdiction", "zhangdian", "--year", "2026"], {
      env: process.env,
    });
    let done = false;
    void importing.then(
      () => (done = true),
      () => (done = true),
    );
    const statuses: number[] = [];
    for (let i = 0; i < 40 && !done; i++) {
      const response = await fetch(`${server.url}/api/v1/commitments/${item.id}/updates`, {
        method: "POST",
        headers: { Authorization: `Bearer ${fx.people.leadStaff.token}`, "Content-Type": "application/json" },
        body: JSON.stringify({ status: "in_progress", progress: 40, note: `第${i}次` }),
      });
      statuses.push(response.status);
    }
    const { stdout } = await importing;
    expect(JSON.parse(stdout)).toMatchObject({ commitments: 1500 });
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.filter((s) => s !== 201)).toEqual([]);
  }, 120_000);

  it("restore refuses while the server has the database open, and changes nothing", async () => {
    const backup = path.join(dataDir, "before.db");
    rmSync(backup, { force: true });
    await run(process.execPath, [cli, "backup", backup], { env: process.env });
    expect(existsSync(backup)).toBe(true);
    const reports = await db.report.count();
    await expect(run(process.execPath, [cli, "restore", backup], { env: process.env })).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/open in another process .*server running/),
    });
    expect(await db.report.count()).toBe(reports);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  }, 60_000);
});
