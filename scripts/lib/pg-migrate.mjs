// Applies prisma/migrations-postgresql to a PostgreSQL database (Prisma 6.19's `migrate deploy` cannot run
// against PostgreSQL with the JS engine). Safe when several app processes start at once: one advisory lock
// serialises them. Each applied file is recorded with its checksum; a file edited after it was applied,
// or a database migrated by a newer version, stops the start with a plain message.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { redactSecrets, passwordOf } from "./database-url.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..", "..");
export const PG_MIGRATIONS = path.join(root, "prisma", "migrations-postgresql");
/** Any constant of our own: pg_advisory_lock takes a bigint key. */
const LOCK_KEY = 0x7a6a_7461_697a;
const TABLE = "_taizhang_migrations";

/** The migration folders in the order they apply, each with its SQL and checksum. */
export function pendingFiles(dir = PG_MIGRATIONS) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8").replace(/\r\n/g, "\n");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

export class MigrationError extends Error {}

/**
 * Applies every migration not yet applied, each in its own transaction. Returns the names applied.
 * @param {string} url
 * @param {{ dir?: string, log?: (message: string) => void }} [options]
 */
export async function migratePostgres(url, { dir = PG_MIGRATIONS, log = () => {} } = {}) {
  const files = pendingFiles(dir);
  const client = new pg.Client({ connectionString: url, application_name: "taizhang-migrate" });
  client.on("error", () => {});
  try {
    await client.connect();
  } catch (error) {
    throw new MigrationError(
      `cannot connect to PostgreSQL: ${redactSecrets(String(error?.message ?? error), [passwordOf(url)])}`,
    );
  }
  const applied = [];
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS "${TABLE}" (
      "name" TEXT PRIMARY KEY, "checksum" TEXT NOT NULL, "appliedAt" TIMESTAMPTZ NOT NULL DEFAULT now())`);
    const { rows } = await client.query(`SELECT "name", "checksum" FROM "${TABLE}"`);
    const done = new Map(rows.map((row) => [row.name, row.checksum]));
    const known = new Set(files.map((f) => f.name));
    const unknown = [...done.keys()].filter((name) => !known.has(name)).sort();
    if (unknown.length)
      throw new MigrationError(
        `the database has migrations this version does not know (${unknown.join(", ")}): it was migrated by a newer version`,
      );
    for (const file of files) {
      if (done.has(file.name)) {
        if (done.get(file.name) !== file.checksum)
          throw new MigrationError(
            `prisma/migrations-postgresql/${file.name}/migration.sql was changed after it was applied; ` +
              "restore it and put the change in a new migration",
          );
        continue;
      }
      try {
        await client.query("BEGIN");
        await client.query(file.sql);
        await client.query(`INSERT INTO "${TABLE}" ("name", "checksum") VALUES ($1, $2)`, [file.name, file.checksum]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw new MigrationError(`migration ${file.name} failed: ${error?.message ?? error}`);
      }
      applied.push(file.name);
      log(`applied ${file.name}`);
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]).catch(() => {});
    await client.end().catch(() => {});
  }
  return applied;
}
