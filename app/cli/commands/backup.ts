// `backup FILE`: a consistent copy of the live database through SQLite's online backup API,
// safe while the server is serving and writing.
import { existsSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { checkDatabaseFile, databaseFile } from "~/utils/sqlite-file.server";
import { CliError, parseFlags, printJson, type Command } from "~/cli/command";

const backup: Command = async (args) => {
  const { positionals, values } = parseFlags(args, { force: { type: "boolean" } });
  const [target] = positionals;
  if (!target) throw new CliError("usage: backup FILE [--force]", 2);
  const source = databaseFile();
  if (!existsSync(source)) throw new CliError(`no database at ${source}`);
  const destination = path.resolve(target);
  if (destination === source) throw new CliError("the backup file must not be the database itself", 2);
  if (existsSync(destination) && !values.force) throw new CliError(`${target} exists; add --force to overwrite it`);
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
