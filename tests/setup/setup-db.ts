import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, inject } from "vitest";

// Runs in each test file's worker before the file is imported: give the file
// its own copy of the migrated template and its own data folder, so the one
// Prisma client (app/utils/db.server.ts) opens a fresh database.
const template = inject("dbTemplate");
const dataDir = mkdtempSync(path.join(path.dirname(template), "data-"));
const file = path.join(dataDir, "test.db");
copyFileSync(template, file);
process.env.DATABASE_URL = `file:${file}`;
process.env.TAIZHANG_DATA_DIR = dataDir;
process.env.SESSION_SECRET ??= "test-session-secret-at-least-32-characters";
// Expected failures (a refused email, a bad upload) are logged at warn; the test output shows only errors.
process.env.LOG_LEVEL ??= "error";
globalThis.__taizhangPrisma = undefined;

afterAll(async () => {
  await globalThis.__taizhangPrisma?.$disconnect();
  rmSync(dataDir, { recursive: true, force: true });
});
