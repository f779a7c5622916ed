// Points 8 and 9 of issue 13: the CLI and the server share one database. A CLI import and the
// server's writes at the same time all succeed (on SQLite each waits for the other's write lock), and
// `restore` refuses while the server has the database open (on PostgreSQL: is connected to it).
import { execFile } from "node:child_process";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { onPostgres, onSqlite } from "./support/database";
import { makeItem, setUpLedger, type LedgerFixture } from "./support/ledger";
import { startServer, type RunningServer } from "./support/server";

const run = promisify(execFile);
const cli = path.resolve("bin/taizhang.js");
const dataDir = process.env.TAIZHANG_DATA_DIR!;

let server: RunningServer;
let fx: LedgerFixture;

function report(count: number, name: string): string {
  const file = path.join(dataDir, name);
  const lines = ["张店区政府工作报告", "各位代表：", "一、2024年工作回顾", "新增就业1.2万人。", "二、2025年工作安排"];
  for (let i = 0; i < count; i++) lines.push(`新建${name}第${i}号道路${(i % 97) + 1}公里。`);
  writeFileSync(file, lines.join("\n"));
  return file;
}

beforeAll(async () => {
  fx = await setUpLedger();
  if (onSqlite) await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  server = await startServer();
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

describe("the CLI and the server on one database", () => {
  it("a CLI import and the server's writes, at the same time, all succeed", async () => {
    const item = await makeItem(fx);
    const file = report(3000, "long.txt");
    const importing = run(process.execPath, [cli, "import", file, "--jurisdiction", "zhangdian", "--year", "2026"], {
      env: process.env,
    });
    let done = false;
    void importing.then(
      () => (done = true),
      () => (done = true),
    );
    // Four writers through the server (read, then write, in one transaction each) until the import ends.
    const statuses: number[] = [];
    const writer = async (n: number) => {
      for (let i = 0; !done && i < 200; i++) {
        const response = await fetch(`${server.url}/api/v1/commitments/${item.id}/updates`, {
          method: "POST",
          headers: { Authorization: `Bearer ${fx.people.leadStaff.token}`, "Content-Type": "application/json" },
          body: JSON.stringify({ status: "in_progress", progress: 40, note: `写入${n}-${i}` }),
        });
        statuses.push(response.status);
      }
    };
    await Promise.all([0, 1, 2, 3].map(writer));
    const { stdout } = await importing;
    expect(JSON.parse(stdout)).toMatchObject({ commitments: 3000 });
    expect(statuses.length).toBeGreaterThan(4);
    expect(statuses.filter((s) => s !== 201)).toEqual([]);
  }, 180_000);

  it("restore refuses while the server has the database open, and changes nothing", async () => {
    const backup = path.join(dataDir, onPostgres ? "before.dump" : "before.db");
    rmSync(backup, { force: true });
    await run(process.execPath, [cli, "backup", backup], { env: process.env });
    expect(existsSync(backup)).toBe(true);
    const reports = await db.report.count();
    await expect(run(process.execPath, [cli, "restore", backup], { env: process.env })).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(
        onPostgres
          ? /connection\(s\) of running Taizhang processes: stop every server/
          : /open in another process .*server running/,
      ),
    });
    expect(await db.report.count()).toBe(reports);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  }, 60_000);
});
