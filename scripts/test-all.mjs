// `npm test`: type check, lint, format, production build, unit + integration tests (SQLite, then the
// database ones again on PostgreSQL when there is one), browser tests.
// Steps start as soon as the steps they need have passed, so independent ones run side by side (the
// checks next to the build, the unit and integration tests next to the browser tests). Each step's
// output is printed whole when it ends; the summary lists every step with its time and, on Linux, the CPU
// seconds it used (user + system, its processes included; not a database server's own work, nor most of
// Chromium's: its processes are not waited for).
//   node scripts/test-all.mjs [name…]   only the steps whose names contain one of the words (and
//                                        nothing they need is run for them: build first yourself)
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { tmpdir } from "node:os";
import { e2eDigest } from "./lib/e2e-digest.mjs";
import { root } from "./lib/steps.mjs";

const bin = (name) => path.join(root, "node_modules", ".bin", name);
const node = (script) => [process.execPath, [path.join(root, "scripts", script)]];

/** name, command, arguments, the steps it needs. */
const steps = [
  ["prisma clients", ...node("generate.mjs"), []],
  ["type check", bin("tsc"), ["--noEmit"], ["prisma clients"]],
  ["lint", bin("eslint"), [".", "--max-warnings=0"], ["prisma clients"]],
  ["format", bin("prettier"), ["--check", "."], []],
  // Built before the integration tests: some of them start the production server.
  ["build", bin("remix"), ["vite:build"], ["prisma clients"]],
  ["build CLI and worker", ...node("build-bundles.mjs"), ["build"]],
  ["unit and integration tests", bin("vitest"), ["run"], ["build CLI and worker"]],
  // The integration tests that touch the database, again on PostgreSQL (skipped, saying so, without one;
  // failing when TEST_POSTGRES=required, as in CI).
  ["integration tests on PostgreSQL", ...node("test-postgres.mjs"), ["build CLI and worker"]],
  ["browser", ...node("ensure-chromium.mjs"), []],
  // Beside the Vitest passes: every browser test waits until a page is hydrated before it acts
  // (tests/e2e/support/test.ts), so a slow machine slows the tests down instead of losing a click.
  ["browser tests", bin("playwright"), ["test"], ["build CLI and worker", "browser"]],
];

// Must match E2E_REPORT_FILE in playwright.config.ts.
const E2E_REPORT = path.join(tmpdir(), `taizhang-e2e-${process.env.E2E_PORT ?? 3100}-report.json`);

const only = process.argv.slice(2);
const chosen = steps.filter(([name]) => !only.length || only.some((o) => name.includes(o)));
const started = Date.now();
const outcome = new Map(); // name → Promise<boolean>
const lines = [];
const skipped = [];
/** The exit status of a step that could not run here and said why (scripts/test-postgres.mjs). */
const SKIPPED = 75;

/** Where each step's CPU seconds are written (scripts/lib/cpu-time.mjs), on Linux. */
const cpuDir = existsSync("/proc/self/stat") ? mkdtempSync(path.join(tmpdir(), "taizhang-test-cpu-")) : null;
let stepNumber = 0;
const cpuTotal = { user: 0, system: 0 };

/** The step's command, run through scripts/lib/cpu-time.mjs when the CPU can be counted. */
function counted(command, args) {
  if (!cpuDir) return { command, args, cpuFile: null };
  const cpuFile = path.join(cpuDir, `${(stepNumber += 1)}.json`);
  const wrapper = path.join(root, "scripts", "lib", "cpu-time.mjs");
  return { command: process.execPath, args: [wrapper, cpuFile, command, ...args], cpuFile };
}

function cpuOf(file) {
  if (!file || !existsSync(file)) return "";
  const { user, system } = JSON.parse(readFileSync(file, "utf8"));
  cpuTotal.user += user;
  cpuTotal.system += system;
  return `, ${(user + system).toFixed(1)} s CPU`;
}

function run(name, stepCommand, stepArgs) {
  if (name === "browser tests") rmSync(E2E_REPORT, { force: true });
  const start = Date.now();
  process.stderr.write(`started ${name}\n`);
  const { command, args, cpuFile } = counted(stepCommand, stepArgs);
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"], env: process.env });
    const output = [];
    child.stdout.on("data", (chunk) => output.push(chunk));
    child.stderr.on("data", (chunk) => output.push(chunk));
    child.on("error", (error) => output.push(Buffer.from(`${error.message}\n`)));
    child.on("close", (status) => {
      const seconds = ((Date.now() - start) / 1000).toFixed(1);
      process.stderr.write(`\n=== ${name} ===\n${Buffer.concat(output).toString()}`);
      if (name === "browser tests") {
        const digest = e2eDigest(E2E_REPORT);
        if (digest) process.stderr.write(`\n=== browser test problems ===\n${digest}\n`);
      }
      if (status === SKIPPED) skipped.push(name);
      const cpu = cpuOf(cpuFile);
      lines.push(`${status === 0 ? "ok  " : status === SKIPPED ? "SKIP" : "FAIL"} ${name} (${seconds} s${cpu})`);
      resolve(status === 0 || status === SKIPPED);
    });
  });
}

for (const [name, command, args, needs] of chosen) {
  const before = needs.filter((n) => chosen.some(([c]) => c === n)).map((n) => outcome.get(n));
  outcome.set(
    name,
    Promise.all(before).then((passed) => {
      if (passed.every(Boolean)) return run(name, command, args);
      lines.push(`skip ${name} (a step it needs failed)`);
      return false;
    }),
  );
}

const passed = (await Promise.all(outcome.values())).every(Boolean);
if (cpuDir) rmSync(cpuDir, { recursive: true, force: true });
const cpu = cpuDir ? `, ${(cpuTotal.user + cpuTotal.system).toFixed(1)} s CPU (${cpuTotal.user.toFixed(1)} user)` : "";
const total = `${((Date.now() - started) / 1000).toFixed(1)} s in all${cpu}`;
const skips = skipped.length ? ` — SKIPPED: ${skipped.join(", ")}` : "";
process.stderr.write(`\n${lines.join("\n")}\n\nnpm test ${passed ? "passed" : "failed"} (${total})${skips}\n`);
process.exit(passed ? 0 : 1);
