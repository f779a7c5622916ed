// End-to-end import time of each corpus report into a fresh database (median of runs).
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const RUNS = 5;
const dir = mkdtempSync(path.join(tmpdir(), "taizhang-bench-import-"));
const template = path.join(dir, "template.db");
execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], {
  env: { ...process.env, DATABASE_URL: `file:${template}` },
  stdio: "ignore",
});

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
  const reports = readdirSync("data/reports").filter((f) => f.endsWith(".txt"));
  for (const file of reports) {
    const times: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const db = path.join(dir, `run-${run}.db`);
      copyFileSync(template, db);
      process.env.DATABASE_URL = `file:${db}`;
      process.env.TAIZHANG_DATA_DIR = dir;
      await globalThis.__taizhangPrisma?.$disconnect();
      globalThis.__taizhangPrisma = undefined;
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
  rmSync(dir, { recursive: true, force: true });
}

await main();
