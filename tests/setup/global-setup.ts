import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migratePostgres } from "../../scripts/lib/pg-migrate.mjs";
import { adminQuery, databaseUrl, quoteIdent, testDialect } from "./postgres";

declare module "vitest" {
  export interface ProvidedContext {
    /** A folder for the test files' data folders. */
    testRoot: string;
    /** SQLite: the migrated template file. PostgreSQL: the template database's name. */
    dbTemplate: string;
    /** PostgreSQL: the server URL (TEST_POSTGRES_URL) and the prefix of this run's databases. */
    dbServer: string;
    dbPrefix: string;
  }
}

// Once per `vitest run`: a migrated template database; each test file then works on its own copy
// (tests/setup/setup-db.ts). SQLite: the real Prisma CLI migrates a file. PostgreSQL: our runner
// migrates a template database.
export default async function setup(project: TestProject) {
  // Routes run heavy work in a worker thread, and tests spawn the CLI: both built from app/ here, when stale
  // (`npm test` has just built them, and its browser tests run next to this).
  const { BUNDLES, buildBundles, staleReason } = (await import("../../scripts/build-bundles.mjs")) as {
    BUNDLES: Record<string, unknown>;
    buildBundles: (names: string[]) => Promise<void>;
    staleReason: (name: string) => string | null;
  };
  const stale = Object.keys(BUNDLES).filter((name) => staleReason(name));
  if (stale.length) await buildBundles(stale);
  const dir = mkdtempSync(path.join(tmpdir(), "taizhang-test-db-"));
  project.provide("testRoot", dir);
  if (testDialect() === "postgresql") {
    const server = process.env.TEST_POSTGRES_URL;
    if (!server) throw new Error("TEST_DATABASE=postgresql needs TEST_POSTGRES_URL (see scripts/test-postgres.mjs)");
    const prefix = `taizhang_test_${process.pid}`;
    const template = `${prefix}_template`;
    await dropDatabases(server, prefix);
    await adminQuery(server, `CREATE DATABASE ${quoteIdent(template)}`);
    await migratePostgres(databaseUrl(server, template));
    project.provide("dbTemplate", template);
    project.provide("dbServer", server);
    project.provide("dbPrefix", prefix);
    return async () => {
      await dropDatabases(server, prefix);
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const template = path.join(dir, "template.db");
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${template}` },
    stdio: "pipe",
  });
  project.provide("dbTemplate", template);
  project.provide("dbServer", "");
  project.provide("dbPrefix", "");
  return () => rmSync(dir, { recursive: true, force: true });
}

/** Drops this run's databases (a test file that crashed may have left its own behind). */
async function dropDatabases(server: string, prefix: string) {
  const { rows } = await adminQuery(
    server,
    `SELECT datname FROM pg_database WHERE datname LIKE '${prefix.replace(/_/g, "\\_")}\\_%'`,
  );
  for (const { datname } of rows as { datname: string }[])
    await adminQuery(server, `DROP DATABASE IF EXISTS ${quoteIdent(datname)} WITH (FORCE)`);
}
