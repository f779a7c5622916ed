// prisma/schema.prisma is the one source of the data model. PostgreSQL needs its own generated client
// (a Prisma client is built for one provider), so the same file is rewritten with the PostgreSQL
// provider into generated/postgresql/schema.prisma and generated into generated/prisma-pg.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..", "..");
export const SCHEMA = path.join(root, "prisma", "schema.prisma");
export const PG_SCHEMA = path.join(root, "generated", "postgresql", "schema.prisma");

/** The schema text with the PostgreSQL provider; `output` is where its client goes (relative to the file). */
export function postgresSchema(text, output = "../prisma-pg") {
  const swap = (pattern, replacement) => {
    if (!pattern.test(text)) throw new Error(`prisma/schema.prisma: cannot find ${pattern}`);
    text = text.replace(pattern, replacement);
  };
  swap(/provider(\s*)= "sqlite"/, 'provider$1= "postgresql"');
  // Never used (the adapter connects), but Prisma 6 wants a url of the provider's kind.
  swap(/url(\s*)= "file:[^"]*"/, 'url$1= "postgresql://localhost/unused"');
  swap(/output(\s*)= "[^"]*"/, `output$1= "${output}"`);
  return text;
}

/** Writes the PostgreSQL variant of a schema file to `target`. */
export function writePostgresSchema(source = SCHEMA, target = PG_SCHEMA, output) {
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, postgresSchema(readFileSync(source, "utf8"), output));
  return target;
}

export function generateClients() {
  const prisma = path.join(root, "node_modules", ".bin", "prisma");
  const run = (args) => execFileSync(prisma, args, { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
  run(["generate"]);
  run(["generate", "--schema", writePostgresSchema()]);
}
