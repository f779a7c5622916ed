// `npm test`: type check, lint, unit + integration tests (SQLite, then PostgreSQL when there is one),
// production build, browser tests.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { tmpdir } from "node:os";
import { e2eDigest } from "./lib/e2e-digest.mjs";
import { root } from "./lib/steps.mjs";

const bin = (name) => path.join(root, "node_modules", ".bin", name);
const steps = [
  ["prisma clients", process.execPath, [path.join(root, "scripts", "generate.mjs")]],
  ["type check", bin("tsc"), ["--noEmit"]],
  ["lint", bin("eslint"), [".", "--max-warnings=0"]],
  ["format", bin("prettier"), ["--check", "."]],
  // Built before the integration tests: some of them start the production server.
  ["build", bin("remix"), ["vite:build"]],
  ["build CLI and worker", process.execPath, [path.join(root, "scripts", "build-bundles.mjs")]],
  ["unit and integration tests", bin("vitest"), ["run"]],
  // The integration tests that touch the database, again on PostgreSQL (skipped, saying so, without one).
  ["integration tests on PostgreSQL", process.execPath, [path.join(root, "scripts", "test-postgres.mjs")]],
  ["browser", process.execPath, [path.join(root, "scripts", "ensure-chromium.mjs")]],
  ["browser tests", bin("playwright"), ["test"]],
];

// Must match E2E_REPORT_FILE in playwright.config.ts.
const E2E_REPORT = path.join(tmpdir(), `taizhang-e2e-${process.env.E2E_PORT ?? 3100}-report.json`);

const only = process.argv.slice(2);
const results = [];
for (const [name, command, args] of steps) {
  if (only.length && !only.some((o) => name.includes(o))) continue;
  process.stderr.write(`\n=== ${name} ===\n`);
  if (name === "browser tests") rmSync(E2E_REPORT, { force: true });
  const start = Date.now();
  const { status } = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  const seconds = ((Date.now() - start) / 1000).toFixed(1);
  // 75: a step that could not run here and said why (the PostgreSQL pass without a server).
  if (status === 75) {
    results.push(`SKIP ${name} (see above)`);
    continue;
  }
  results.push(`${status === 0 ? "ok  " : "FAIL"} ${name} (${seconds} s)`);
  if (name === "browser tests") {
    const digest = e2eDigest(E2E_REPORT);
    if (digest) process.stderr.write(`\n=== browser test problems ===\n${digest}\n`);
  }
  if (status !== 0) {
    process.stderr.write(`\n${results.join("\n")}\n\nnpm test failed at: ${name}\n`);
    process.exit(status ?? 1);
  }
}
const skipped = results.filter((r) => r.startsWith("SKIP")).map((r) => r.slice(5).replace(" (see above)", ""));
process.stderr.write(
  `\n${results.join("\n")}\n\nnpm test passed${skipped.length ? ` — SKIPPED: ${skipped.join(", ")}` : ""}\n`,
);
