// `restore FILE`: replace the database with a backup, after checking the backup. Refused while another
// process (the server) has the database open: its writes after the restore would be lost.
// SQLite: the checked file takes the database's place. PostgreSQL (open means any app process connected):
// the archive replaces the database's contents in one transaction.
import { existsSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { dialect } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { checkDump, openAppConnections, restoreDatabase } from "~/utils/postgres-dump.server";
import { checkDatabaseFile, databaseFile } from "~/utils/sqlite-file.server";
import { CliError, parseFlags, printJson, type Command } from "~/cli/command";

async function restorePostgres(backupFile: string) {
  const url = getEnv().DATABASE_URL;
  try {
    await checkDump(backupFile);
  } catch (error) {
    throw new CliError((error as Error).message);
  }
  const open = await openAppConnections(url).catch((error: Error) => {
    throw new CliError(`restore failed: ${error.message}`);
  });
  if (open > 0)
    throw new CliError(`the database has ${open} connection(s) of running Taizhang processes: stop every server first`);
  try {
    const summary = await restoreDatabase(url, backupFile);
    printJson({ restored: "database", from: backupFile, ...summary });
  } catch (error) {
    throw new CliError(`restore failed: ${(error as Error).message}`);
  }
  return 0;
}

const restore: Command = async (args) => {
  const { positionals } = parseFlags(args, {});
  const [file] = positionals;
  if (!file) throw new CliError("usage: restore FILE", 2);
  const backupFile = path.resolve(file);
  if (!existsSync(backupFile)) throw new CliError(`${file}: no such file`);
  if (dialect() === "postgresql") return restorePostgres(backupFile);
  let summary: ReturnType<typeof checkDatabaseFile>;
  try {
    summary = checkDatabaseFile(backupFile);
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
  const target = databaseFile();
  if (openElsewhere(target))
    throw new CliError(`${target} is open in another process (is the server running?): stop it first, then restore`);
  const staging = `${target}.restoring`;
  rmSync(staging, { force: true });
  const source = new Database(backupFile, { readonly: true, fileMustExist: true });
  try {
    await source.backup(staging);
  } finally {
    source.close();
  }
  for (const suffix of ["-wal", "-shm", "-journal"]) rmSync(`${target}${suffix}`, { force: true });
  renameSync(staging, target);
  const restored = new Database(target);
  restored.pragma("journal_mode = WAL");
  restored.close();
  printJson({ restored: target, from: backupFile, ...summary });
  return 0;
};

/**
 * Whether another connection has the database open. Leaving WAL mode needs the database to itself:
 * SQLite refuses (or stays in WAL) while another process has it open. The server always runs in WAL.
 */
function openElsewhere(target: string): boolean {
  if (!existsSync(target)) return false;
  const db = new Database(target, { timeout: 0, fileMustExist: true });
  try {
    if (db.pragma("journal_mode", { simple: true }) !== "wal") return false;
    return db.pragma("journal_mode = DELETE", { simple: true }) === "wal";
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith("SQLITE_BUSY")) return true;
    throw error;
  } finally {
    db.close();
  }
}

export default restore;
