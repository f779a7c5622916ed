// Small PostgreSQL chores shared by the tests and the benchmark: one statement on a connection of its
// own, and the URL of another database on the same server.
import pg from "pg";

/**
 * @param {string} url
 * @param {string} sql
 */
export async function pgQuery(url, sql) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * The same server and role, another database; `options` are server settings for its sessions.
 * @param {string} serverUrl
 * @param {string} database
 * @param {string} [options] e.g. "-c synchronous_commit=off"
 */
export function databaseOn(serverUrl, database, options) {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  // %20, not "+": libpq (pg_dump, psql) reads the URL too.
  url.search = options ? `?options=${encodeURIComponent(options)}` : "";
  return url.toString();
}
