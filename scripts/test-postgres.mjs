#!/usr/bin/env node
// `npm test`'s PostgreSQL pass: the integration tests that touch the database, run again on PostgreSQL
// (one migrated template database, then CREATE DATABASE … TEMPLATE per test file: tests/setup/).
//
// TEST_POSTGRES_URL names a server and a role that may create databases, e.g.
//   postgresql://taizhang:secret@127.0.0.1:5432/postgres
// Without it the pass is skipped, saying so; with TEST_POSTGRES=required (set by .ci/run) a missing or
// unreachable server fails the run. TEST_POSTGRES_ALL=1 runs every integration file, not only the list.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { passwordOf, redactSecrets } from "./lib/database-url.mjs";
import { root } from "./lib/steps.mjs";

/**
 * Files whose subject has no database difference: they run on SQLite only, to keep `npm test` short.
 * (TEST_POSTGRES_ALL=1 runs them on PostgreSQL too.)
 */
export const SQLITE_ONLY = {
  "attacks.test.ts": "hostile requests against the HTTP layer: Host, redirects, CSRF, bearer parsing",
  "bad-input.test.ts": "hostile files against the parsers and the CLI",
  "bad-input-web.test.ts": "hostile uploads refused before any write",
  "bidi-input.test.ts": "text cleaning at the doors",
  "csv-comparator.test.ts":
    "the CSV's wording of a bound; the download itself is byte-identical on both databases (parity.test.ts)",
  "disk-full.test.ts": "SQLite's file on a full data disk (PostgreSQL keeps its data elsewhere)",
  "deputy-permissions.test.ts": "who may do what: the permission table",
  "extract-cli.test.ts": "the extract command reads a file and prints JSON: no database",
  "followup-cli.test.ts": "the followup command reads two files, no database",
  "fuzz.test.ts": "hostile field names and values against every action: the forms' validation",
  "import-cycles.test.ts": "the imports of app/: no database",
  "page-integrity.test.ts": "the words and markup of every page in both languages",
  "ledger-permissions.test.ts": "who may do what: the permission table",
  "route-roles.test.ts":
    "the permission table over HTTP (every page's SQL is Prisma's, the public ones are in parity.test.ts)",
  "sector-labels.test.ts":
    "sectors in the reader's language; the downloads are byte-identical on both databases (parity.test.ts)",
  "server.test.ts": "Express: headers, logs, body limits, shutdown",
  "server-language.test.ts": "server.mjs's own answers before Remix (403, 411, 413) in the visitor's language",
  "shared-storage.test.ts": "where uploads and staged reports live on disk: files, not the database",
  "turbo-stream-patch.test.ts": "a vendored library",
  "verify-card.test.ts":
    "what the verify card shows: a plain Prisma read; the review writes behind it run on both (ledger-review.test.ts)",
};

const required = process.env.TEST_POSTGRES === "required";
const url = process.env.TEST_POSTGRES_URL;
const say = (message) => process.stderr.write(`${message}\n`);

/** The exit status that tells scripts/test-all.mjs "skipped" (EX_TEMPFAIL). */
export const SKIPPED = 75;

if (!url) {
  if (required) {
    say("PostgreSQL pass FAILED: TEST_POSTGRES=required, but TEST_POSTGRES_URL is not set.");
    process.exit(1);
  }
  say(
    "PostgreSQL pass SKIPPED: TEST_POSTGRES_URL is not set, so the integration tests ran on SQLite only.\n" +
      "  To run them on PostgreSQL too, see README → Testing (CI sets TEST_POSTGRES=required and a server).",
  );
  process.exit(SKIPPED);
}

const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
try {
  await client.connect();
  const { rows } = await client.query("SHOW server_version");
  say(`PostgreSQL ${rows[0].server_version} at ${new URL(url).host}`);
} catch (error) {
  say(
    `PostgreSQL pass FAILED: cannot reach TEST_POSTGRES_URL: ${redactSecrets(String(error?.message), [passwordOf(url)])}`,
  );
  process.exit(1);
} finally {
  await client.end().catch(() => {});
}

const integration = readdirSync(path.join(root, "tests", "integration"))
  .filter((f) => f.endsWith(".test.ts"))
  .filter((f) => process.env.TEST_POSTGRES_ALL === "1" || !(f in SQLITE_ONLY))
  .map((f) => path.join("tests", "integration", f));
// Unit tests beside the models that use the database.
const models = readdirSync(path.join(root, "app", "models"))
  .filter((f) => f.endsWith(".test.ts"))
  .map((f) => path.join("app", "models", f));

const { status } = spawnSync(path.join(root, "node_modules", ".bin", "vitest"), ["run", ...integration, ...models], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, TEST_DATABASE: "postgresql" },
});
process.exit(status ?? 1);
