#!/usr/bin/env node
// `npm run db:deploy`: applies the migrations of the database DATABASE_URL names (SQLite or PostgreSQL).
import { dataConfig, log, migrate } from "./lib/steps.mjs";
import { MigrationError } from "./lib/pg-migrate.mjs";

try {
  await migrate(dataConfig());
} catch (error) {
  log(error instanceof MigrationError ? error.message : `migration failed: ${error?.message ?? error}`);
  process.exit(1);
}
