import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    dbTemplate: string;
  }
}

// Once per `vitest run`: a migrated template database made by the real Prisma
// CLI; each test file then works on its own copy (tests/setup/setup-db.ts).
export default async function setup(project: TestProject) {
  // Routes run heavy work in a worker thread, and tests spawn the CLI: both built from app/ here, when stale
  // (`npm test` has just built them, and its browser tests run next to this).
  const { BUNDLES, buildBundles, staleReason } = (await import("../../scripts/build-bundles.mjs")) as {
    BUNDLES: Record<string, unknown>;
    buildBundles: (names: string[]) => Promise<void>;
    staleReason: (name: string) => string | null;
  };
  const stale = Object.keys(BUNDLES).filter((name) => staleReason(name));
  if (stale.length) await buildBundles(stale);
  const dir = mkdtempSync(path.join(tmpdir(), "taizhang-test-db-"));
  const template = path.join(dir, "template.db");
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${template}` },
    stdio: "pipe",
  });
  project.provide("dbTemplate", template);
  return () => rmSync(dir, { recursive: true, force: true });
}
