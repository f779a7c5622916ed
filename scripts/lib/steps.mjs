// Start-up steps shared by `npm start` (scripts/prepare.mjs) and the e2e server: each is idempotent.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

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

/** Generates the Prisma client when it is missing or older than the schema (its output goes to stderr). */
export function generateClient() {
  const client = path.join(root, "generated", "prisma", "client.ts");
  const schema = path.join(root, "prisma", "schema.prisma");
  if (existsSync(client) && statSync(client).mtimeMs >= statSync(schema).mtimeMs) return;
  timed("generated the Prisma client", () =>
    execFileSync(bin("prisma"), ["generate"], { cwd: root, stdio: ["ignore", 2, "inherit"] }),
  );
}

/** Builds when there is no build or the sources are newer than it. */
export function buildIfNeeded() {
  const server = path.join(root, "build", "server", "index.js");
  const sourcesNewer = () =>
    Math.max(newestMtime(path.join(root, "app")), statSync(path.join(root, "package-lock.json")).mtimeMs) >
    statSync(server).mtimeMs;
  const worker = path.join(root, "build", "worker", "heavy.mjs");
  if (existsSync(server) && existsSync(worker) && !sourcesNewer()) return;
  timed("built the app", () => run(bin("remix"), ["vite:build"]));
  timed("built the CLI and the worker", () => run(process.execPath, [path.join(root, "scripts", "build-bundles.mjs")]));
}

export function migrate(config) {
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
