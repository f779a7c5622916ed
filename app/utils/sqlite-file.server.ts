// The SQLite file behind DATABASE_URL, for operations that work on the file itself (backup, restore).
import path from "node:path";
import Database from "better-sqlite3";
import { getEnv } from "~/utils/env.server";

export function databaseFile(): string {
  return path.resolve(getEnv().DATABASE_URL.replace(/^file:/, ""));
}

/** Opens a SQLite file and checks that it is a Taizhang database in good order. */
export function checkDatabaseFile(file: string): { tables: number; reports: number; commitments: number } {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const integrity = db.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") throw new Error(`${file}: the database is damaged (${String(integrity)})`);
    const names = new Set(
      (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
        (r) => r.name,
      ),
    );
    for (const table of ["_prisma_migrations", "Report", "Commitment", "AuditEvent"]) {
      if (!names.has(table)) throw new Error(`${file}: not a Taizhang database (no ${table} table)`);
    }
    const count = (table: string) => (db!.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
    return { tables: names.size, reports: count("Report"), commitments: count("Commitment") };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(message.includes(file) ? message : `${file}: ${message}`);
  } finally {
    db?.close();
  }
}
