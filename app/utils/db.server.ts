// The one PrismaClient of the process, on SQLite through the better-sqlite3 adapter.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../../generated/prisma/client";
import { getEnv } from "~/utils/env.server";

declare global {
  var __taizhangPrisma: PrismaClient | undefined;
}

function createClient(): PrismaClient {
  const url = getEnv().DATABASE_URL;
  // better-sqlite3 waits up to `timeout` ms on a locked database (busy timeout).
  const adapter = new PrismaBetterSQLite3({ url, timeout: 5000 });
  return new PrismaClient({ adapter });
}

function client(): PrismaClient {
  // Created lazily, so tests and the CLI can set DATABASE_URL before first use.
  globalThis.__taizhangPrisma ??= createClient();
  return globalThis.__taizhangPrisma;
}

/** Proxy so `import { db }` stays a plain value while the client is created on first use. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const value = Reflect.get(client(), property);
    return typeof value === "function" ? value.bind(client()) : value;
  },
});

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
