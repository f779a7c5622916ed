// Prisma's SQLite driver (better-sqlite3) with three repairs, all for SQLite only:
// 1. A transaction always frees the connection. When a disk fills, SQLite ends the transaction
//    itself (SQLITE_FULL rolls it back) or leaves it open (a failed COMMIT); the COMMIT or ROLLBACK
//    that Prisma then sends fails, and the stock adapter never releases its transaction lock, so
//    every later transaction waited forever while reads still worked (issue 13, point 4).
// 2. Transactions take the write lock at BEGIN (BEGIN IMMEDIATE). A deferred transaction that reads
//    and then writes after another process wrote fails at once with "database is locked", whatever
//    the busy timeout (the CLI and the server failed each other that way).
// 3. Waiting for that lock (another process is writing) happens between event-loop turns, not in a
//    blocking busy wait, so the server keeps answering meanwhile. Writes outside a transaction wait
//    the same way.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from "@prisma/driver-adapter-utils";
import type { Database, Statement } from "better-sqlite3";

/** A statement inside a transaction may still wait this long, blocking (rollback-journal COMMIT). */
const BUSY_TIMEOUT_MS = 5000;
/** How long a transaction (or a write outside one) waits for another process's write lock. */
export const WRITE_WAIT_MS = 30_000;

export function sqliteAdapter(url: string): SqlDriverAdapterFactory {
  const factory = new PrismaBetterSQLite3({ url, timeout: BUSY_TIMEOUT_MS });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => guarded(await factory.connect()),
  };
}

function isBusy(error: unknown): boolean {
  const e = error as { code?: unknown; cause?: { originalCode?: unknown } } | null;
  const code = e?.code ?? e?.cause?.originalCode;
  return typeof code === "string" && code.startsWith("SQLITE_BUSY");
}

/** Runs `work` without SQLite's blocking wait; while another connection holds the write lock, tries again later. */
async function withoutBlocking<T>(client: Database, work: () => T | Promise<T>): Promise<T> {
  const deadline = Date.now() + WRITE_WAIT_MS;
  for (let pause = 2; ; pause = Math.min(pause * 2, 50)) {
    client.pragma("busy_timeout = 0");
    try {
      return await work();
    } catch (error) {
      if (!isBusy(error) || Date.now() + pause > deadline) throw error;
    } finally {
      client.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    }
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
}

/** One transaction at a time on the connection (it has one), in order of asking. */
function transactionLock() {
  let tail: Promise<void> = Promise.resolve();
  return (): Promise<() => void> => {
    let release!: () => void;
    const done = new Promise<void>((resolve) => (release = resolve));
    const ready = tail.then(() => release);
    tail = tail.then(() => done);
    return ready;
  };
}

const ENDS = /^\s*(COMMIT|ROLLBACK)\s*;?\s*$/i;

/** How many compiled statements the connection keeps (an `IN (?, …)` list makes one per length). */
const KEPT_STATEMENTS = 500;

/**
 * The adapter prepares every statement anew, and SQLite's compiling of a statement cost more than running
 * most of ours. The connection keeps the last KEPT_STATEMENTS compiled, by text; each `prepare` hands out
 * a use of one that holds its own arguments (the adapter binds them, which a kept statement cannot take
 * twice) and its own raw mode. Statements run synchronously, so two uses never interleave.
 */
function keepStatements(client: Database): void {
  const prepare = client.prepare.bind(client);
  const kept = new Map<string, Statement>();
  const compiled = (sql: string): Statement => {
    let statement = kept.get(sql);
    if (statement) kept.delete(sql);
    else {
      statement = prepare(sql);
      if (kept.size >= KEPT_STATEMENTS) kept.delete(kept.keys().next().value as string);
    }
    kept.set(sql, statement); // the most recently used last
    return statement;
  };
  client.prepare = ((sql: string) => {
    const statement = compiled(sql);
    let args: unknown[] = [];
    let raw = false;
    const use = {
      reader: statement.reader,
      bind: (...values: unknown[]) => {
        args = values;
        return use;
      },
      columns: () => statement.columns(),
      raw: (toggle = true) => {
        raw = toggle;
        return use;
      },
      all: (...values: unknown[]) => statement.raw(raw).all(...(values.length ? values : args)),
      get: (...values: unknown[]) => statement.raw(raw).get(...(values.length ? values : args)),
      run: (...values: unknown[]) => statement.run(...(values.length ? values : args)),
    };
    return use;
  }) as unknown as Database["prepare"];
}

function guarded(adapter: SqlDriverAdapter): SqlDriverAdapter {
  // The adapter's better-sqlite3 connection (a public field of its class, not of its type).
  const client = (adapter as unknown as { client: Database }).client;
  keepStatements(client);
  const lock = transactionLock();

  // Reads never wait for the write lock (WAL); a write outside a transaction waits without blocking.
  const outside = (query: SqlQuery, run: () => Promise<unknown>) =>
    client.inTransaction || /^\s*(SELECT|PRAGMA)\b/i.test(query.sql) ? run() : withoutBlocking(client, run);

  async function startTransaction(level?: IsolationLevel): Promise<Transaction> {
    if (level && level !== "SERIALIZABLE") return adapter.startTransaction(level); // the adapter's own refusal
    const release = await lock();
    try {
      // Nothing of ours is open while we hold the lock: an open transaction is one a failure left behind.
      if (client.inTransaction) client.prepare("ROLLBACK").run();
      await withoutBlocking(client, () => client.prepare("BEGIN IMMEDIATE").run());
    } catch (error) {
      release();
      throw error;
    }
    return transaction(release);
  }

  function transaction(release: () => void): Transaction {
    let open = true;
    const end = () => {
      if (open) release();
      open = false;
    };
    // COMMIT or ROLLBACK failed: SQLite rolled back already, or the transaction is still open.
    // Either way it ends here and frees the connection; a failed COMMIT is still reported.
    const finish = async (query: SqlQuery) => {
      try {
        return await adapter.executeRaw(query);
      } catch (error) {
        try {
          if (client.inTransaction) client.prepare("ROLLBACK").run();
        } catch {
          // the connection itself is broken; the next startTransaction tries again
        }
        end();
        if (/ROLLBACK/i.test(query.sql)) return 0;
        throw error;
      }
    };
    return {
      provider: adapter.provider,
      adapterName: adapter.adapterName,
      options: { usePhantomQuery: false },
      queryRaw: (query) => adapter.queryRaw(query),
      executeRaw: (query) => (ENDS.test(query.sql) ? finish(query) : adapter.executeRaw(query)),
      commit: async () => end(),
      rollback: async () => end(),
    };
  }

  return new Proxy(adapter, {
    get(target, property) {
      if (property === "startTransaction") return startTransaction;
      if (property === "queryRaw") return (query: SqlQuery) => outside(query, () => target.queryRaw(query));
      if (property === "executeRaw") return (query: SqlQuery) => outside(query, () => target.executeRaw(query));
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  }) as SqlDriverAdapter;
}
