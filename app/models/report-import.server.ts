// The one import path (web upload, API, CLI, demo data): bytes or text → analysis → one transaction.
import { createHash } from "node:crypto";
import { readDocument } from "~/domain/document/read";
import { analyseReport } from "~/domain/report/analyse";
import type { SourceType } from "~/domain/vocab";
import { analysedReportSchema, type AnalysedReportInput } from "~/schemas/analysis";
import { stripBidi } from "~/schemas/plain-text";
import { storedReportText } from "~/domain/text/stored";
import { db, type Tx } from "~/utils/db.server";
import { recordAudit, recordCommitmentAudits, type AuditActor } from "~/models/audit.server";
import { refreshFollowUps } from "~/models/followup.server";
import { findJurisdiction } from "~/models/jurisdiction.server";
import { AppError } from "~/utils/app-error";
import { paragraphFinder } from "~/models/search-index.server";
import { resultFigureOf, targetOf } from "~/models/extracted-fields";

export type ImportErrorCode = "jurisdiction_unknown" | "year_unknown" | "invalid_analysis" | "too_many_commitments";

/** A work report holds a few hundred promises; ten times the longest seen is the most one import stores. */
export const MAX_COMMITMENTS = 5000;

/** Where a long import is, for the page that waits on it. */
export type ImportPhase = "reading" | "storing" | "followups";

/** A refusal to import (status 422), with an English line for the command line. */
function refuseImport(code: ImportErrorCode, detail: string): AppError {
  return new AppError(`import.error.${code}`, { status: 422, detail });
}

export interface ImportInput {
  /** File bytes (txt/pdf/docx/html) or pasted text. */
  source: { bytes: Uint8Array; fileName: string } | { text: string; fileName?: string };
  /** Slug or name; when absent, the jurisdiction the report names. */
  jurisdiction?: string;
  jurisdictionId?: number;
  year?: number;
  actor: AuditActor;
  /** Demo data only: commitments accepted as if reviewed, the report published. */
  accept?: boolean;
}

export interface ImportOutcome {
  reportId: number;
  jurisdictionId: number;
  year: number;
  commitments: number;
  results: number;
  created: boolean;
}

/** The end of the deadline year: the default due date of a commitment. */
export function defaultDueDate(deadline: number | null): Date | null {
  return deadline ? new Date(Date.UTC(deadline, 11, 31)) : null;
}

/**
 * The report's text as it is stored, hashed and analysed, through the one door for every report
 * (`storedReportText`: bidirectional controls dropped, radical code points folded to ideographs).
 */
export async function readImportText(
  source: ImportInput["source"],
): Promise<{ text: string; sourceType: SourceType; sourceName: string }> {
  if ("text" in source)
    return {
      text: storedReportText(source.text),
      sourceType: "paste",
      sourceName: stripBidi(source.fileName ?? "pasted text"),
    };
  const { text, sourceType } = await readDocument(source.bytes, source.fileName);
  return { text: storedReportText(text), sourceType, sourceName: stripBidi(source.fileName) };
}

/** Analysis without storing: what the upload form shows before the supervisor confirms. */
export async function analyseSource(source: ImportInput["source"]) {
  const read = await readImportText(source);
  const analysis = validate(analyseReport(read.text));
  if (analysis.commitments.length > MAX_COMMITMENTS)
    throw refuseImport(
      "too_many_commitments",
      `The text holds ${analysis.commitments.length} promises; one report may hold at most ${MAX_COMMITMENTS}.`,
    );
  return { ...read, analysis };
}

function validate(analysis: unknown): AnalysedReportInput {
  const parsed = analysedReportSchema.safeParse(analysis);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw refuseImport(
      "invalid_analysis",
      `The analysis of this report is invalid at ${first?.path.join(".")}: ${first?.message}`,
    );
  }
  return parsed.data;
}

export async function importReport(
  input: ImportInput,
  progress: (phase: ImportPhase) => void = () => {},
): Promise<ImportOutcome> {
  progress("reading");
  const { text, sourceType, sourceName, analysis } = await analyseSource(input.source);
  const jurisdiction = await resolveJurisdiction(input, analysis);
  const year = input.year ?? analysis.report.year ?? analysis.report.planYear;
  if (!year) throw refuseImport("year_unknown", "The report does not say its year; give it explicitly (--year).");
  const textHash = createHash("sha256").update(text).digest("hex");

  progress("storing");
  return db.$transaction(async (tx) => {
    const existing = await tx.report.findUnique({
      where: { jurisdictionId_textHash: { jurisdictionId: jurisdiction.id, textHash } },
      select: { id: true },
    });
    const meta = {
      year,
      title: analysis.report.title ?? `${year}年政府工作报告`,
      meeting: analysis.report.meeting,
      speaker: analysis.report.speaker,
      deliveredOn: analysis.report.date ? new Date(`${analysis.report.date}T00:00:00Z`) : null,
      reviewPeriod: analysis.report.reviewPeriod,
      planYear: analysis.report.planYear ?? year,
      sourceName: sourceName.slice(0, 300),
      sourceType,
    };
    const report = existing
      ? await tx.report.update({ where: { id: existing.id }, data: meta, select: { id: true, state: true } })
      : await tx.report.create({
          data: {
            ...meta,
            jurisdictionId: jurisdiction.id,
            text,
            textHash,
            state: input.accept ? "published" : "reviewing",
            importedById: input.actor.id,
          },
          select: { id: true, state: true },
        });
    const stored = await storeAnalysis(tx, {
      reportId: report.id,
      jurisdictionId: jurisdiction.id,
      year: meta.planYear,
      text,
      analysis,
      accept: input.accept ?? false,
      actor: input.actor,
    });
    // In the import's transaction: a report is never stored without the follow-ups it proposes.
    progress("followups");
    await refreshFollowUps(tx, report.id, input.actor);
    await recordAudit(tx, {
      actor: input.actor,
      entity: "report",
      entityId: report.id,
      action: existing ? "reimport" : "import",
      jurisdictionId: jurisdiction.id,
      after: {
        year,
        title: meta.title,
        sourceName: meta.sourceName,
        sourceType,
        commitments: stored.commitments,
        results: stored.results,
      },
      public: report.state === "published",
    });
    return { reportId: report.id, jurisdictionId: jurisdiction.id, year, created: !existing, ...stored };
    // A long report takes a while to store; it runs off the request thread (app/workers).
  }, LONG_TRANSACTION);
}

export const LONG_TRANSACTION = { timeout: 5 * 60_000 };

async function resolveJurisdiction(input: ImportInput, analysis: AnalysedReportInput) {
  if (input.jurisdictionId) {
    const row = await db.jurisdiction.findUnique({
      where: { id: input.jurisdictionId },
      select: { id: true, name: true },
    });
    if (row) return row;
  }
  const key = input.jurisdiction ?? analysis.report.jurisdiction;
  const found = key ? await findJurisdiction(key) : null;
  if (found) return found;
  throw refuseImport(
    "jurisdiction_unknown",
    key
      ? `Unknown jurisdiction "${key}": create it first or pass an existing one (--jurisdiction).`
      : "The report does not name its jurisdiction; give it explicitly (--jurisdiction).",
  );
}

/**
 * Sections and results are replaced on every import. Commitments a supervisor has already
 * reviewed are kept as they are; unreviewed ones are replaced by the fresh analysis.
 */
async function storeAnalysis(
  tx: Tx,
  args: {
    reportId: number;
    jurisdictionId: number;
    year: number;
    /** The report's stored text (the offsets point into it). */
    text: string;
    analysis: AnalysedReportInput;
    accept: boolean;
    actor: AuditActor;
  },
) {
  const { reportId, analysis } = args;
  await tx.result.deleteMany({ where: { reportId } });
  await tx.commitment.deleteMany({ where: { reportId, reviewState: "proposed" } });
  await tx.commitment.updateMany({ where: { reportId }, data: { sectionId: null } });
  await tx.reportSection.deleteMany({ where: { reportId } });

  const sections = await tx.reportSection.createManyAndReturn({
    data: analysis.sections.map((s, ordinal) => ({
      reportId,
      ordinal,
      heading: s.heading,
      level: s.level,
      part: s.part,
      start: s.start,
      end: s.end,
    })),
    select: { id: true, start: true, end: true, heading: true },
  });
  const sectionAt = (offset: number, heading: string) =>
    sections.filter((s) => s.start <= offset && offset < s.end).at(-1)?.id ??
    sections.find((s) => s.heading === heading)?.id ??
    null;

  // Reviewed commitments stay; a fresh extraction at the same place is theirs (the text is the same).
  const kept = await tx.commitment.findMany({ where: { reportId }, select: { quoteStart: true, quoteEnd: true } });
  const keptAt = new Map<string, number>();
  for (const c of kept)
    keptAt.set(`${c.quoteStart}:${c.quoteEnd}`, (keptAt.get(`${c.quoteStart}:${c.quoteEnd}`) ?? 0) + 1);
  const now = new Date();
  const fresh = analysis.commitments
    .map((c, ordinal) => ({ c, ordinal }))
    .filter(({ c }) => {
      const key = `${c.start}:${c.end}`;
      const left = keptAt.get(key) ?? 0;
      if (left === 0) return true;
      keptAt.set(key, left - 1);
      return false;
    });
  const paragraphOf = paragraphFinder(args.text);
  const rows = fresh.map(({ c, ordinal }) => ({
    reportId,
    sectionId: sectionAt(c.start, c.section),
    jurisdictionId: args.jurisdictionId,
    year: args.year,
    ordinal,
    quote: c.quote,
    quoteStart: c.start,
    quoteEnd: c.end,
    paragraph: paragraphOf({ start: c.start, end: c.end, quote: c.quote }),
    kind: c.kind,
    ...targetOf(c),
    entities: JSON.stringify(c.entities),
    sector: c.sector,
    dueDate: defaultDueDate(c.deadline),
    reviewState: args.accept ? "accepted" : "proposed",
    publishedAt: args.accept ? now : null,
  }));
  const created: { id: number }[] = [];
  for (let i = 0; i < rows.length; i += 500)
    created.push(...(await tx.commitment.createManyAndReturn({ data: rows.slice(i, i + 500), select: { id: true } })));
  if (args.accept) {
    await recordCommitmentAudits(tx, created, {
      actor: args.actor,
      action: "accept",
      jurisdictionId: args.jurisdictionId,
      after: { reviewState: "accepted" },
      public: true,
    });
  }
  await tx.result.createMany({
    data: analysis.results.map((r, ordinal) => ({
      reportId,
      sectionId: sectionAt(r.start, r.section),
      ordinal,
      quote: r.quote,
      start: r.start,
      end: r.end,
      ...resultFigureOf(r),
      entities: JSON.stringify(r.entities),
    })),
  });
  return { commitments: kept.length + created.length, results: analysis.results.length };
}
