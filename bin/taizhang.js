#!/usr/bin/env node
// The `taizhang` command (also `npm run cli`): runs the CLI bundle built from app/cli/main.ts
// (scripts/build-bundles.mjs), rebuilding it first when a file it was built from changed since.
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildBundles, bundleFile, staleReason } from "../scripts/build-bundles.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.env.TAIZHANG_DATA_DIR ??= path.join(root, "data");

const stale = staleReason("cli");
if (stale) {
  try {
    await buildBundles(["cli"], { quiet: true });
    if (process.stderr.isTTY) process.stderr.write(`taizhang: rebuilt the CLI (${stale})\n`);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n").find((line) => line.trim()) : String(error);
    process.stderr.write(`taizhang: the CLI could not be built (${stale}): ${reason}\n`);
    process.exit(1);
  }
}
if (process.env.TAIZHANG_DEBUG) process.setSourceMapsEnabled(true);
await import(pathToFileURL(bundleFile("cli")).href);
