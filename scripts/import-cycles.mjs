#!/usr/bin/env node
// Import cycles in app/ (type-only imports included), with the ~ alias resolved: `node scripts/import-cycles.mjs`.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** @param {string} root @returns {string[][]} each cycle as the files along it, the first repeated at the end */
export function findCycles(root = "app") {
  /** @type {string[]} */
  const files = [];
  (function walk(dir) {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (/\.(tsx?|mjs)$/.test(name)) files.push(file);
    }
  })(root);
  /** @param {string} from @param {string} spec */
  const resolve = (from, spec) => {
    const base = spec.startsWith("~/")
      ? path.join(root, spec.slice(2))
      : spec.startsWith(".")
        ? path.join(path.dirname(from), spec)
        : null;
    if (!base) return null;
    const candidates = ["", ".ts", ".tsx", ".mjs", "/index.ts", "/route.tsx"].map((end) => base + end);
    return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
  };
  const graph = new Map(
    files.map((file) => {
      const source = readFileSync(file, "utf8");
      const deps = [...source.matchAll(/(?:import|export)\s[^;]*?from\s+["']([^"']+)["']/g)]
        .map((m) => resolve(file, m[1]))
        .filter((dep) => dep !== null);
      return [file, deps];
    }),
  );
  /** @type {string[][]} */
  const cycles = [];
  const state = new Map();
  /** @type {string[]} */
  const stack = [];
  /** @param {string} file */
  const visit = (file) => {
    state.set(file, "open");
    stack.push(file);
    for (const dep of graph.get(file) ?? []) {
      if (state.get(dep) === "open") cycles.push([...stack.slice(stack.indexOf(dep)), dep]);
      else if (!state.has(dep)) visit(dep);
    }
    stack.pop();
    state.set(file, "done");
  };
  for (const file of files) if (!state.has(file)) visit(file);
  return cycles;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const cycles = findCycles(process.argv[2] ?? "app");
  for (const cycle of cycles) console.log(cycle.join(" → "));
  console.log(`${cycles.length} import cycle(s)`);
  process.exitCode = cycles.length ? 1 : 0;
}
