// The PostgreSQL side of the test databases: one migrated template per `vitest run`, then one database
// per test file made with CREATE DATABASE … TEMPLATE (a file copy inside PostgreSQL, a fraction of a second).
// TEST_DATABASE=postgresql selects it; TEST_POSTGRES_URL names a server and a role that may create
// databases (scripts/test-postgres.mjs sets both).
import { databaseOn, pgQuery } from "../../scripts/lib/pg-admin.mjs";

/** The database the tests run on. */
export const testDialect = (): "sqlite" | "postgresql" =>
  process.env.TEST_DATABASE === "postgresql" ? "postgresql" : "sqlite";

/** The same server and role, another database. Test connections skip waiting for the disk at commit. */
export const databaseUrl = (serverUrl: string, database: string) =>
  databaseOn(serverUrl, database, "-c synchronous_commit=off");

export const adminQuery = pgQuery;

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
