// Command-line entry: `npm run --silent cli -- <command> …` (also the `taizhang` bin).
// JSON results go to stdout, everything else to stderr.
import { passwordOf, redactSecrets } from "../../scripts/lib/database-url.mjs";
import { CliError, type Command } from "~/cli/command";
import { errorLine } from "~/cli/error-line";
import { logger, logToStandardError } from "~/utils/logger.mjs";

// Before any command loads: what the app logs goes to stderr, stdout stays the JSON answer.
logToStandardError();

const commands: Record<string, () => Promise<{ default: Command }>> = {
  extract: () => import("~/cli/commands/extract"),
  followup: () => import("~/cli/commands/followup"),
  import: () => import("~/cli/commands/import"),
  users: () => import("~/cli/commands/users"),
  demo: () => import("~/cli/commands/demo"),
  backup: () => import("~/cli/commands/backup"),
  restore: () => import("~/cli/commands/restore"),
  "notify-overdue": () => import("~/cli/commands/notify-overdue"),
};

const USAGE = `usage: taizhang <command> [options]

commands:
  extract [--explain] FILE           analyse a report, print its commitments and results as JSON
  followup EARLIER LATER             match EARLIER's commitments to LATER's results, print JSON
  import FILE [--jurisdiction J] [--year N] [--publish]
                                     import a report into the database
  users create --email E --name N --role admin|supervisor|staff|deputy
               --jurisdiction SLUG_OR_NAME [--department NAME] --password-stdin
  users token --email E              print a new personal API token
  demo                               load the bundled demo reports when the database has none
  notify-overdue [--jurisdiction J]  remind departments, supervisors and askers of overdue questions
                                     (idempotent), then send pending notification emails
  backup FILE                        write a consistent copy of the database (safe while serving;
                                     pg_dump's custom format on PostgreSQL)
  restore FILE                       replace the database with a backup (stop the server first)`;

async function main(argv: string[]): Promise<number> {
  const args = argv[0] === "--" ? argv.slice(1) : argv;
  const [name, ...rest] = args;
  if (name === "help" || name === "--help" || name === "-h") {
    process.stderr.write(`${USAGE}\n`);
    return 0;
  }
  const known = `commands: ${Object.keys(commands).join(", ")} (taizhang help shows their options)`;
  if (!name) throw new CliError(`no command given; ${known}`, 2);
  const load = commands[name];
  if (!load) throw new CliError(`unknown command "${name}"; ${known}`, 2);
  const command = (await load()).default;
  return command(rest);
}

/** Every failure is one line on stderr and a non-zero exit; TAIZHANG_DEBUG=1 adds the stack. */
function fail(error: unknown): void {
  // Never a database password, whatever the error carried (a driver message, a URL).
  const secrets = [passwordOf(process.env.DATABASE_URL ?? "")];
  process.stderr.write(`taizhang: ${redactSecrets(errorLine(error), secrets)}\n`);
  if (process.env.TAIZHANG_DEBUG && error instanceof Error)
    process.stderr.write(`${redactSecrets(error.stack ?? "", secrets)}\n`);
  logger.debug({ err: error }, "command failed");
  process.exitCode = error instanceof CliError ? error.exitCode : 1;
}

// Errors outside the command's promise chain (a stream's error event, say) too.
process.on("uncaughtException", (error) => {
  fail(error);
  process.exit();
});
process.on("unhandledRejection", (error) => {
  fail(error);
  process.exit();
});

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
}, fail);
