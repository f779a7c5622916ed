// SIGKILL of the production server in the middle of a large import through the API: the database stays
// consistent (integrity, no half-stored report, no orphan rows, audit rows only for committed imports)
// and the same import afterwards succeeds exactly once. On SQLite and on PostgreSQL (where an open
// write transaction shows as a backend with a transaction id, and its end waits for the backend).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI_ACTOR } from "~/models/audit.server";
import { ensureDemoJurisdictions } from "~/models/demo.server";
import { createUser } from "~/models/user.server";
import { createApiToken } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { onPostgres, onSqlite, query } from "./support/database";
import { startServer, type RunningServer } from "./support/server";

/**
 * A long but valid report: the real 张店区 2025 report with its plan part repeated, each copy's figures
 * shifted so that every copy's promises are new — about 1.9 MB of JSON, under the API's 2 MB limit.
 */
function largeReport(copies = 90): string {
  const lines = readFileSync("data/reports/zhangdian-2025.txt", "utf8").split("\n");
  const planStart = lines.findIndex((l) => l.startsWith("二、2025"));
  const planEnd = lines.findIndex((l) => l.startsWith("三、"));
  const plan = lines.slice(planStart + 1, planEnd).join("\n");
  const shifted = Array.from({ length: copies }, (_, k) =>
    plan.replace(/\d+(?=[万亿个家所项%])/g, (n) => String(Number(n) + k + 1)),
  );
  return [...lines.slice(0, planEnd), ...shifted, ...lines.slice(planEnd)].join("\n");
}

const text = largeReport();
const textHash = createHash("sha256").update(text).digest("hex");
let token: string;
let probe: Database.Database | null = null;

beforeAll(async () => {
  await ensureDemoJurisdictions();
  if (onSqlite) await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  const user = await createUser({
    email: "importer@kill.example.cn",
    name: "导入员",
    role: "supervisor",
    jurisdiction: "zhangdian",
    password: "a-long-test-password",
    actor: CLI_ACTOR,
  });
  token = await createApiToken(user.id);
  // SQLite: a second connection that never waits: it sees the server's write transaction as SQLITE_BUSY.
  if (onSqlite) probe = new Database(process.env.DATABASE_URL!.replace(/^file:/, ""), { timeout: 0 });
});

afterAll(() => probe?.close());

function post(server: RunningServer): Promise<Response> {
  return fetch(`${server.url}/api/v1/reports`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ jurisdiction: "zhangdian", year: 2025, text }),
  });
}

/** True while another connection holds an open write transaction (the import's). */
async function writerBusy(): Promise<boolean> {
  if (onPostgres) {
    // A backend of another process with a transaction id: it has written and not yet finished.
    const [row] = await query<{ n: string }>(
      `SELECT count(*) AS "n" FROM pg_stat_activity
       WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL`,
    );
    return Number(row!.n) > 0;
  }
  try {
    probe!.exec("BEGIN IMMEDIATE");
    probe!.exec("ROLLBACK");
    return false;
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith("SQLITE_BUSY")) return true;
    throw error;
  }
}

/** PostgreSQL: a killed client's transaction ends when its backend notices the closed socket. */
async function serverBackendsGone() {
  if (!onPostgres) return;
  const deadline = Date.now() + 10_000;
  for (;;) {
    const [row] = await query<{ n: string }>(
      `SELECT count(*) AS "n" FROM pg_stat_activity
       WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name LIKE 'taizhang%'
         AND client_port IS NOT NULL AND state <> 'idle'`,
    );
    if (Number(row!.n) === 0 && !(await writerBusy())) return;
    if (Date.now() > deadline) throw new Error("the killed server's transaction is still open");
    await sleep(10);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** PostgreSQL: another backend's transaction has written promises and not finished (the import's, not a
 * token's one-statement `lastUsedAt` write). One probe says it, so a loaded machine cannot slip between two. */
async function importWriting(): Promise<boolean> {
  const [row] = await query<{ n: string }>(
    `SELECT count(*) AS "n" FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
     WHERE c.relname = 'Commitment' AND l.mode = 'RowExclusiveLock' AND l.granted AND l.pid <> pg_backend_pid()`,
  );
  return Number(row!.n) > 0;
}

/** Waits until the import's transaction is open: on SQLite, the write lock seen held on two probes 5 ms apart
 * (a token's one-statement `lastUsedAt` write is over long before that). */
async function transactionOpen(deadline: number): Promise<boolean> {
  while (Date.now() < deadline) {
    if (onPostgres) {
      if (await importWriting()) return true;
    } else if (await writerBusy()) {
      await sleep(5);
      if (await writerBusy()) return true;
    }
    await sleep(1);
  }
  return false;
}

async function count(sql: string): Promise<number> {
  const [row] = await query<{ n: number | string }>(sql);
  return Number(row!.n);
}

/** Everything that must hold after any crash. */
async function expectConsistent() {
  await serverBackendsGone();
  if (onSqlite) {
    expect(await query("PRAGMA integrity_check")).toEqual([{ integrity_check: "ok" }]);
    expect(await query("PRAGMA foreign_key_check")).toEqual([]);
    // The full-text index matches the commitments (kept by triggers in the same transaction); throws if not.
    await query(`INSERT INTO "CommitmentSearch"("CommitmentSearch") VALUES ('integrity-check')`);
  }
  const orphans = [
    `SELECT COUNT(*) AS "n" FROM "ReportSection" s LEFT JOIN "Report" r ON r."id" = s."reportId" WHERE r."id" IS NULL`,
    `SELECT COUNT(*) AS "n" FROM "Commitment" c LEFT JOIN "Report" r ON r."id" = c."reportId"
     WHERE c."reportId" IS NOT NULL AND r."id" IS NULL`,
    `SELECT COUNT(*) AS "n" FROM "Result" x LEFT JOIN "Report" r ON r."id" = x."reportId" WHERE r."id" IS NULL`,
  ];
  for (const sql of orphans) expect(await count(sql), sql).toBe(0);
  // No report without its sections and commitments.
  expect(
    await count(`SELECT COUNT(*) AS "n" FROM "Report" r
      WHERE NOT EXISTS (SELECT 1 FROM "ReportSection" s WHERE s."reportId" = r."id")`),
  ).toBe(0);
  expect(
    await count(`SELECT COUNT(*) AS "n" FROM "Report" r
      WHERE NOT EXISTS (SELECT 1 FROM "Commitment" c WHERE c."reportId" = r."id")`),
  ).toBe(0);
  // Audit rows only for committed imports: one "import" per stored report, none for a report that is not there.
  const imports = await query<{ entityId: number; n: number | string }>(
    `SELECT "entityId", COUNT(*) AS "n" FROM "AuditEvent" WHERE "entity" = 'report' AND "action" = 'import'
     GROUP BY "entityId"`,
  );
  const reports = await query<{ id: number }>(`SELECT "id" FROM "Report" ORDER BY "id"`);
  expect(imports.map((i) => i.entityId).sort()).toEqual(reports.map((r) => r.id));
  expect(imports.every((i) => Number(i.n) === 1)).toBe(true);
}

async function storedCopies(): Promise<{ id: number; commitments: number }[]> {
  const rows = await query<{ id: number; commitments: number | string }>(
    `SELECT r."id" AS "id", (SELECT COUNT(*) FROM "Commitment" c WHERE c."reportId" = r."id") AS "commitments"
     FROM "Report" r WHERE r."textHash" = '${textHash}'`,
  );
  return rows.map((r) => ({ id: r.id, commitments: Number(r.commitments) }));
}

describe("SIGKILL in the middle of an import", () => {
  // When to kill: while the report is still being analysed (before any write); a number of
  // milliseconds after the import's transaction was seen open; or just after it committed, before
  // the client has its answer.
  // (Fewer on PostgreSQL, whose pass runs after SQLite's: the same three kinds of moment.)
  const moments: ("analysing" | number | "committed")[] = onPostgres
    ? ["analysing", 0, 20, 60, "committed"]
    : ["analysing", 0, 20, 60, 150, 300, "committed"];
  const killedInTransaction: boolean[] = [];
  let committedCommitments: number | null = null;

  it.each(moments)("leaves the database consistent (kill: %s)", { timeout: 60_000 }, async (moment) => {
    const server = await startServer();
    const answer = post(server).then(
      (response) => response.status,
      () => 0,
    );
    let inTransaction: boolean;
    try {
      if (moment === "analysing") await sleep(20);
      else {
        expect(await transactionOpen(Date.now() + 20_000)).toBe(true);
        if (moment === "committed") while (await writerBusy()) await sleep(0);
        else await sleep(moment);
      }
      inTransaction = await writerBusy();
    } finally {
      // Also when an expectation failed: a server left running would finish its import under the next case.
      await server.stop("SIGKILL");
    }
    if (inTransaction) expect(await answer).toBe(0);
    killedInTransaction.push(inTransaction);

    await expectConsistent();
    const copies = await storedCopies();
    expect(copies.length).toBeLessThanOrEqual(1);
    if (inTransaction || moment === "analysing") expect(copies).toEqual([]);
    if (moment === "committed") {
      expect(copies).toHaveLength(1);
      committedCommitments = copies[0]!.commitments;
    }
  });

  it("killed the server inside the open transaction at least three times", () => {
    expect(killedInTransaction.filter(Boolean).length).toBeGreaterThanOrEqual(3);
  });

  it("imports the same report afterwards exactly once: the second time is an update", { timeout: 60_000 }, async () => {
    const server = await startServer();
    try {
      const first = await post(server);
      expect(first.status).toBe(200);
      const firstBody = (await first.json()) as { id: number; commitments: number; created: boolean };
      const again = await post(server);
      expect(again.status).toBe(200);
      const againBody = (await again.json()) as { id: number; commitments: number; created: boolean };
      expect(againBody).toMatchObject({ id: firstBody.id, created: false, commitments: firstBody.commitments });
      expect(firstBody.commitments).toBeGreaterThan(300);
      // The copy committed just before a kill was whole: the re-import finds the same promises.
      expect(firstBody).toMatchObject({ created: false, commitments: committedCommitments });

      await expectConsistent();
      expect(await storedCopies()).toEqual([{ id: firstBody.id, commitments: firstBody.commitments }]);
      expect(
        await count(
          `SELECT COUNT(*) AS "n" FROM "AuditEvent"
           WHERE "entity" = 'report' AND "entityId" = ${firstBody.id} AND "action" = 'reimport'`,
        ),
      ).toBeGreaterThanOrEqual(1);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    } finally {
      await server.stop();
    }
  });
});
