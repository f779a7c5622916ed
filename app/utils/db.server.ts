// The one PrismaClient of the process, on SQLite through the better-sqlite3 adapter.
import { PrismaClient } from "../../generated/prisma/client";
import { getEnv } from "~/utils/env.server";
import { sqliteAdapter, WRITE_WAIT_MS } from "~/utils/sqlite.server";

declare global {
  var __taizhangPrisma: PrismaClient | undefined;
}

function createClient(): PrismaClient {
  const url = getEnv().DATABASE_URL;
  // A transaction may wait for another process's write (an import, the CLI) as long as the driver does.
  return new PrismaClient({ adapter: sqliteAdapter(url), transactionOptions: { maxWait: WRITE_WAIT_MS + 1000 } });
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
