import { randomBytes } from "node:crypto";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, inject } from "vitest";
import { closeDataVersionSources } from "../../data-version.mjs";
import { adminQuery, databaseUrl, quoteIdent, testDialect } from "./postgres";

// Runs in each test file's worker before the file is imported: give the file its own copy of the
// migrated template and its own data folder, so the one Prisma client (app/utils/db.server.ts)
// opens a fresh database.
// A worker process runs file after file (vitest.config.ts): each file starts from the environment the
// process started with, whatever the file before it set.
declare global {
  var __taizhangTestEnv: NodeJS.ProcessEnv | undefined;
}
const startEnv = (globalThis.__taizhangTestEnv ??= { ...process.env });
for (const name of Object.keys(process.env)) if (!(name in startEnv)) delete process.env[name];
Object.assign(process.env, startEnv);
const dataDir = mkdtempSync(path.join(inject("testRoot"), "data-"));
let database: string | null = null;
if (testDialect() === "postgresql") {
  database = `${inject("dbPrefix")}_${randomBytes(6).toString("hex")}`;
  await adminQuery(
    inject("dbServer"),
    `CREATE DATABASE ${quoteIdent(database)} TEMPLATE ${quoteIdent(inject("dbTemplate"))}`,
  );
  process.env.DATABASE_URL = databaseUrl(inject("dbServer"), database);
} else {
  const file = path.join(dataDir, "test.db");
  copyFileSync(inject("dbTemplate"), file);
  process.env.DATABASE_URL = `file:${file}`;
}
process.env.TAIZHANG_DATA_DIR = dataDir;
process.env.SESSION_SECRET ??= "test-session-secret-at-least-32-characters";
// Expected failures (a refused email, a bad upload) are logged at warn; the test output shows only errors.
process.env.LOG_LEVEL ??= "error";
globalThis.__taizhangPrisma = undefined;

afterAll(async () => {
  await globalThis.__taizhangPrisma?.$disconnect();
  await closeDataVersionSources();
  // Best effort: the run's teardown drops whatever is left (tests/setup/global-setup.ts).
  if (database)
    await adminQuery(inject("dbServer"), `DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`).catch(
      () => {},
    );
  rmSync(dataDir, { recursive: true, force: true });
});
