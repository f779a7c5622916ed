// `restore FILE`: replace the database with a backup, after checking the backup. Stop the server first.
// SQLite: the checked file takes the database's place. PostgreSQL: the archive replaces the database's
// contents in one transaction, refused while app processes are connected.
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
  if (open > 0) throw new CliError(`${open} connection(s) of running Taizhang processes: stop every server first`);
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

export default restore;
