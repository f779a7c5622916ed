// A lock held across processes for start-up work that must run once (loading the demo data): on
// PostgreSQL a session advisory lock, so app processes starting together on several hosts take turns.
// SQLite serves one host and one server process; there the work simply runs.
import { createHash } from "node:crypto";
import pg from "pg";
import { dialect } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";

export async function withDatabaseLock<T>(name: string, work: () => Promise<T>): Promise<T> {
  if (dialect() !== "postgresql") return work();
  const key = createHash("sha256").update(`taizhang:${name}`).digest().readBigInt64BE(0).toString();
  const client = new pg.Client({ connectionString: getEnv().DATABASE_URL, application_name: "taizhang-lock" });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [key]);
    return await work();
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [key]).catch(() => {});
    await client.end().catch(() => {});
  }
}
