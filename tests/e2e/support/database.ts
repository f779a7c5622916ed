// Direct access to the browser tests' database, for what a test cannot do through the pages: sign in
// without the form, or let a day pass.
import path from "node:path";
import Database from "better-sqlite3";

export function e2eDataDir(): string {
  const dir = process.env.E2E_DATA_DIR;
  if (!dir) throw new Error("E2E_DATA_DIR is not set (playwright.config.ts sets it)");
  return dir;
}

/** Prisma's SQLite adapter stores DateTime as ISO text with an explicit offset. */
export const sqliteTime = (date: Date) => date.toISOString().replace("Z", "+00:00");

export function withDatabase<T>(work: (db: Database.Database) => T): T {
  const db = new Database(path.join(e2eDataDir(), "taizhang.db"));
  try {
    db.pragma("busy_timeout = 5000");
    return work(db);
  } finally {
    db.close();
  }
}

/** As if the vote's voting phase had closed a few days ago (satisfaction voting opens on a later day). */
export function votingClosedDaysAgo(sessionId: number, days = 3) {
  withDatabase((db) =>
    db
      .prepare("UPDATE VoteSession SET votingClosesAt = ? WHERE id = ?")
      .run(sqliteTime(new Date(Date.now() - days * 86_400_000)), sessionId),
  );
}
