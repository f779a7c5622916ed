// A full disk and a read-only data folder, for real: the data folder on a small tmpfs (needs root to
// mount; skipped with a note where mounting is not allowed: app/utils/sqlite.server.test.ts covers the
// same failure with a simulated SQLITE_FULL). A failed write must leave the server able to write once
// space is back, and /healthz must say 503 while writes fail.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, statfsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { makeItem, setUpLedger } from "./support/ledger";
import { startServer, type RunningServer } from "./support/server";

const folder = mkdtempSync(path.join(tmpdir(), "taizhang-full-"));
function tryMount(): boolean {
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=24m", "tmpfs", folder], { stdio: "pipe" });
    return true;
  } catch {
    console.warn("disk-full.test: cannot mount a tmpfs here (needs root); the simulated SQLITE_FULL test still runs");
    return false;
  }
}
const mounted = tryMount();
const filler = path.join(folder, "filler");
const original = process.env.DATABASE_URL!.replace(/^file:/, "");

let server: RunningServer;
let token = "";
let itemId = 0;

beforeAll(async () => {
  if (!mounted) return;
  const file = path.join(folder, "taizhang.db");
  copyFileSync(original, file);
  process.env.DATABASE_URL = `file:${file}`;
  process.env.TAIZHANG_DATA_DIR = folder;
  await globalThis.__taizhangPrisma?.$disconnect();
  globalThis.__taizhangPrisma = undefined;
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  const fx = await setUpLedger();
  token = fx.people.leadStaff.token!;
  itemId = (await makeItem(fx)).id;
  await db.$disconnect();
  server = await startServer({ DATABASE_URL: process.env.DATABASE_URL, TAIZHANG_DATA_DIR: folder });
}, 60_000);

afterAll(async () => {
  await server?.stop();
  if (mounted) execFileSync("umount", ["-l", folder]);
  rmSync(folder, { recursive: true, force: true });
});

const postUpdate = (progress: number) =>
  fetch(`${server.url}/api/v1/commitments/${itemId}/updates`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ status: "in_progress", progress, note: "磁盘测试".repeat(400) }),
    signal: AbortSignal.timeout(15_000),
  });

/** Polls /healthz until it answers `status` (the write check is repeated at most once a second). */
async function healthBecomes(status: number) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const response = await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(10_000) });
    const body = (await response.json()) as Record<string, string>;
    if (response.status === status) return body;
    if (Date.now() > deadline) throw new Error(`/healthz stayed ${response.status}: ${JSON.stringify(body)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function fillDisk() {
  const { bavail, bsize } = statfsSync(folder);
  try {
    writeFileSync(filler, Buffer.alloc(Number(bavail) * Number(bsize)));
  } catch {
    // ENOSPC at the very end is the point
  }
}

describe.skipIf(!mounted)("a full data disk", () => {
  it("fails the write, says so on /healthz, and writes again once space is back", async () => {
    expect((await postUpdate(40)).status).toBe(201);
    fillDisk();
    const failed = await postUpdate(50);
    expect(failed.status).toBeGreaterThanOrEqual(500);
    expect(await healthBecomes(503)).toMatchObject({ ok: false, db: "ok", writes: "failing" });
    rmSync(filler);
    expect(await healthBecomes(200)).toEqual({ ok: true, db: "ok", writes: "ok", files: "ok" });
    // Before the fix this request hung for ever: the failed transaction had kept the connection's lock.
    const again = await postUpdate(60);
    expect(again.status).toBe(201);
    // The update of the full disk is not stored; the ones before and after are.
    const stored = await db.statusUpdate.findMany({ where: { commitmentId: itemId }, select: { progress: true } });
    expect(stored.map((u) => u.progress).sort()).toEqual([40, 60]);
  }, 90_000);

  it("reports a read-only data folder on /healthz", async () => {
    // A folder of its own, made read-only before a server opens anything in it.
    const readOnly = mkdtempSync(path.join(tmpdir(), "taizhang-ro-"));
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=24m", "tmpfs", readOnly]);
    let other: RunningServer | undefined;
    try {
      const template = path.join(readOnly, "taizhang.db");
      copyFileSync(original, template); // rollback journal, not WAL: readable from a read-only folder
      writeFileSync(path.join(readOnly, ".session-secret"), "x".repeat(64));
      execFileSync("mount", ["-o", "remount,ro", readOnly]);
      other = await startServer({ DATABASE_URL: `file:${template}`, TAIZHANG_DATA_DIR: readOnly });
      const response = await fetch(`${other.url}/healthz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ ok: false, db: "ok", writes: "failing", files: "failing" });
    } finally {
      await other?.stop();
      execFileSync("umount", ["-l", readOnly]);
      rmSync(readOnly, { recursive: true, force: true });
    }
  }, 60_000);
});
