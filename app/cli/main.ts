// Command-line entry: `npm run --silent cli -- <command> …` (also the `taizhang` bin).
// JSON results go to stdout, everything else to stderr.
import { passwordOf, redactSecrets } from "../../scripts/lib/database-url.mjs";
import { CliError, type Command } from "~/cli/command";
import { errorLine } from "~/cli/error-line";

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
  if (!name || name === "help" || name === "--help" || name === "-h") {
    process.stderr.write(`${USAGE}\n`);
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    process.stderr.write(`taizhang: unknown command "${name}"\n${USAGE}\n`);
    return 2;
  }
  const command = (await load()).default;
  return command(rest);
}

main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    // Never a database password, whatever the error carried (a driver message, a URL).
    const secrets = [passwordOf(process.env.DATABASE_URL ?? "")];
    process.stderr.write(`taizhang: ${redactSecrets(errorLine(error), secrets)}\n`);
    if (process.env.TAIZHANG_DEBUG && error instanceof Error)
      process.stderr.write(`${redactSecrets(error.stack ?? "", secrets)}\n`);
    process.exitCode = error instanceof CliError ? error.exitCode : 1;
  });
