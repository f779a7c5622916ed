// The demo data in a test file's own database, loaded by the real loader once per `vitest run`: the first
// file that asks loads it (loadDemoData) and leaves a copy as a template; the next files start from a copy
// of that (SQLite: the file; PostgreSQL: CREATE DATABASE … TEMPLATE), which costs a fraction of the 4 s of
// CPU (SQLite) to half a minute (PostgreSQL) that loading it again takes. import.test.ts, whose subject is
// the loading itself, calls loadDemoData directly, as parity.test.ts does for its second (SQLite) database.
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { inject } from "vitest";
import { closeDataVersionSources } from "../../../data-version.mjs";
import { loadDemoData } from "~/models/demo.server";
import { db } from "~/utils/db.server";
import { adminQuery, quoteIdent } from "../../setup/postgres";
import { onPostgres } from "./database";

const root = () => inject("testRoot");
/** Exists once the template is whole: SQLite's file, or PostgreSQL's database, is then ready to copy. */
const readyMark = () => path.join(root(), "demo-template.ready");
const lockDir = () => path.join(root(), "demo-template.lock");
const sqliteTemplate = () => path.join(root(), "demo-template.db");
const pgTemplate = () => `${inject("dbPrefix")}_demo`;
const ownFile = () => process.env.DATABASE_URL!.replace(/^file:/, "");
const ownDatabase = () => new URL(process.env.DATABASE_URL!).pathname.slice(1);

/** Closes this process's connections to its database; the next use of `db` opens a new client. */
async function disconnect() {
  const client = globalThis.__taizhangPrisma;
  globalThis.__taizhangPrisma = undefined;
  await client?.$disconnect();
  await closeDataVersionSources();
}

/**
 * Gives this test file's database the demo data, exactly as `loadDemoData()` on an empty database leaves
 * it. Call it first, before anything else writes to the database (it replaces the database).
 */
export async function startWithDemoData(): Promise<void> {
  if ((await db.report.count()) > 0) throw new Error("startWithDemoData() must come before any other data");
  const deadline = Date.now() + 5 * 60_000;
  for (;;) {
    if (existsSync(readyMark())) return copyTemplate();
    try {
      mkdirSync(lockDir());
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      // Another file is loading it: wait until the template is marked ready.
      if (Date.now() > deadline) throw new Error("the demo template was not ready within 5 minutes");
      await new Promise((resolve) => setTimeout(resolve, 100));
      continue;
    }
    try {
      await loadDemoData();
      await saveTemplate();
      mkdirSync(readyMark());
    } finally {
      rmSync(lockDir(), { recursive: true, force: true });
    }
    return;
  }
}

async function saveTemplate() {
  if (onPostgres) {
    await disconnect();
    await adminQuery(
      inject("dbServer"),
      `CREATE DATABASE ${quoteIdent(pgTemplate())} TEMPLATE ${quoteIdent(ownDatabase())}`,
    );
    return;
  }
  // A consistent copy whatever the journal mode, written beside the template and then renamed into place.
  const partial = `${sqliteTemplate()}.partial`;
  const database = new Database(ownFile());
  try {
    database.prepare("VACUUM INTO ?").run(partial);
  } finally {
    database.close();
  }
  renameSync(partial, sqliteTemplate());
}

async function copyTemplate() {
  await disconnect();
  if (onPostgres) {
    const server = inject("dbServer");
    await adminQuery(server, `DROP DATABASE ${quoteIdent(ownDatabase())} WITH (FORCE)`);
    await adminQuery(server, `CREATE DATABASE ${quoteIdent(ownDatabase())} TEMPLATE ${quoteIdent(pgTemplate())}`);
    return;
  }
  const file = ownFile();
  for (const suffix of ["-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
  copyFileSync(sqliteTemplate(), file);
}
