import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Deliberately not importing vite.config.ts: the Remix Vite plugin must not run
// under Vitest, nor under vite-node (the CLI uses this file too).
export default defineConfig({
  resolve: { alias: { "~": fileURLToPath(new URL("./app", import.meta.url)) } },
  test: {
    environment: "node",
    include: ["app/**/*.test.ts", "tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    globalSetup: ["tests/setup/global-setup.ts"],
    setupFiles: ["tests/setup/setup-db.ts"],
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
