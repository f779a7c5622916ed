// Which database this run of the integration tests uses, and direct access to it for checks that must
// not go through the app (consistency after a crash, what another process sees).
import Database from "better-sqlite3";
import pg from "pg";
import { adminQuery, databaseUrl, quoteIdent, testDialect } from "../../setup/postgres";

export const onPostgres = testDialect() === "postgresql";
export const onSqlite = !onPostgres;

/**
 * One query on a fresh connection of its own (PostgreSQL or SQLite), rows as plain objects; on this
 * file's database unless another URL is given.
 */
export async function query<T>(sql: string, params: unknown[] = [], url = process.env.DATABASE_URL!): Promise<T[]> {
  if (!url.startsWith("file:")) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  }
  const database = new Database(url.replace(/^file:/, ""));
  try {
    const statement = database.prepare(sql);
    if (!statement.reader) {
      statement.run(...params);
      return [];
    }
    return statement.all(...params) as T[];
  } finally {
    database.close();
  }
}

/**
 * One query on the contents of a backup file: a SQLite copy is opened read-only; a pg_dump archive is
 * restored into a scratch database of the test server first.
 */
export async function queryBackup<T>(file: string, sql: string): Promise<T[]> {
  if (onSqlite) {
    const database = new Database(file, { readonly: true });
    try {
      return database.prepare(sql).all() as T[];
    } finally {
      database.close();
    }
  }
  const server = process.env.TEST_POSTGRES_URL!;
  const scratch = `${new URL(process.env.DATABASE_URL!).pathname.slice(1)}_copy`;
  await adminQuery(server, `CREATE DATABASE ${quoteIdent(scratch)}`);
  try {
    const url = databaseUrl(server, scratch);
    const { restoreDatabase } = await import("~/utils/postgres-dump.server");
    await restoreDatabase(url, file);
    return await query<T>(sql, [], url);
  } finally {
    await adminQuery(server, `DROP DATABASE IF EXISTS ${quoteIdent(scratch)} WITH (FORCE)`);
  }
}
