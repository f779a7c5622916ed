import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    dbTemplate: string;
  }
}

function newestMtime(dir: string): number {
  return Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs;
    }),
  );
}

function workerIsStale(): boolean {
  const worker = path.resolve("build/worker/heavy.mjs");
  return !existsSync(worker) || statSync(worker).mtimeMs < newestMtime(path.resolve("app"));
}

// Once per `vitest run`: a migrated template database made by the real Prisma
// CLI; each test file then works on its own copy (tests/setup/setup-db.ts).
export default async function setup(project: TestProject) {
  // Routes run heavy work in a worker thread built from app/ (scripts/build-worker.mjs). Rebuilt only when
  // stale: `npm test` has just built it, and the browser tests' server may be starting workers from it.
  if (workerIsStale()) {
    const { buildWorker } = (await import("../../scripts/build-worker.mjs")) as { buildWorker: () => Promise<void> };
    await buildWorker();
  }
  const dir = mkdtempSync(path.join(tmpdir(), "taizhang-test-db-"));
  const template = path.join(dir, "template.db");
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${template}` },
    stdio: "pipe",
  });
  project.provide("dbTemplate", template);
  return () => rmSync(dir, { recursive: true, force: true });
}
