// The PostgreSQL side of the test databases: one migrated template per `vitest run`, then one database
// per test file made with CREATE DATABASE … TEMPLATE (a file copy inside PostgreSQL, a fraction of a second).
// TEST_DATABASE=postgresql selects it; TEST_POSTGRES_URL names a server and a role that may create
// databases (scripts/test-postgres.mjs sets both).
import pg from "pg";

/** The database the tests run on. */
export const testDialect = (): "sqlite" | "postgresql" =>
  process.env.TEST_DATABASE === "postgresql" ? "postgresql" : "sqlite";

/** The same server and role, another database. Test connections skip waiting for the disk at commit. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  // %20, not "+": libpq (pg_dump, psql) reads the URL too.
  url.search = `?options=${encodeURIComponent("-c synchronous_commit=off")}`;
  return url.toString();
}

export async function adminQuery(serverUrl: string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
