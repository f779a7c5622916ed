import { execFile } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { SYSTEM_ACTOR } from "~/models/audit.server";
import { ensureDemoJurisdictions } from "~/models/demo.server";
import { db } from "~/utils/db.server";
import { onPostgres, onSqlite, queryBackup } from "./support/database";

const run = promisify(execFile);
const viteNode = path.resolve("node_modules/.bin/vite-node");
const cli = path.resolve("bin/taizhang.js");

describe("several writer processes on one database", () => {
  beforeAll(async () => {
    await ensureDemoJurisdictions();
    if (onSqlite) await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  });

  it("lose no update: optimistic concurrency and the busy timeout serialise them", async () => {
    const jurisdiction = await db.jurisdiction.findUniqueOrThrow({ where: { slug: "zhangdian" } });
    const commitment = await db.commitment.create({
      data: { jurisdictionId: jurisdiction.id, year: 2025, quote: "并发测试", kind: "deliverable", metric: "并发测试" },
    });
    const workers = 4;
    const increments = 25;
    const outputs = await Promise.all(
      Array.from({ length: workers }, () =>
        run(
          viteNode,
          [
            "--config",
            "vitest.config.ts",
            "tests/integration/support/writer.ts",
            String(commitment.id),
            String(increments),
          ],
          {
            env: process.env,
          },
        ),
      ),
    );
    const after = await db.commitment.findUniqueOrThrow({ where: { id: commitment.id } });
    expect(after.progress).toBe(workers * increments);
    expect(after.version).toBe(1 + workers * increments);
    expect(
      await db.auditEvent.count({ where: { entity: "commitment", entityId: commitment.id, action: "increment" } }),
    ).toBe(workers * increments);
    const conflicts = outputs.reduce((sum, o) => sum + (JSON.parse(o.stdout) as { conflicts: number }).conflicts, 0);
    expect(conflicts).toBeGreaterThanOrEqual(0);
  }, 120_000);
});

describe("backup and restore", () => {
  it("copies the live database consistently and restores it exactly", async () => {
    await ensureDemoJurisdictions();
    await db.$transaction(async (tx) => {
      const j = await tx.jurisdiction.findUniqueOrThrow({ where: { slug: "tianqiao" } });
      await tx.commitment.create({
        data: { jurisdictionId: j.id, year: 2025, quote: "备份测试", kind: "deliverable", metric: "备份测试" },
      });
      const { recordAudit } = await import("~/models/audit.server");
      await recordAudit(tx, { actor: SYSTEM_ACTOR, entity: "test", entityId: 1, action: "backup-marker" });
    });
    const snapshot = async () => ({
      jurisdictions: await db.jurisdiction.count(),
      commitments: await db.commitment.findMany({
        orderBy: { id: "asc" },
        select: { id: true, quote: true, version: true },
      }),
      audits: await db.auditEvent.count(),
    });
    const before = await snapshot();
    const file = path.join(process.env.TAIZHANG_DATA_DIR!, onPostgres ? "backup.dump" : "backup.db");
    rmSync(file, { force: true });
    const backup = await run(process.execPath, [cli, "backup", file], { env: process.env });
    expect(JSON.parse(backup.stdout)).toMatchObject({ file });
    expect(existsSync(file)).toBe(true);

    // Change the live database after the backup, then restore: the change must be gone.
    await db.commitment.create({
      data: { jurisdictionId: 1, year: 2025, quote: "备份之后", kind: "deliverable", metric: "备份之后" },
    });
    await db.$disconnect();
    globalThis.__taizhangPrisma = undefined;
    await run(process.execPath, [cli, "restore", file], { env: process.env });
    expect(await snapshot()).toEqual(before);
  }, 60_000);

  it("takes a consistent backup while another process keeps writing", async () => {
    await ensureDemoJurisdictions();
    const jurisdiction = await db.jurisdiction.findUniqueOrThrow({ where: { slug: "zichuan" } });
    const commitment = await db.commitment.create({
      data: { jurisdictionId: jurisdiction.id, year: 2023, quote: "在线备份", kind: "deliverable", metric: "在线备份" },
    });
    const writer = run(
      viteNode,
      ["--config", "vitest.config.ts", "tests/integration/support/writer.ts", String(commitment.id), "600"],
      {
        env: process.env,
      },
    );
    // The backup must fall while the writer is writing: once it has written, not after a guessed delay.
    await vi.waitFor(
      async () =>
        expect((await db.commitment.findUniqueOrThrow({ where: { id: commitment.id } })).progress).toBeGreaterThan(0),
      { timeout: 60_000, interval: 50 },
    );
    const file = path.join(process.env.TAIZHANG_DATA_DIR!, onPostgres ? "online.dump" : "online.db");
    rmSync(file, { force: true });
    await run(process.execPath, [cli, "backup", file], { env: process.env });
    await writer;
    // In the copy, the progress and the audit rows written in the same transactions must agree.
    const [{ progress, audits }] = await queryBackup<{ progress: number; audits: number }>(
      file,
      `SELECT (SELECT "progress" FROM "Commitment" WHERE "id" = ${commitment.id}) AS "progress",
        (SELECT count(*) FROM "AuditEvent" WHERE "entity" = 'commitment' AND "entityId" = ${commitment.id}
          AND "action" = 'increment') AS "audits"`,
    );
    expect(Number(progress)).toBe(Number(audits));
    expect(Number(progress)).toBeGreaterThan(0);
    expect((await db.commitment.findUniqueOrThrow({ where: { id: commitment.id } })).progress).toBe(600);
  }, 120_000);

  it("refuses to restore something that is not a Taizhang database", async () => {
    const bogus = path.join(process.env.TAIZHANG_DATA_DIR!, "bogus.db");
    const { writeFileSync } = await import("node:fs");
    writeFileSync(bogus, "not a database at all");
    await expect(run(process.execPath, [cli, "restore", bogus], { env: process.env })).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/bogus\.db/),
    });
  }, 30_000);

  it.runIf(onPostgres)(
    "never prints the database password when a backup fails",
    async () => {
      const url = new URL(process.env.DATABASE_URL!);
      url.password = "Wr0ng-Pass-word";
      const file = path.join(process.env.TAIZHANG_DATA_DIR!, "refused.dump");
      for (const wrong of [url.toString(), url.toString().replace(`:${url.port}/`, ":1/")]) {
        const failed = await run(process.execPath, [cli, "backup", file], {
          env: { ...process.env, DATABASE_URL: wrong },
        }).catch((error: { code: number; stdout: string; stderr: string }) => error);
        expect(failed).toMatchObject({ code: 1, stderr: expect.stringMatching(/^taizhang: backup failed: /) });
        expect(`${(failed as { stdout: string }).stdout}${(failed as { stderr: string }).stderr}`).not.toContain(
          "Wr0ng-Pass-word",
        );
      }
    },
    60_000,
  );
});
