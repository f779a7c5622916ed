import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig, type ViteUserConfig } from "vitest/config";

// Deliberately not importing vite.config.ts: the Remix Vite plugin must not run
// under Vitest, nor under vite-node (`npm run quality` uses this file too).
const resolve = { alias: { "~": fileURLToPath(new URL("./app", import.meta.url)) } };

/** Tests whose subject is the database or a process: each file in its own process, on its own database. */
const DATABASE_TESTS = ["tests/integration/**/*.test.ts", "app/models/**/*.test.ts", "app/utils/sqlite.server.test.ts"];

const common = {
  environment: "node",
  setupFiles: ["tests/setup/setup-db.ts"],
  pool: "forks",
  testTimeout: 30_000,
  hookTimeout: 60_000,
} satisfies ViteUserConfig["test"];

export default defineConfig({
  resolve,
  test: {
    // Once per run, for both projects (they inherit what it provides).
    globalSetup: ["tests/setup/global-setup.ts"],
    // Worker processes are reused from file to file (the projects' `isolate` says whether the modules
    // are): with the default, every file of either project started a process of its own.
    poolOptions: { forks: { isolate: false } },
    projects: [
      {
        resolve,
        test: {
          ...common,
          name: "unit",
          include: ["app/**/*.test.ts", "tests/unit/**/*.test.ts"],
          exclude: [...configDefaults.exclude, ...DATABASE_TESTS],
          // Pure modules: one process for all of them. Starting a process and importing the app per file
          // cost three times the tests' own CPU; setup-db.ts still gives each file its own database and
          // data folder, in case a module reaches for one.
          isolate: false,
        },
      },
      {
        resolve,
        test: {
          ...common,
          name: "database",
          include: DATABASE_TESTS,
          // A fresh copy of every module for each file, in the same process (see poolOptions above).
          poolOptions: { forks: { isolate: true } },
        },
      },
    ],
  },
});
