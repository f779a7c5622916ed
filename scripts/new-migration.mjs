#!/usr/bin/env node
// `npm run db:diff -- <name>`: writes the migrations for the changes in prisma/schema.prisma, for both
// databases, under one name and timestamp:
//   prisma/migrations/<stamp>_<name>/migration.sql             SQLite (applied by `prisma migrate deploy`)
//   prisma/migrations-postgresql/<stamp>_<name>/migration.sql  PostgreSQL (applied by scripts/lib/pg-migrate.mjs)
// Each side is diffed against what its own migrations already reach, so after merging a branch that
// brought only SQLite migrations, the same command writes just the PostgreSQL one.
//
// SQLite: with the JS engine and the better-sqlite3 adapter, Prisma's shadow database refuses tables
// with foreign keys (P3006), so the migrations are applied to a scratch file, introspected, and two
// datamodels are diffed (no shadow database). PostgreSQL: introspection does not work with the JS
// engine either, so prisma/migrations-postgresql/datamodel.prisma records the data model its
// generated migrations reach; the diff is from that file, which is then updated.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PG_MIGRATIONS } from "./lib/pg-migrate.mjs";
import { PG_SCHEMA, postgresSchema, writePostgresSchema } from "./lib/prisma-schema.mjs";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_");
if (!name) {
  console.error("usage: npm run db:diff -- <migration_name>");
  process.exit(2);
}
const prisma = path.resolve("node_modules/.bin/prisma");
const dir = mkdtempSync(path.join(tmpdir(), "taizhang-migrate-"));
const env = { ...process.env, DATABASE_URL: `file:${path.join(dir, "scratch.db")}` };
const run = (args) => execFileSync(prisma, args, { env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
const hasChanges = (sql) => /\b(CREATE|ALTER|DROP|INSERT)\b/.test(sql);
const DATAMODEL = path.join(PG_MIGRATIONS, "datamodel.prisma");
const DATAMODEL_HEADER =
  "// Written by `npm run db:diff`: the data model that the generated migrations in this folder reach.\n" +
  "// Do not edit. On a merge conflict keep both sides' changes, as in schema.prisma.\n";
// New tables get the statement-level NOTIFY trigger that invalidates caches (see its migration).
const NOTIFY_TRIGGERS =
  '\n-- Cache invalidation: every table gets its NOTIFY trigger.\nSELECT "taizhang_ensure_notify_triggers"();\n';

function sqliteDiff() {
  run(["migrate", "deploy"]);
  const pulled = run(["db", "pull", "--print"]);
  const start = pulled.search(/^(generator|datasource) /m);
  const current = pulled
    .slice(start)
    .replace(/^model CommitmentSearch\w*\s*\{[\s\S]*?^\}\s*$/gm, "")
    .replace(/^\/\/.*$/gm, "");
  const from = path.join(dir, "current.prisma");
  writeFileSync(from, current);
  return run([
    "migrate",
    "diff",
    "--from-schema-datamodel",
    from,
    "--to-schema-datamodel",
    "prisma/schema.prisma",
    "--script",
  ]);
}

function postgresDiff() {
  writePostgresSchema();
  const from = existsSync(DATAMODEL) ? ["--from-schema-datamodel", DATAMODEL] : ["--from-empty"];
  const sql = run(["migrate", "diff", ...from, "--to-schema-datamodel", PG_SCHEMA, "--script"]);
  return /\bCREATE TABLE\b/.test(sql) && existsSync(DATAMODEL) ? sql + NOTIFY_TRIGGERS : sql;
}

try {
  const sqlite = sqliteDiff();
  const postgres = postgresDiff();
  if (!hasChanges(sqlite) && !hasChanges(postgres)) {
    console.error("No schema changes since the last migration.");
    process.exit(1);
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  for (const [changed, sql, folder] of [
    [hasChanges(sqlite), sqlite, path.join("prisma", "migrations")],
    [hasChanges(postgres), postgres, path.relative(process.cwd(), PG_MIGRATIONS)],
  ]) {
    if (!changed) continue;
    const target = path.join(folder, `${stamp}_${name}`);
    mkdirSync(target, { recursive: true });
    writeFileSync(path.join(target, "migration.sql"), sql);
    console.log(`wrote ${target}/migration.sql`);
  }
  if (hasChanges(postgres)) {
    const model = postgresSchema(readFileSync("prisma/schema.prisma", "utf8"));
    writeFileSync(DATAMODEL, DATAMODEL_HEADER + model);
  }
  console.log("Review them, then run: npm run db:deploy && npm run db:generate");
} finally {
  rmSync(dir, { recursive: true, force: true });
}
