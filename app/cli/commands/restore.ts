// `restore FILE`: replace the database with a backup, after checking the backup. Stop the server first.
import { existsSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { checkDatabaseFile, databaseFile } from "~/utils/sqlite-file.server";
import { CliError, parseFlags, printJson, type Command } from "~/cli/command";

const restore: Command = async (args) => {
  const { positionals } = parseFlags(args, {});
  const [file] = positionals;
  if (!file) throw new CliError("usage: restore FILE", 2);
  const backupFile = path.resolve(file);
  if (!existsSync(backupFile)) throw new CliError(`${file}: no such file`);
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
