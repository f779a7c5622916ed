// End-to-end import time of each corpus report into a fresh database (median of runs), on the database
// BENCH_DB names: sqlite (a copy of a migrated file per run) or postgresql (CREATE DATABASE … TEMPLATE of
// a migrated database per run, on the server BENCH_POSTGRES_URL).
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { databaseOn, pgQuery } from "../lib/pg-admin.mjs";
import { migratePostgres } from "../lib/pg-migrate.mjs";

const RUNS = 5;
const postgres = process.env.BENCH_DB === "postgresql";
const server = process.env.BENCH_POSTGRES_URL ?? "";
const dir = mkdtempSync(path.join(tmpdir(), "taizhang-bench-import-"));
const TEMPLATE = "taizhang_bench_import_template";

const databaseUrl = (database: string) => databaseOn(server, database);
const admin = (sql: string) => pgQuery(server, sql);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** A fresh migrated database for one run; returns its URL. */
async function freshDatabase(run: number): Promise<string> {
  if (postgres) {
    const name = `taizhang_bench_import_${run}`;
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE}"`);
    return databaseUrl(name);
  }
  const file = path.join(dir, `run-${run}.db`);
  copyFileSync(path.join(dir, "template.db"), file);
  return `file:${file}`;
}

async function main() {
  if (postgres) {
    await admin(`DROP DATABASE IF EXISTS "${TEMPLATE}" WITH (FORCE)`);
    await admin(`CREATE DATABASE "${TEMPLATE}"`);
    await migratePostgres(databaseUrl(TEMPLATE));
  } else {
    execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: `file:${path.join(dir, "template.db")}` },
      stdio: "ignore",
    });
  }
  const reports = readdirSync("data/reports").filter((f) => f.endsWith(".txt"));
  for (const file of reports) {
    const times: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      await globalThis.__taizhangPrisma?.$disconnect();
      globalThis.__taizhangPrisma = undefined;
      process.env.DATABASE_URL = await freshDatabase(run);
      process.env.TAIZHANG_DATA_DIR = dir;
      const { ensureDemoJurisdictions } = await import("../../app/models/demo.server");
      const { importReport } = await import("../../app/models/report-import.server");
      const { SYSTEM_ACTOR } = await import("../../app/models/audit.server");
      await ensureDemoJurisdictions();
      const manifest = JSON.parse(readFileSync("data/reports/manifest.json", "utf8")) as {
        reports: { file: string; jurisdiction: string; year: number }[];
      };
      const entry = manifest.reports.find((r) => r.file === file);
      const bytes = readFileSync(path.join("data/reports", file));
      const start = performance.now();
      await importReport({
        source: { bytes, fileName: file },
        jurisdiction: entry?.jurisdiction,
        year: entry?.year,
        actor: SYSTEM_ACTOR,
        accept: true,
      });
      times.push(performance.now() - start);
    }
    console.log(`import.${file.replace(/\.txt$/, "")}: ${median(times).toFixed(1)} ms`);
  }
  await globalThis.__taizhangPrisma?.$disconnect();
  globalThis.__taizhangPrisma = undefined;
  if (postgres)
    for (const name of [TEMPLATE, ...Array.from({ length: RUNS }, (_, run) => `taizhang_bench_import_${run}`)])
      await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  rmSync(dir, { recursive: true, force: true });
}

await main();
