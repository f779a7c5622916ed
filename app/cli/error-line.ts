// The one line the CLI prints for an error: never empty. Prisma's messages start with a blank line and
// a code frame ("Invalid `prisma.report.create()` invocation: …") and end with the reason; the
// driver's own words ("database is locked") are kept when Prisma names only a category.
export function errorLine(error: unknown): string {
  if (!(error instanceof Error)) return String(error) || "unknown error";
  const lines = error.message
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !/^(Invalid `|→|\d+\s|\^)/.test(line));
  const own = lines.at(-1) ?? "";
  const driver = driverMessage(error);
  const line = driver && !own.includes(driver) ? (own ? `${own} (${driver})` : driver) : own;
  const code = (error as { code?: string }).code;
  // P2021: a table is missing, so the database was never migrated (or is another program's).
  if (code === "P2021") return `${line.replace(/\.$/, "")}; is the database set up? (npx prisma migrate deploy)`;
  return line || `${error.name}${code ? ` ${code}` : ""}`;
}

function driverMessage(error: Error): string | null {
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { originalMessage?: string } } } }).meta;
  const original = meta?.driverAdapterError?.cause?.originalMessage;
  if (original) return original;
  const cause = error.cause;
  return cause instanceof Error && cause.message ? cause.message.split("\n")[0]!.trim() : null;
}
