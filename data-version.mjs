// The data version of this process: a value that changes whenever any process commits a write. It keys
// the public micro-cache (public-cache.mjs), the memoised public aggregates and the public ETags.
// - SQLite: `PRAGMA data_version` on a read-only connection of our own; it moves with every commit of any
//   other connection (this process's Prisma client, the CLI, other processes).
// - PostgreSQL: LISTEN taizhang_data on a connection of our own. Statement-level triggers send a
//   notification at every commit (prisma/migrations-postgresql/*_notify_changes); each one bumps a
//   counter. `fresh()` first makes a round trip on that connection (shared by concurrent callers), after
//   which every commit finished before the call has been heard: a write through any process is seen
//   by the very next read in all of them. This process's own writes also bump it as soon as they
//   return (see postgresPool). While the listening connection is down the version is unknown (null):
//   nothing is served from or kept in a cache until it is back.
// One source per database URL and process (on globalThis: server.mjs and the app bundle share it).
import { randomBytes } from "node:crypto";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { dialectOf } from "./scripts/lib/database-url.mjs";

export const CHANNEL = "taizhang_data";
const PROCESS = randomBytes(4).toString("hex");
const REGISTRY = Symbol.for("taizhang.dataVersion");
const HEARTBEAT_MS = 5_000;
const SYNC_TIMEOUT_MS = 1_000;
const RETRY_MS = [250, 500, 1000, 2000, 5000];

/**
 * @typedef {{
 *   current(): string | null,
 *   fresh(): Promise<string | null>,
 *   bump(): void,
 *   ready(): Promise<void>,
 *   close(): Promise<void>,
 * }} DataVersionSource
 */

/** @returns {Map<string, DataVersionSource>} */
function registry() {
  const store = /** @type {Record<symbol, Map<string, DataVersionSource>>} */ (/** @type {unknown} */ (globalThis));
  store[REGISTRY] ??= new Map();
  return store[REGISTRY];
}

/**
 * The process's data version source for this database.
 * @param {string} databaseUrl
 * @returns {DataVersionSource}
 */
export function dataVersionSource(databaseUrl) {
  let source = registry().get(databaseUrl);
  if (!source) {
    source = dialectOf(databaseUrl) === "postgresql" ? postgresSource(databaseUrl) : sqliteSource(databaseUrl);
    registry().set(databaseUrl, source);
  }
  return source;
}

/** Closes every source of this process (tests, shutdown). */
export async function closeDataVersionSources() {
  const sources = [...registry().values()];
  registry().clear();
  await Promise.all(sources.map((s) => s.close()));
}

/**
 * @param {string} databaseUrl
 * @returns {DataVersionSource}
 */
function sqliteSource(databaseUrl) {
  const file = path.resolve(databaseUrl.replace(/^file:/, ""));
  /** @type {import("better-sqlite3").Database | null} */
  let connection = null;
  let local = 0;
  const current = () => {
    try {
      connection ??= new Database(file, { readonly: true, fileMustExist: true });
      return `${PROCESS}.${local}.${connection.pragma("data_version", { simple: true })}`;
    } catch {
      connection?.close();
      connection = null;
      return null;
    }
  };
  return {
    current,
    fresh: async () => current(),
    bump() {
      local += 1;
    },
    ready: async () => {},
    async close() {
      connection?.close();
      connection = null;
    },
  };
}

/**
 * @param {string} databaseUrl
 * @returns {DataVersionSource}
 */
function postgresSource(databaseUrl) {
  let generation = 0;
  let listening = false;
  /** @type {(() => void)[]} */
  let waiting = [];
  let closed = false;
  let failures = 0;
  /** @type {pg.Client | null} */
  let client = null;
  /** @type {ReturnType<typeof setInterval> | null} */
  let heartbeat = null;

  function lost(/** @type {pg.Client} */ which) {
    if (client !== which) return;
    listening = false;
    client = null;
    if (heartbeat) clearInterval(heartbeat);
    heartbeat = null;
    which.end().catch(() => {});
    if (closed) return;
    const delay = RETRY_MS[Math.min(failures, RETRY_MS.length - 1)];
    failures += 1;
    setTimeout(connect, delay).unref();
  }

  async function connect() {
    if (closed) return;
    const next = new pg.Client({ connectionString: databaseUrl, application_name: "taizhang-listen", keepAlive: true });
    client = next;
    next.on("notification", () => {
      generation += 1;
    });
    next.on("error", () => lost(next));
    next.on("end", () => lost(next));
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANNEL}`);
      if (client !== next) return;
      // Never the reason a process stays alive (the CLI exits when its work is done).
      /** @type {{ connection?: { stream?: { unref?: () => void } } }} */ (
        /** @type {unknown} */ (next)
      ).connection?.stream?.unref?.();
      // Anything may have changed while nobody listened.
      generation += 1;
      listening = true;
      failures = 0;
      for (const resolve of waiting) resolve();
      waiting = [];
      heartbeat = setInterval(() => {
        const timer = setTimeout(() => lost(next), HEARTBEAT_MS);
        next.query("SELECT 1").then(
          () => clearTimeout(timer),
          () => lost(next),
        );
      }, HEARTBEAT_MS);
      heartbeat.unref();
    } catch {
      lost(next);
    }
  }

  let started = false;
  // The listening connection opens on first use: processes that only write (the CLI) never open it.
  const start = () => {
    if (!started) {
      started = true;
      connect();
    }
  };
  /** @type {Promise<void> | null} */
  let syncing = null;
  /** @type {Promise<void> | null} */
  let queued = null;
  /**
   * A round trip on the listening connection. PostgreSQL sends a session its pending notifications
   * before the answer to its next query, so once it returns, every commit that finished before it
   * started has been heard. Callers share round trips; each waits for one that began after it asked.
   */
  function sync() {
    if (!syncing) {
      const which = client;
      syncing = (which ? which.query("SELECT 1").then(() => {}) : Promise.reject(new Error("not listening"))).finally(
        () => {
          syncing = null;
        },
      );
      return syncing;
    }
    queued ??= syncing
      .catch(() => {})
      .then(() => {
        queued = null;
        return sync();
      });
    return queued;
  }

  return {
    current() {
      start();
      return listening ? `${PROCESS}.${generation}` : null;
    },
    /** The version once every commit finished so far has been heard (null when that cannot be known). */
    async fresh() {
      start();
      if (!listening) return null;
      /** @type {ReturnType<typeof setTimeout> | undefined} */
      let timer;
      const late = new Promise((resolve) => (timer = setTimeout(resolve, SYNC_TIMEOUT_MS, "late")));
      try {
        if ((await Promise.race([sync(), late])) === "late") return null;
      } catch {
        return null;
      } finally {
        clearTimeout(timer);
      }
      return listening ? `${PROCESS}.${generation}` : null;
    },
    /** Resolves once the connection listens (at once if it does). */
    ready() {
      start();
      return listening ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve));
    },
    bump() {
      generation += 1;
    },
    async close() {
      closed = true;
      listening = false;
      if (heartbeat) clearInterval(heartbeat);
      const which = client;
      client = null;
      await which?.end().catch(() => {});
    },
  };
}

/**
 * Tables no public page reads; they change on every sign-in, API call or email sent, so their writes
 * must not empty the caches. The same list is in the NOTIFY triggers' migration (20261207000000).
 */
export const QUIET_TABLES = new Set(["Session", "RateLimit", "ApiToken", "Notification"]);
const WRITE =
  /^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM|TRUNCATE(?:\s+TABLE)?|MERGE\s+INTO)\s+(?:ONLY\s+)?(?:"[^"]+"\.)?"?(\w+)/i;

/**
 * A pg pool whose clients bump this process's data version once a write to a table that public pages
 * read is committed (at its COMMIT, or at once outside a transaction): the next read in this process
 * sees the new version even before the notification comes back.
 * @param {string} databaseUrl
 * @param {pg.PoolConfig} [config]
 */
export function postgresPool(databaseUrl, config = {}) {
  const source = dataVersionSource(databaseUrl);
  const pool = new pg.Pool({ connectionString: databaseUrl, allowExitOnIdle: true, ...config });
  pool.on("connect", (client) => {
    let inTransaction = false;
    let dirty = false;
    /** What a statement that succeeded means for the version. */
    const done = (/** @type {string} */ text) => {
      if (/^\s*(?:BEGIN|START\s+TRANSACTION)\b/i.test(text)) inTransaction = true;
      else if (/^\s*(?:COMMIT|END)\b/i.test(text)) {
        if (dirty) source.bump();
        inTransaction = dirty = false;
      } else if (/^\s*ROLLBACK\b/i.test(text)) inTransaction = dirty = false;
      else {
        const table = WRITE.exec(text)?.[1];
        if (!table || QUIET_TABLES.has(table)) return;
        if (inTransaction) dirty = true;
        else source.bump();
      }
    };
    const query = client.query;
    // @ts-expect-error -- one wrapper for pg's overloads (promise or callback)
    client.query = function (config, values, callback) {
      const text = typeof config === "string" ? config : (config?.text ?? "");
      if (typeof values === "function") {
        callback = values;
        values = undefined;
      }
      if (typeof callback === "function")
        return query.call(this, config, values, (/** @type {Error | null} */ error, /** @type {unknown} */ result) => {
          if (!error) done(text);
          callback(error, result);
        });
      const result = query.call(this, config, values);
      if (result && typeof result.then === "function")
        result.then(
          () => done(text),
          () => {},
        );
      return result;
    };
  });
  return pool;
}
