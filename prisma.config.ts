import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";

// Same default as app/utils/db.server.ts. A relative file: URL is relative to
// the current directory, so run prisma from the repository root.
const url = process.env.DATABASE_URL ?? "file:./data/taizhang.db";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: {
    path: path.join("prisma", "migrations"),
    seed: "node bin/taizhang.js demo",
  },
  adapter: async () => new PrismaBetterSQLite3({ url }),
});
