// Demo data: the bundled reports under their jurisdictions, loaded once into an empty database.
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { JURISDICTION_LEVELS } from "~/domain/vocab";
import { db } from "~/utils/db.server";
import { SYSTEM_ACTOR } from "~/models/audit.server";
import { addDemoActivity, confirmDemoVerdicts } from "~/models/demo-activity.server";
import { ensureDepartment, ensureJurisdiction } from "~/models/jurisdiction.server";
import { importReport, type ImportOutcome } from "~/models/report-import.server";

const manifestSchema = z.object({
  jurisdictions: z.array(
    z.object({ slug: z.string(), name: z.string(), level: z.enum(JURISDICTION_LEVELS), parent: z.string().nullable() }),
  ),
  departments: z.array(z.string()),
  reports: z.array(
    z.object({ file: z.string(), jurisdiction: z.string(), year: z.number().int(), accept: z.boolean() }),
  ),
});

const DEMO_DIR = path.resolve("data", "reports");

function readManifest(dir = DEMO_DIR) {
  return manifestSchema.parse(JSON.parse(readFileSync(path.join(dir, "manifest.json"), "utf8")));
}

/** Creates the jurisdiction tree and departments; idempotent. */
export async function ensureDemoJurisdictions(dir = DEMO_DIR) {
  const manifest = readManifest(dir);
  await db.$transaction(async (tx) => {
    const ids = new Map<string, number>();
    for (const j of manifest.jurisdictions) {
      const parentId = j.parent ? (ids.get(j.parent) ?? null) : null;
      const row = await ensureJurisdiction(tx, { slug: j.slug, name: j.name, level: j.level, parentId });
      ids.set(j.slug, row.id);
      if (j.level === "district") {
        for (const name of manifest.departments) await ensureDepartment(tx, row.id, name);
      }
    }
  });
  return manifest;
}

/** Loads the demo reports when the database has no report at all; returns what was imported. */
export async function loadDemoData(dir = DEMO_DIR): Promise<ImportOutcome[] | null> {
  if ((await db.report.count()) > 0) return null;
  const manifest = await ensureDemoJurisdictions(dir);
  const outcomes: ImportOutcome[] = [];
  for (const report of manifest.reports) {
    const bytes = readFileSync(path.join(dir, report.file));
    outcomes.push(
      await importReport({
        source: { bytes, fileName: report.file },
        jurisdiction: report.jurisdiction,
        year: report.year,
        actor: SYSTEM_ACTOR,
        accept: report.accept,
      }),
    );
  }
  await addDemoActivity();
  await confirmDemoVerdicts();
  return outcomes;
}
