#!/usr/bin/env node
// The `taizhang` command: runs the TypeScript CLI (app/cli/main.ts) through vite-node.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const viteNode = path.join(path.dirname(require.resolve("vite-node/package.json")), "vite-node.mjs");
const result = spawnSync(
  process.execPath,
  [
    viteNode,
    "--root",
    root,
    "--config",
    path.join(root, "vitest.config.ts"),
    path.join(root, "app/cli/main.ts"),
    "--",
    ...process.argv.slice(2),
  ],
  {
    stdio: "inherit",
    env: { ...process.env, TAIZHANG_DATA_DIR: process.env.TAIZHANG_DATA_DIR ?? path.join(root, "data") },
  },
);
process.exit(result.status ?? 1);
