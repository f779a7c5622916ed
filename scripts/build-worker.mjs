#!/usr/bin/env node
// Builds the worker thread of heavy work (app/workers/heavy.ts) to build/worker/heavy.mjs, with
// Vite's own SSR build: TypeScript and the ~ alias compiled, packages left to node_modules.
import { fileURLToPath } from "node:url";
import { build } from "vite";

const root = fileURLToPath(new URL("..", import.meta.url));

export async function buildWorker() {
  await build({
    root,
    configFile: false,
    logLevel: "warn",
    resolve: { alias: { "~": `${root}app` } },
    build: {
      ssr: "app/workers/heavy.ts",
      outDir: "build/worker",
      emptyOutDir: true,
      copyPublicDir: false,
      target: "node20",
      rollupOptions: { output: { entryFileNames: "heavy.mjs", format: "es" } },
    },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildWorker();
