// Backup and restore on PostgreSQL through pg_dump / pg_restore (Debian's postgresql-client). The password
// never appears on a command line (it goes to the tools in PGPASSWORD) nor in any message (redacted).
import { execFile, spawn } from "node:child_process";
import { promisify } from "node:util";
import pg from "pg";
import { passwordOf, redactSecrets } from "../../scripts/lib/database-url.mjs";

const run = promisify(execFile);
const REQUIRED_TABLES = ["_taizhang_migrations", "Report", "Commitment", "AuditEvent"];

export interface DumpSummary {
  tables: number;
  reports: number;
  commitments: number;
}

/** The URL without its password, and the environment that hands the password to libpq tools. */
function connection(url: string): { url: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  parsed.password = "";
  const env: NodeJS.ProcessEnv = { ...process.env, PGPASSWORD: passwordOf(url) ?? process.env.PGPASSWORD ?? "" };
  delete env.DATABASE_URL;
  return { url: parsed.toString(), env };
}

/** A message safe to print: no password, whatever the tool or the driver said. */
function safe(error: unknown, url: string): Error {
  const { stderr, message } = error as { stderr?: string; message?: string };
  const text = (stderr?.trim() || message || String(error)).split("\n").slice(0, 3).join(" ");
  return new Error(redactSecrets(text, [passwordOf(url)]));
}

async function tool(name: string, args: string[], url: string, env: NodeJS.ProcessEnv): Promise<string> {
  try {
    return (await run(name, args, { env, maxBuffer: 64 << 20, encoding: "utf8" })).stdout;
  } catch (error) {
    if ((error as { code?: string }).code === "ENOENT")
      throw new Error(`${name} is not installed (Debian: apt-get install postgresql-client)`);
    throw safe(error, url);
  }
}

/**
 * A consistent dump of the live database (pg_dump's custom format, safe while the app writes). The
 * counts come from the same snapshot as the dump.
 */
export async function dumpDatabase(url: string, file: string): Promise<DumpSummary> {
  const target = connection(url);
  const client = new pg.Client({ connectionString: url, application_name: "taizhang-backup" });
  try {
    await client.connect();
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const [{ snapshot }] = (await client.query("SELECT pg_export_snapshot() AS snapshot")).rows as {
      snapshot: string;
    }[];
    const summary = await countRows(client);
    await tool(
      "pg_dump",
      [
        "--format=custom",
        "--no-owner",
        "--no-privileges",
        `--snapshot=${snapshot}`,
        `--file=${file}`,
        `--dbname=${target.url}`,
      ],
      url,
      target.env,
    );
    await client.query("COMMIT");
    return summary;
  } catch (error) {
    throw safe(error, url);
  } finally {
    await client.end().catch(() => {});
  }
}

async function countRows(client: pg.Client): Promise<DumpSummary> {
  const { rows } = await client.query(`SELECT
    (SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()) AS "tables",
    (SELECT count(*) FROM "Report") AS "reports",
    (SELECT count(*) FROM "Commitment") AS "commitments"`);
  const row = rows[0] as Record<keyof DumpSummary, string>;
  return { tables: Number(row.tables), reports: Number(row.reports), commitments: Number(row.commitments) };
}

/** Checks that a file is a pg_dump archive of a Taizhang database; returns its table count. */
export async function checkDump(file: string): Promise<{ tables: number }> {
  let listing: string;
  try {
    listing = (await run("pg_restore", ["--list", file], { encoding: "utf8", maxBuffer: 64 << 20 })).stdout;
  } catch (error) {
    if ((error as { code?: string }).code === "ENOENT")
      throw new Error("pg_restore is not installed (Debian: apt-get install postgresql-client)");
    throw new Error(`${file}: not a PostgreSQL backup (pg_restore cannot read it)`);
  }
  const tables = new Set([...listing.matchAll(/ TABLE (?:\S+ )?(\S+) /g)].map((m) => m[1]!.replace(/^"|"$/g, "")));
  for (const table of REQUIRED_TABLES)
    if (!tables.has(table)) throw new Error(`${file}: not a Taizhang database (no ${table} table)`);
  return { tables: tables.size };
}

/** App processes connected to this database (restore refuses to run under them). */
export async function openAppConnections(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url, application_name: "taizhang-restore" });
  try {
    await client.connect();
    const { rows } = await client.query(
      `SELECT count(*) AS "n" FROM pg_stat_activity
       WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name LIKE 'taizhang%'`,
    );
    return Number((rows[0] as { n: string }).n);
  } catch (error) {
    throw safe(error, url);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Replaces everything in the database with the archive, in one transaction: the schema is emptied and
 * rebuilt from the archive, or nothing changes. Returns the restored counts.
 */
export async function restoreDatabase(url: string, file: string): Promise<DumpSummary> {
  const target = connection(url);
  await new Promise<void>((resolve, reject) => {
    const restore = spawn("pg_restore", ["--no-owner", "--no-privileges", "--file=-", file], {
      env: target.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const psql = spawn(
      "psql",
      ["--no-psqlrc", "--quiet", "--single-transaction", "--set=ON_ERROR_STOP=1", `--dbname=${target.url}`],
      { env: target.env, stdio: ["pipe", "ignore", "pipe"] },
    );
    let stderr = "";
    const collect = (chunk: Buffer) => (stderr += chunk.toString("utf8"));
    restore.stderr.on("data", collect);
    psql.stderr.on("data", collect);
    const missing = (name: string) => (error: Error) =>
      reject((error as { code?: string }).code === "ENOENT" ? new Error(`${name} is not installed`) : safe(error, url));
    restore.on("error", missing("pg_restore"));
    psql.on("error", missing("psql"));
    psql.stdin.on("error", () => {});
    // One transaction: the schema is emptied and rebuilt from the archive, or nothing changes.
    psql.stdin.write("DROP SCHEMA public CASCADE;\nCREATE SCHEMA public;\n");
    restore.stdout.pipe(psql.stdin);
    const exit = (child: typeof restore | typeof psql) =>
      new Promise<number | null>((done) => child.on("close", (code) => done(code)));
    Promise.all([exit(restore), exit(psql)]).then(([a, b]) =>
      a === 0 && b === 0 ? resolve() : reject(safe({ stderr: stderr || `exit ${a}/${b}` }, url)),
    );
  });
  const client = new pg.Client({ connectionString: url, application_name: "taizhang-restore" });
  try {
    await client.connect();
    return await countRows(client);
  } catch (error) {
    throw safe(error, url);
  } finally {
    await client.end().catch(() => {});
  }
}
