// `backup FILE`: a consistent copy of the live database, safe while the server is serving and writing.
// SQLite: its online backup API, then an integrity check of the copy. PostgreSQL: pg_dump (custom
// format) in one snapshot, then pg_restore reads the archive back.
import { existsSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { dialect } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { checkDump, dumpDatabase } from "~/utils/postgres-dump.server";
import { checkDatabaseFile, databaseFile } from "~/utils/sqlite-file.server";
import { CliError, parseFlags, printJson, type Command } from "~/cli/command";

const backup: Command = async (args) => {
  const { positionals, values } = parseFlags(args, { force: { type: "boolean" } });
  const [target] = positionals;
  if (!target) throw new CliError("usage: backup FILE [--force]", 2);
  const destination = path.resolve(target);
  if (existsSync(destination) && !values.force) throw new CliError(`${target} exists; add --force to overwrite it`);
  if (dialect() === "postgresql") {
    try {
      const summary = await dumpDatabase(getEnv().DATABASE_URL, destination);
      await checkDump(destination);
      printJson({ file: destination, ...summary });
    } catch (error) {
      throw new CliError(`backup failed: ${(error as Error).message}`);
    }
    return 0;
  }
  const source = databaseFile();
  if (!existsSync(source)) throw new CliError(`no database at ${source}`);
  if (destination === source) throw new CliError("the backup file must not be the database itself", 2);
  const db = new Database(source, { readonly: true, fileMustExist: true, timeout: 5000 });
  try {
    await db.backup(destination);
  } finally {
    db.close();
  }
  const summary = checkDatabaseFile(destination);
  printJson({ file: destination, ...summary });
  return 0;
};

export default backup;
