// The data version for ETags and for memoising public aggregates (data-version.mjs explains its source).
import { randomBytes } from "node:crypto";
import { dataVersionSource } from "../../../data-version.mjs";
import { oncePerRequest } from "../../../scripts/lib/request-scope.mjs";
import { getEnv } from "~/utils/env.server";

let unknown = 0;
const PROCESS = randomBytes(4).toString("hex");

/**
 * A value that changes with every committed write of any process. While it cannot be known (PostgreSQL's
 * listening connection is down), each call gets a value of its own: nothing is reused and no 304 is sent.
 * Read once per GET request (on PostgreSQL it is a round trip): every memoised read of a page agrees on it.
 */
export function dataVersion(): Promise<string> {
  return oncePerRequest("dataVersion", readDataVersion);
}

async function readDataVersion(): Promise<string> {
  return (await dataVersionSource(getEnv().DATABASE_URL).fresh()) ?? `unknown.${PROCESS}.${(unknown += 1)}`;
}

const MAX_ENTRIES = 500;
/**
 * Entries also expire: on SQLite, reads that run while another request's transaction is open see its
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
  if (version.startsWith("unknown.")) return value;
  cache.set(key, { version, at: now, value });
  value.catch(() => {
    if (cache.get(key)?.value === value) cache.delete(key);
  });
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  return value;
}

/**
 * A small read shared by many pages (a place's path, its departments): computed again only after a write.
 * Callers must not change what it returns (every later caller gets the same value).
 */
export async function memoCurrent<T>(key: string, compute: () => Promise<T>): Promise<T> {
  return memo(key, await dataVersion(), compute);
}
