// The one PrismaClient of the process. DATABASE_URL picks the database: a `file:` URL is SQLite
// (better-sqlite3 adapter, repaired in app/utils/sqlite.server.ts), a `postgresql://` URL is PostgreSQL
// (pg adapter). Both clients are generated from prisma/schema.prisma: same models, same types.
import { isMainThread } from "node:worker_threads";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "../../generated/prisma-pg/client";
import { postgresPool } from "../../data-version.mjs";
import { dialectOf, type Dialect } from "../../scripts/lib/database-url.mjs";
import { getEnv } from "~/utils/env.server";
import { sqliteAdapter, WRITE_WAIT_MS } from "~/utils/sqlite.server";

declare global {
  var __taizhangPrisma: PrismaClient | undefined;
}

/**
 * Connections per process on PostgreSQL (several processes share the server's max_connections): the
 * request thread's, and the heavy-work thread's (app/workers/heavy.ts: one import at a time).
 */
const POOL_SIZE = isMainThread ? 10 : 2;

function createClient(): PrismaClient {
  const url = getEnv().DATABASE_URL;
  if (dialectOf(url) === "postgresql") {
    // Our own pool: it bumps this process's data version after each write (data-version.mjs).
    const adapter = new PrismaPg(postgresPool(url, { max: POOL_SIZE, application_name: "taizhang" }), {
      disposeExternalPool: true,
    });
    // Same models, generated for the other provider: the SQLite client's type describes it exactly.
    // Every statement is a round trip here: a transaction of many small ones (the demo's departments)
    // outlasts Prisma's default 5 s on a busy machine, so it may take 30 s before it is rolled back.
    return new PostgresPrismaClient({
      adapter,
      transactionOptions: { maxWait: 10_000, timeout: 30_000 },
    }) as unknown as PrismaClient;
  }
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

/** The database behind DATABASE_URL. */
export function dialect(): Dialect {
  return dialectOf(getEnv().DATABASE_URL);
}

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
