// Our PostgreSQL migration runner (scripts/lib/pg-migrate.mjs): one process applies while the others wait
// on the advisory lock, each file is applied once and recorded with its checksum, an edited file or an
// unknown applied migration stops it, and the migrations reach exactly the data model of schema.prisma.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, writeFileSync, appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MigrationError, PG_MIGRATIONS, migratePostgres } from "../../scripts/lib/pg-migrate.mjs";
import { writePostgresSchema } from "../../scripts/lib/prisma-schema.mjs";
import { adminQuery, databaseUrl, quoteIdent } from "../setup/postgres";
import { onPostgres, query } from "./support/database";

const server = process.env.TEST_POSTGRES_URL ?? "";
const own = onPostgres ? new URL(process.env.DATABASE_URL!).pathname.slice(1) : "";
const made: string[] = [];

async function freshDatabase(suffix: string): Promise<string> {
  const name = `${own}_${suffix}`;
  await adminQuery(server, `CREATE DATABASE ${quoteIdent(name)}`);
  made.push(name);
  return databaseUrl(server, name);
}

const rows = <T>(url: string, sql: string) => query<T>(sql, [], url);

const folders = () =>
  readdirSync(PG_MIGRATIONS, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();

afterAll(async () => {
  for (const name of made) await adminQuery(server, `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
});

describe.runIf(onPostgres)("the PostgreSQL migration runner", () => {
  it("applies each migration once when several processes start together", async () => {
    const url = await freshDatabase("race");
    const runs = await Promise.all([migratePostgres(url), migratePostgres(url), migratePostgres(url)]);
    expect(runs.map((applied) => applied.length).sort()).toEqual([0, 0, folders().length]);
    const journal = await rows<{ name: string; checksum: string }>(
      url,
      `SELECT "name", "checksum" FROM "_taizhang_migrations" ORDER BY 1`,
    );
    expect(journal.map((r) => r.name)).toEqual(folders());
    expect(journal.every((r) => /^[0-9a-f]{64}$/.test(r.checksum))).toBe(true);
    expect(await migratePostgres(url)).toEqual([]);
  });

  it("refuses a migration edited after it was applied, and a database migrated by a newer version", async () => {
    const url = await freshDatabase("edit");
    const dir = mkdtempSync(path.join(tmpdir(), "taizhang-migrations-"));
    cpSync(PG_MIGRATIONS, dir, { recursive: true });
    await migratePostgres(url, { dir });
    appendFileSync(path.join(dir, folders()[0]!, "migration.sql"), "\n-- a harmless-looking edit\n");
    await expect(migratePostgres(url, { dir })).rejects.toThrow(/was changed after it was applied/);
    await expect(migratePostgres(url, { dir })).rejects.toBeInstanceOf(MigrationError);

    const newer = await freshDatabase("newer");
    await migratePostgres(newer);
    await rows(newer, `INSERT INTO "_taizhang_migrations" ("name", "checksum") VALUES ('29990101000000_future', 'x')`);
    await expect(migratePostgres(newer)).rejects.toThrow(/migrated by a newer version/);
  });

  it("rolls a failing migration back whole and applies nothing after it", async () => {
    const url = await freshDatabase("failing");
    const dir = mkdtempSync(path.join(tmpdir(), "taizhang-migrations-"));
    cpSync(PG_MIGRATIONS, dir, { recursive: true });
    const bad = path.join(dir, "29990101000000_bad");
    cpSync(path.join(dir, folders()[0]!), bad, { recursive: true });
    writeFileSync(path.join(bad, "migration.sql"), `CREATE TABLE "Half" ("id" INTEGER);\nSELECT no_such_function();\n`);
    await expect(migratePostgres(url, { dir })).rejects.toThrow(/29990101000000_bad failed/);
    expect(await rows(url, `SELECT 1 FROM pg_tables WHERE tablename = 'Half'`)).toEqual([]);
    expect((await rows(url, `SELECT count(*) AS "n" FROM "_taizhang_migrations"`))[0]).toEqual({
      n: String(folders().length),
    });
  });

  it("reaches exactly the data model of prisma/schema.prisma", async () => {
    const migrated = await freshDatabase("migrated");
    await migratePostgres(migrated);
    const direct = await freshDatabase("direct");
    const script = execFileSync(
      "node_modules/.bin/prisma",
      ["migrate", "diff", "--from-empty", "--to-schema-datamodel", writePostgresSchema(), "--script"],
      // prisma.config.ts opens a SQLite adapter on DATABASE_URL: give it a file, as `npm run db:diff` does.
      {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
        env: { ...process.env, DATABASE_URL: `file:${path.join(process.env.TAIZHANG_DATA_DIR!, "diff.db")}` },
      },
    );
    await rows(direct, script);
    // Tables, columns, types, defaults, keys and indexes that Prisma knows of (not our own additions).
    const shape = async (url: string) => ({
      columns: await rows(
        url,
        `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
         WHERE table_schema = 'public' AND table_name <> '_taizhang_migrations' ORDER BY 1, 2`,
      ),
      indexes: await rows(
        url,
        `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'
         AND tablename <> '_taizhang_migrations' AND indexname NOT LIKE 'Commitment\\_search\\_%' ORDER BY 1`,
      ),
      constraints: await rows(
        url,
        `SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
         WHERE connamespace = 'public'::regnamespace AND conname <> '_taizhang_migrations_pkey' ORDER BY 1`,
      ),
    });
    expect(await shape(migrated)).toEqual(await shape(direct));
  });
});
