#!/usr/bin/env node
// Writes prisma/migrations/<timestamp>_<name>/migration.sql for the changes in
// prisma/schema.prisma since the last migration.
//
// Why not `prisma migrate dev`/`migrate diff --from-migrations`: with the JS
// engine and the better-sqlite3 adapter, the shadow database refuses tables
// with foreign keys (P3006 "External error"). Instead: apply the migrations to
// a scratch file, introspect it, drop what Prisma cannot model (the FTS5
// search tables), and diff two datamodels, which needs no shadow database.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_");
if (!name) {
  console.error("usage: npm run db:diff -- <migration_name>");
  process.exit(2);
}
const prisma = path.resolve("node_modules/.bin/prisma");
const dir = mkdtempSync(path.join(tmpdir(), "taizhang-migrate-"));
const env = { ...process.env, DATABASE_URL: `file:${path.join(dir, "scratch.db")}` };
const run = (args) => execFileSync(prisma, args, { env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
try {
  run(["migrate", "deploy"]);
  const pulled = run(["db", "pull", "--print"]);
  const start = pulled.search(/^(generator|datasource) /m);
  const current = pulled
    .slice(start)
    .replace(/^model CommitmentSearch\w*\s*\{[\s\S]*?^\}\s*$/gm, "")
    .replace(/^\/\/.*$/gm, "");
  const from = path.join(dir, "current.prisma");
  writeFileSync(from, current);
  const sql = run([
    "migrate",
    "diff",
    "--from-schema-datamodel",
    from,
    "--to-schema-datamodel",
    "prisma/schema.prisma",
    "--script",
  ]);
  if (!/\b(CREATE|ALTER|DROP|INSERT)\b/.test(sql)) {
    console.error("No schema changes since the last migration.");
    process.exit(1);
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const target = path.join("prisma", "migrations", `${stamp}_${name}`);
  mkdirSync(target, { recursive: true });
  writeFileSync(path.join(target, "migration.sql"), sql);
  console.log(`wrote ${target}/migration.sql — review it, then run: npm run db:deploy && npm run db:generate`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
