#!/usr/bin/env node
// `npm run bench`: prints figures as `name: value unit` lines, then one JSON summary.
// 1. analysis time per corpus report and for a generated 50,000-character report (median of runs)
// 2. follow-up of pairs of 30,000- and 60,000-character reports (both analyses and the matcher)
// 3. end-to-end import time of a report (decode → analyse → store, fresh database each run)
// 4. HTTP load on a generated dataset (≥ 100,000 commitments) against the production build,
//    with the public micro-cache and without it (PUBLIC_CACHE=off), and the same load on a static
//    copy of the scorecard page: the app/static ratio.
// 4. `heavy`: /healthz and a public page while long imports and zip bombs are processed (scripts/bench/heavy.mjs).
// 5. `cli`: CPU seconds of one `extract` call, the built CLI beside vite-node, and the CLI's rebuild time.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { generateDataset } from "./bench/dataset.mjs";
import { benchCli } from "./bench/cli.mjs";
import { benchHeavy } from "./bench/heavy.mjs";
import { buildIfNeeded, generateClient, root } from "./lib/steps.mjs";

const figures = [];
const only = process.argv.slice(2);
const wants = (part) => only.length === 0 || only.includes(part);
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 20;

function print(name, value, unit) {
  const rounded = Math.round(value * 100) / 100;
  figures.push({ name, value: rounded, unit });
  process.stdout.write(`${name}: ${rounded} ${unit}\n`);
}

function viteNode(script, env = {}) {
  const out = execFileSync(
    path.join(root, "node_modules/.bin/vite-node"),
    ["--config", path.join(root, "vitest.config.ts"), script],
    {
      cwd: root,
      env: { ...process.env, ...env },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
      maxBuffer: 1 << 24,
    },
  );
  for (const line of out.split("\n")) {
    const match = line.match(/^([\w.:/-]+): (-?[\d.]+) (\S+)$/);
    if (match) print(match[1], Number(match[2]), match[3]);
  }
}

async function waitFor(url, timeoutMs = 60_000) {
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

function load(url) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration: DURATION }, (error, result) => {
      if (error) reject(error);
      else if (result.non2xx > 0 || result.errors > 0)
        reject(new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`));
      else resolve(result);
    });
  });
}

function peakRssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(status.match(/VmHWM:\s+(\d+)/)?.[1] ?? 0);
  return kb / 1024;
}

async function httpBench() {
  generateClient();
  buildIfNeeded();
  const dir = mkdtempSync(path.join(tmpdir(), "taizhang-bench-"));
  const databaseUrl = `file:${path.join(dir, "bench.db")}`;
  const env = { ...process.env, DATABASE_URL: databaseUrl, TAIZHANG_DATA_DIR: dir };
  execFileSync(path.join(root, "node_modules/.bin/prisma"), ["migrate", "deploy"], { cwd: root, env, stdio: "ignore" });
  const started = Date.now();
  const dataset = generateDataset(path.join(dir, "bench.db"));
  print("dataset.commitments", dataset.commitments, "rows");
  print("dataset.generate", (Date.now() - started) / 1000, "s");

  const port = Number(process.env.BENCH_PORT ?? 3999);
  try {
    // With the micro-cache (as served) and without it (every request rendered by Remix).
    const scorecards = {};
    for (const [mode, extra] of [
      ["", {}],
      ["uncached.", { PUBLIC_CACHE: "off" }],
    ]) {
      scorecards[mode] = await loadApp({ env: { ...env, ...extra }, port, dataset, prefix: `http.${mode}` });
    }
    const { body, type } = scorecards[""];
    const staticServer = createServer((_req, res) => {
      res.writeHead(200, { "Content-Type": type, "Content-Length": body.length });
      res.end(body);
    });
    await new Promise((r) => staticServer.listen(port + 1, "127.0.0.1", r));
    const staticResult = await load(`http://127.0.0.1:${port + 1}/`);
    staticServer.close();
    print("http.static.requests", staticResult.requests.average, "req/s");
    print("http.static.latency.median", staticResult.latency.p50, "ms");
    print("http.static.latency.p99", staticResult.latency.p99, "ms");
    for (const [mode, { result: app }] of Object.entries(scorecards)) {
      const label = mode ? `http.ratio.${mode}app_static` : "http.ratio.app_static";
      print(`${label}.requests`, app.requests.average / staticResult.requests.average, "x");
      print(`${label}.latency_median`, app.latency.p50 / Math.max(0.01, staticResult.latency.p50), "x");
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Loads the four public targets on one server; returns the scorecard's result and bytes. */
async function loadApp({ env, port, dataset, prefix }) {
  const server = spawn(process.execPath, [path.join(root, "server.mjs")], {
    cwd: root,
    env: { ...env, PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "production", LOG_LEVEL: "silent" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${base}/healthz`);
    const slug = dataset.slugs[Math.floor(dataset.slugs.length / 2)];
    const year = dataset.years.at(-2);
    const api = await (await fetch(`${base}/api/v1/commitments?jurisdiction=${slug}&year=${year}&page=1`)).json();
    const itemId = api.items?.[0]?.id;
    const targets = {
      scorecard: `/j/${slug}/${year}`,
      list: `/j/${slug}/${year}/commitments?status=in_progress&page=2`,
      item: `/c/${itemId}`,
      api: `/api/v1/commitments?jurisdiction=${slug}&year=${year}&status=in_progress&page=2`,
    };
    const results = {};
    for (const [name, target] of Object.entries(targets)) {
      const result = await load(`${base}${target}`);
      results[name] = result;
      print(`${prefix}${name}.requests`, result.requests.average, "req/s");
      print(`${prefix}${name}.latency.median`, result.latency.p50, "ms");
      print(`${prefix}${name}.latency.p99`, result.latency.p99, "ms");
    }
    print(`${prefix}server.peak_memory`, peakRssMb(server.pid), "MB");
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
if (wants("import")) viteNode("scripts/bench/import.ts");
if (wants("http")) await httpBench();
if (wants("heavy")) {
  generateClient();
  buildIfNeeded();
  await benchHeavy({ root, print, port: Number(process.env.BENCH_PORT ?? 3999) + 2, waitFor });
}
if (wants("cli")) benchCli({ root, print });
process.stdout.write(`${JSON.stringify({ machine: machine(), figures }, null, 2)}\n`);

function machine() {
  const cpus = execFileSync("nproc", { encoding: "utf8" }).trim();
  return { node: process.version, cpus: Number(cpus), platform: `${process.platform}-${process.arch}` };
}
