#!/usr/bin/env node
// `npm run bench [-- --size N] [--db sqlite|postgresql|both] [--keep] [analysis|followup|import|http|signed-in|heavy|cli …]`:
// prints figures as `name: value unit` lines, then one JSON summary. Per database (names start with `sqlite.` / `postgresql.`):
// 1. analysis time per corpus report and for a generated 50,000-character report (median of runs; no database)
//    and follow-up of pairs of 30,000- and 60,000-character reports (both analyses and the matcher)
// 2. end-to-end import time of each corpus report (decode → analyse → store, fresh database each run)
// 3. HTTP load on a generated dataset (--size commitments, default 1,000,000, across ~3,000 districts and
//    ten years) against the production build: scorecard, list, item and API with the public micro-cache and
//    without it (PUBLIC_CACHE=off); the same pages signed in (never cached), the ledger dashboard, a ledger
//    item and the review of a report; one cold search across everything; and the same load on a static copy
//    of the scorecard page (app/static). `signed-in`: only the signed-in pages. After each load, the same
//    page 50 times one after the other (BENCH_SEQUENTIAL): processor time per request of the app process
//    and, on PostgreSQL, of the server processes serving it (`….cpu.app`, `….cpu.database`).
//    --keep: the generated database is kept (in the system's temporary folder, or the PostgreSQL database
//    taizhang_bench_<size>) and reused by the next run of the same size, migrated to the current schema.
// 4. `heavy`: /healthz and a public page while long imports and zip bombs are processed (SQLite;
//    scripts/bench/heavy.mjs).
// 5. `cli`: CPU seconds of one `extract` call, the built CLI beside vite-node, and the CLI's rebuild time.
// PostgreSQL needs BENCH_POSTGRES_URL (or TEST_POSTGRES_URL): a server and a role that may create databases.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { hash } from "@node-rs/argon2";
import autocannon from "autocannon";
import { SUPERVISOR, generateDataset } from "./bench/dataset.mjs";
import { benchCli } from "./bench/cli.mjs";
import { benchHeavy } from "./bench/heavy.mjs";
import { databaseOn, pgQuery } from "./lib/pg-admin.mjs";
import { buildIfNeeded, generateClient, migrate, root } from "./lib/steps.mjs";

const { values: options, positionals: parts } = parseArgs({
  options: {
    size: { type: "string", default: "1000000" },
    db: { type: "string", default: "both" },
    keep: { type: "boolean", default: false },
  },
  allowPositionals: true,
});
const SIZE = Number(options.size);
const DATABASES = options.db === "both" ? ["sqlite", "postgresql"] : [options.db];
if (!Number.isInteger(SIZE) || SIZE < 1000 || !DATABASES.every((d) => d === "sqlite" || d === "postgresql")) {
  process.stderr.write(
    "usage: npm run bench -- [--size N (≥ 1000)] [--db sqlite|postgresql|both] [--keep] [analysis|followup|import|http|signed-in|heavy|cli …]\n",
  );
  process.exit(2);
}
const POSTGRES_SERVER = process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL;
const figures = [];
const wants = (part) => parts.length === 0 || parts.includes(part);
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 20;
const SEQUENTIAL_REQUESTS = Number(process.env.BENCH_SEQUENTIAL ?? 50);

function print(name, value, unit) {
  const rounded = Math.round(value * 100) / 100;
  figures.push({ name, value: rounded, unit });
  process.stdout.write(`${name}: ${rounded} ${unit}\n`);
}

function viteNode(script, env = {}, prefix = "") {
  const out = execFileSync(
    path.join(root, "node_modules/.bin/vite-node"),
    ["--config", path.join(root, "vitest.config.ts"), script],
    {
      cwd: root,
      env: { ...process.env, ...env },
      encoding: "utf8",
      stdio: ["pipe", "pipe", "inherit"],
      maxBuffer: 1 << 24,
    },
  );
  for (const line of out.split("\n")) {
    const match = line.match(/^([\w.:/-]+): (-?[\d.]+) (\S+)$/);
    if (match) print(`${prefix}${match[1]}`, Number(match[2]), match[3]);
  }
}

async function waitFor(url, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

function load(url, headers = {}) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers }, (error, result) => {
      if (error) reject(error);
      else if (result.non2xx > 0 || result.errors > 0)
        reject(new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`));
      else resolve(result);
    });
  });
}

const TICKS_PER_SECOND = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;

/** Processor time (user + system) of each process so far, in ms (a process gone is left out). */
function cpuMs(pids) {
  const times = new Map();
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
      times.set(pid, ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND); // utime, stime
    } catch {
      // exited
    }
  }
  return times;
}

/** The processor time these processes spent between two readings (those that lived through both). */
function cpuSpent(before, after) {
  let spent = 0;
  for (const [pid, ms] of after) if (before.has(pid)) spent += ms - before.get(pid);
  return spent;
}

/** The PostgreSQL server processes that serve the app (on this machine), or none on SQLite. */
async function databasePids(databaseUrl) {
  if (databaseUrl.startsWith("file:")) return [];
  const { rows } = await pgQuery(
    databaseUrl,
    `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
  );
  return rows.map((r) => r.pid);
}

/**
 * Loads one URL with 20 connections and prints its figures; then requests it SEQUENTIAL_REQUESTS times
 * one after the other and prints the processor time per request of the app process and of the
 * database's server processes: steadier than latency on a machine shared with other work.
 */
async function measure(name, url, { server, databaseUrl, headers = {} }) {
  const result = await load(url, headers);
  print(`${name}.requests`, result.requests.average, "req/s");
  print(`${name}.latency.median`, result.latency.p50, "ms");
  print(`${name}.latency.p99`, result.latency.p99, "ms");
  const pids = await databasePids(databaseUrl);
  const [appBefore, dbBefore] = [cpuMs([server.pid]), cpuMs(pids)];
  for (let i = 0; i < SEQUENTIAL_REQUESTS; i += 1) {
    const response = await fetch(url, { headers });
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    await response.arrayBuffer();
  }
  const perRequest = (before, after) => cpuSpent(before, after) / SEQUENTIAL_REQUESTS;
  print(`${name}.cpu.app`, perRequest(appBefore, cpuMs([server.pid])), "ms/req");
  if (pids.length) print(`${name}.cpu.database`, perRequest(dbBefore, cpuMs(pids)), "ms/req");
  return result;
}

function peakRssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(status.match(/VmHWM:\s+(\d+)/)?.[1] ?? 0);
  return kb / 1024;
}

const pgAdmin = (sql) => pgQuery(POSTGRES_SERVER, sql);

/** A migrated database of this kind holding the dataset: generated now, or (--keep) kept from an earlier run. */
async function benchDatabase(db) {
  const dir = options.keep
    ? path.join(tmpdir(), `taizhang-bench-${db}-${SIZE}`)
    : mkdtempSync(path.join(tmpdir(), "taizhang-bench-"));
  const name = options.keep ? `taizhang_bench_${SIZE}` : "taizhang_bench";
  const databaseUrl = db === "sqlite" ? `file:${path.join(dir, "bench.db")}` : databaseOn(POSTGRES_SERVER, name);
  const saved = path.join(dir, "dataset.json");
  const exists =
    db === "sqlite" || (await pgAdmin(`SELECT 1 FROM pg_database WHERE datname = '${name}'`)).rowCount === 1;
  const migrateIt = () =>
    migrate({ dataDir: dir, databaseUrl, env: { TAIZHANG_DATA_DIR: dir, DATABASE_URL: databaseUrl } });
  const drop = async () => {
    if (options.keep) return;
    if (db === "postgresql") await pgAdmin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    rmSync(dir, { recursive: true, force: true });
  };
  if (options.keep && existsSync(saved) && exists) {
    await migrateIt();
    print(`${db}.dataset.reused`, 1, "x");
    return { dir, databaseUrl, drop, dataset: JSON.parse(readFileSync(saved, "utf8")) };
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (db === "postgresql") {
    await pgAdmin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await pgAdmin(`CREATE DATABASE "${name}"`);
  }
  await migrateIt();
  const started = Date.now();
  const dataset = await generateDataset(databaseUrl, {
    commitments: SIZE,
    supervisorHash: await hash(SUPERVISOR.password),
  });
  print(`${db}.dataset.generate`, (Date.now() - started) / 1000, "s");
  writeFileSync(saved, JSON.stringify(dataset));
  return { dir, databaseUrl, drop, dataset };
}

async function httpBench(db, { publicPages }) {
  generateClient();
  buildIfNeeded();
  const { dir, databaseUrl, drop, dataset } = await benchDatabase(db);
  const env = { ...process.env, DATABASE_URL: databaseUrl, TAIZHANG_DATA_DIR: dir };
  print(`${db}.dataset.commitments`, dataset.commitments, "rows");
  print(`${db}.dataset.jurisdictions`, dataset.jurisdictions, "rows");

  const port = Number(process.env.BENCH_PORT ?? 3999);
  try {
    if (!publicPages) {
      await loadApp({ env, port, dataset, prefix: `${db}.http.`, signedIn: true, publicPages });
      return;
    }
    // With the micro-cache (as served) and without it (every request rendered by Remix).
    const scorecards = {};
    for (const [mode, extra] of [
      ["", {}],
      ["uncached.", { PUBLIC_CACHE: "off" }],
    ]) {
      scorecards[mode] = await loadApp({
        env: { ...env, ...extra },
        port,
        dataset,
        prefix: `${db}.http.${mode}`,
        signedIn: mode === "",
        publicPages,
      });
    }
    const { body, type } = scorecards[""];
    const staticServer = createServer((_req, res) => {
      res.writeHead(200, { "Content-Type": type, "Content-Length": body.length });
      res.end(body);
    });
    await new Promise((r) => staticServer.listen(port + 1, "127.0.0.1", r));
    const staticResult = await load(`http://127.0.0.1:${port + 1}/`);
    staticServer.close();
    print(`${db}.http.static.requests`, staticResult.requests.average, "req/s");
    print(`${db}.http.static.latency.median`, staticResult.latency.p50, "ms");
    print(`${db}.http.static.latency.p99`, staticResult.latency.p99, "ms");
    for (const [mode, { result: app }] of Object.entries(scorecards)) {
      const label = `${db}.http.ratio.${mode}app_static`;
      print(`${label}.requests`, app.requests.average / staticResult.requests.average, "x");
      print(`${label}.latency_median`, app.latency.p50 / Math.max(0.01, staticResult.latency.p50), "x");
    }
  } finally {
    await drop();
  }
}

async function signIn(base) {
  const response = await fetch(`${base}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { Origin: base, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(SUPERVISOR),
  });
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  if (response.status !== 302 || !cookie) throw new Error(`cannot sign in: ${response.status}`);
  return cookie;
}

/** Loads the public targets on one server (and, signed in, the same pages and the ledger); returns the scorecard's result and bytes. */
async function loadApp({ env, port, dataset, prefix, signedIn, publicPages }) {
  const server = spawn(process.execPath, [path.join(root, "server.mjs")], {
    cwd: root,
    env: { ...env, PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "production", LOG_LEVEL: "silent" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${base}/healthz`);
    const { slug } = dataset;
    const year = dataset.years.at(-2);
    const api = await (await fetch(`${base}/api/v1/commitments?jurisdiction=${slug}&year=${year}&page=1`)).json();
    const itemId = api.items?.[0]?.id;
    const targets = {
      scorecard: `/j/${slug}/${year}`,
      list: `/j/${slug}/${year}/commitments?status=in_progress&page=2`,
      item: `/c/${itemId}`,
      api: `/api/v1/commitments?jurisdiction=${slug}&year=${year}&status=in_progress&page=2`,
    };
    if (signedIn && publicPages) {
      // A search across every place and year, before anything is memoised: one request each.
      for (const [name, q] of [
        ["two_characters", "教育"],
        ["four_characters", "城镇就业"],
      ]) {
        const start = performance.now();
        const response = await fetch(`${base}/search?q=${encodeURIComponent(q)}`);
        await response.arrayBuffer();
        print(`${prefix}search.cold.${name}`, performance.now() - start, "ms");
      }
    }
    const results = {};
    const databaseUrl = env.DATABASE_URL;
    for (const [name, target] of Object.entries(publicPages ? targets : {}))
      results[name] = await measure(`${prefix}${name}`, `${base}${target}`, { server, databaseUrl });
    if (signedIn) {
      // Signed-in visitors are never served from the micro-cache.
      const cookie = await signIn(base);
      const signedInTargets = {
        ...targets,
        ledger: `/ledger?year=${year}`,
        ledger_item: `/ledger/c/${itemId}`,
        review: `/review/${dataset.reviewReportId}`,
      };
      for (const [name, target] of Object.entries(signedInTargets))
        await measure(`${prefix}signed_in.${name}`, `${base}${target}`, { server, databaseUrl, headers: { cookie } });
    }
    print(`${prefix}server.peak_memory`, peakRssMb(server.pid), "MB");
    if (!publicPages) return null;
    const page = await fetch(`${base}${targets.scorecard}`);
    return {
      result: results.scorecard,
      body: Buffer.from(await page.arrayBuffer()),
      type: page.headers.get("content-type") ?? "text/html",
    };
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => (server.exitCode !== null ? r() : server.once("exit", r)));
  }
}

if (wants("analysis")) viteNode("scripts/bench/analysis.ts");
if (wants("followup")) viteNode("scripts/bench/followup.ts");
for (const db of DATABASES) {
  if (db === "postgresql" && !POSTGRES_SERVER) {
    process.stderr.write(
      "postgresql: skipped (set BENCH_POSTGRES_URL to a server and a role that may create databases)\n",
    );
    continue;
  }
  if (wants("import"))
    viteNode("scripts/bench/import.ts", { BENCH_DB: db, BENCH_POSTGRES_URL: POSTGRES_SERVER ?? "" }, `${db}.`);
  if (wants("http")) await httpBench(db, { publicPages: true });
  else if (parts.includes("signed-in")) await httpBench(db, { publicPages: false });
}
if (wants("heavy")) {
  generateClient();
  buildIfNeeded();
  await benchHeavy({ root, print, port: Number(process.env.BENCH_PORT ?? 3999) + 2, waitFor });
}
if (wants("cli")) benchCli({ root, print });
process.stdout.write(`${JSON.stringify({ machine: machine(), size: SIZE, figures }, null, 2)}\n`);

function machine() {
  const cpus = execFileSync("nproc", { encoding: "utf8" }).trim();
  return { node: process.version, cpus: Number(cpus), platform: `${process.platform}-${process.arch}` };
}
