// Start-up steps shared by `npm start` (scripts/prepare.mjs) and the e2e server: each is idempotent.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { dialectOf } from "./database-url.mjs";
import { migratePostgres } from "./pg-migrate.mjs";
import { generateClients } from "./prisma-schema.mjs";

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..", "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);

export function log(message) {
  process.stderr.write(`[taizhang] ${message}\n`);
}

function timed(label, fn) {
  const start = Date.now();
  const result = fn();
  log(`${label} (${((Date.now() - start) / 1000).toFixed(1)} s)`);
  return result;
}

function run(command, args, env) {
  execFileSync(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "inherit", "inherit"] });
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** The data folder and database URL, with the same defaults as app/utils/env.server.ts. */
export function dataConfig(env = process.env) {
  const dataDir = path.resolve(root, env.TAIZHANG_DATA_DIR ?? "data");
  const databaseUrl = env.DATABASE_URL ?? `file:${path.join(dataDir, "taizhang.db")}`;
  return { dataDir, databaseUrl, env: { TAIZHANG_DATA_DIR: dataDir, DATABASE_URL: databaseUrl } };
}

const pause = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Runs `fn` while holding a lock directory (mkdir is atomic): several `npm start` on one machine at once
 * build and generate one at a time, the others waiting and then finding the work done. A lock left by a
 * killed process is taken over after ten minutes.
 */
function withLock(name, fn) {
  const lock = path.join(root, `.${name}.lock`);
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 10 * 60 * 1000) rmSync(lock, { recursive: true, force: true });
      else pause(200);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Both clients exist and are newer than the schema. */
const clientsGenerated = () =>
  ["prisma", "prisma-pg"].every((dir) => {
    const client = path.join(root, "generated", dir, "client.ts");
    return (
      existsSync(client) && statSync(client).mtimeMs >= statSync(path.join(root, "prisma", "schema.prisma")).mtimeMs
    );
  });

export function generateClient() {
  if (clientsGenerated()) return;
  withLock("generate", () => {
    if (!clientsGenerated()) timed("generated the Prisma clients", () => generateClients());
  });
}

/** Builds when there is no build or the sources are newer than it. */
export function buildIfNeeded() {
  const server = path.join(root, "build", "server", "index.js");
  const needed = () =>
    !existsSync(server) ||
    Math.max(newestMtime(path.join(root, "app")), statSync(path.join(root, "package-lock.json")).mtimeMs) >
      statSync(server).mtimeMs;
  const worker = path.join(root, "build", "worker", "heavy.mjs");
  if (!needed() && existsSync(worker)) return;
  withLock("build", () => {
    const stale = needed();
    if (stale) timed("built the app", () => run(bin("remix"), ["vite:build"]));
    if (stale || !existsSync(worker))
      timed("built the CLI and the worker", () =>
        run(process.execPath, [path.join(root, "scripts", "build-bundles.mjs")]),
      );
  });
}

/** Brings the database to the current schema: Prisma's migrations on SQLite, our runner on PostgreSQL. */
export async function migrate(config) {
  if (dialectOf(config.databaseUrl) === "postgresql") {
    const start = Date.now();
    const applied = await migratePostgres(config.databaseUrl, { log });
    log(`database migrated (${applied.length} applied, ${((Date.now() - start) / 1000).toFixed(1)} s)`);
    return;
  }
  mkdirSync(config.dataDir, { recursive: true });
  timed("database migrated", () => run(bin("prisma"), ["migrate", "deploy"], config.env));
  const file = config.databaseUrl.replace(/^file:/, "");
  const db = new Database(path.resolve(root, file));
  db.pragma("journal_mode = WAL");
  db.close();
}

export function loadDemo(config) {
  timed("demo data checked", () => run(process.execPath, [path.join(root, "bin", "taizhang.js"), "demo"], config.env));
}
