// A cheap version of the whole database, for ETags and for memoising public aggregates.
import { randomBytes } from "node:crypto";
import { db } from "~/utils/db.server";
import { num } from "~/models/public/sql.server";

const PROCESS = randomBytes(4).toString("hex");

/**
 * Changes on our connection (total_changes) plus commits by other connections (data_version, e.g.
 * the CLI): any write anywhere gives a new value. The process tag keeps values of a restarted
 * server from matching old ones.
 */
export async function dataVersion(): Promise<string> {
  const [row] = await db.$queryRaw<{ t: bigint | number; v: bigint | number }[]>`
    SELECT total_changes() AS t, (SELECT data_version FROM pragma_data_version) AS v`;
  return `${PROCESS}.${num(row?.t)}.${num(row?.v)}`;
}

const MAX_ENTRIES = 500;
/**
 * Entries also expire: reads that run while another request's transaction is open see its
 * uncommitted rows (one shared connection), and a rollback does not change the version.
 */
const MAX_AGE_MS = 30_000;
const cache = new Map<string, { version: string; at: number; value: Promise<unknown> }>();

/**
 * The value for key at this data version, computed once (concurrent callers share the promise).
 * A failed computation is not kept.
 */
export function memo<T>(key: string, version: string, compute: () => Promise<T>): Promise<T> {
  const hit = cache.get(key);
  const now = Date.now();
  if (hit && hit.version === version && now - hit.at < MAX_AGE_MS) {
    cache.delete(key);
    cache.set(key, hit); // most recently used last
    return hit.value as Promise<T>;
  }
  const value = compute();
  cache.set(key, { version, at: now, value });
  value.catch(() => {
    if (cache.get(key)?.value === value) cache.delete(key);
  });
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  return value;
}
