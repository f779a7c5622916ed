// Reviewing what the analyser extracted from a report: accept, edit, split, merge, reject, add; then, as a
// step of its own after a preview, publish the report.
import { quoteFields, targetFields, type TargetSqlRow } from "~/models/commitment-fields.server";
import { coveringSpan, locateQuote, quoteOf } from "~/domain/ledger/report-text";
import { Prisma } from "../../generated/prisma/client";
import type { CommitmentFields } from "~/schemas/ledger";
import { db, type Tx } from "~/utils/db.server";
import { auditSubject, recordAudit, recordAudits, type AuditActor } from "~/models/audit.server";
import { writeCommitment } from "~/models/commitment-write.server";
import { paragraphOfClause } from "~/models/search-index.server";
import { defaultDueDate } from "~/models/report-import.server";
import { AppError } from "~/utils/app-error";
import { memoCurrent } from "~/models/public/version.server";

/** The end of the deadline year (the import's default due date, kept in step with it). */

const reviewItemSelect = {
  id: true,
  ...quoteFields,
  ...targetFields,
  sector: true,
  reviewState: true,
  version: true,
  dueDate: true,
  parentId: true,
} as const;

/** The columns of `reviewItemSelect`, as a raw statement returns them. */
interface ReviewItemSqlRow extends TargetSqlRow {
  id: number;
  ordinal: number;
  quote: string;
  quoteStart: number | null;
  quoteEnd: number | null;
  kind: string;
  sector: string | null;
  reviewState: string;
  version: number;
  dueDate: Date | null;
  parentId: number | null;
}

interface ReviewReportSqlRow {
  id: number;
  jurisdictionId: number;
  year: number;
  title: string;
  state: string;
  sourceName: string;
  text: string;
  jurisdictionName: string;
  jurisdictionSlug: string;
}

/** A report with its top-level items, in text order: two raw statements (the page is never cached). */
export async function getReportForReview(reportId: number) {
  const [[report], items] = await Promise.all([
    db.$queryRaw<ReviewReportSqlRow[]>(Prisma.sql`SELECT r."id", r."jurisdictionId", r."year", r."title", r."state",
        r."sourceName", r."text", j."name" AS "jurisdictionName", j."slug" AS "jurisdictionSlug"
      FROM "Report" r JOIN "Jurisdiction" j ON j."id" = r."jurisdictionId" WHERE r."id" = ${reportId}`),
    db.$queryRaw<ReviewItemSqlRow[]>(Prisma.sql`SELECT c."id", c."ordinal", c."quote", c."quoteStart", c."quoteEnd",
        c."kind", c."metric", c."target", c."unit", c."comparator", c."growth", c."deadline", c."sector",
        c."reviewState", c."version", c."dueDate", c."parentId"
      FROM "Commitment" c WHERE c."reportId" = ${reportId} AND c."parentId" IS NULL
      ORDER BY c."quoteStart" ASC, c."ordinal" ASC, c."id" ASC`),
  ]);
  if (!report) return null;
  const { jurisdictionName, jurisdictionSlug, ...rest } = report;
  return {
    ...rest,
    jurisdiction: { name: jurisdictionName, slug: jurisdictionSlug },
    commitments: items.map((item) => ({ ...item, growth: Boolean(item.growth) })),
  };
}

export type ReviewReport = NonNullable<Awaited<ReturnType<typeof getReportForReview>>>;
export type ReviewItem = ReviewReport["commitments"][number];

/** Reports of a jurisdiction still waiting for review, for the dashboard: one statement, kept until a write. */
export async function reportsInReview(jurisdictionId: number) {
  return memoCurrent(`reports-in-review:${jurisdictionId}`, async () => {
    const proposed = Prisma.sql`FROM "Commitment" c WHERE c."reportId" = r."id" AND c."reviewState" = 'proposed'`;
    const rows = await db.$queryRaw<{ id: number; title: string; year: number; proposed: bigint | number }[]>(
      Prisma.sql`SELECT r."id", r."title", r."year", (SELECT COUNT(*) ${proposed}) AS "proposed" FROM "Report" r
        WHERE r."jurisdictionId" = ${jurisdictionId} AND (r."state" = 'reviewing' OR EXISTS (SELECT 1 ${proposed}))
        ORDER BY r."createdAt" DESC, r."id" DESC`,
    );
    return rows.map((r) => ({ ...r, proposed: Number(r.proposed) }));
  });
}

type AuditFields = { [K in keyof CommitmentFields]?: CommitmentFields[K] | string | null } & { quote?: string };

function fieldsForAudit(row: AuditFields) {
  return {
    quote: row.quote,
    metric: row.metric,
    kind: row.kind,
    target: row.target,
    unit: row.unit,
    comparator: row.comparator,
    growth: row.growth,
    deadline: row.deadline,
    sector: row.sector,
  };
}

async function loadItem(tx: Tx, id: number, reportId: number) {
  const row = await tx.commitment.findUnique({
    where: { id },
    select: { ...reviewItemSelect, reportId: true, jurisdictionId: true, sectionId: true, year: true },
  });
  if (!row || row.reportId !== reportId) throw new AppError("ledger.notFound", { status: 404 });
  return row;
}

/** What publishing a report would make public: shown on the preview before the supervisor confirms. */
export async function publishPreview(reportId: number) {
  const report = await db.report.findUnique({
    where: { id: reportId },
    select: {
      id: true,
      title: true,
      year: true,
      state: true,
      jurisdictionId: true,
      jurisdiction: { select: { name: true, slug: true } },
    },
  });
  if (!report) return null;
  const [counts, accepted] = await Promise.all([
    db.commitment.groupBy({ by: ["reviewState"], where: { reportId, parentId: null }, _count: { _all: true } }),
    db.commitment.findMany({
      where: { reportId, reviewState: "accepted", parentId: null },
      orderBy: [{ quoteStart: "asc" }, { ordinal: "asc" }, { id: "asc" }],
      select: {
        id: true,
        metric: true,
        kind: true,
        target: true,
        unit: true,
        comparator: true,
        growth: true,
        deadline: true,
        sector: true,
      },
    }),
  ]);
  const count = (state: string) => counts.find((c) => c.reviewState === state)?._count._all ?? 0;
  return {
    report,
    counts: { accepted: count("accepted"), proposed: count("proposed"), rejected: count("rejected") },
    accepted,
  };
}

/**
 * Publishing: the report and its accepted promises become public (scorecard, API, feeds). Only once
 * every extracted item is decided; never undone (the public record keeps it).
 */
export async function publishReport(args: { reportId: number; actor: AuditActor }) {
  return db.$transaction(async (tx) => {
    const report = await tx.report.findUnique({
      where: { id: args.reportId },
      select: { state: true, jurisdictionId: true },
    });
    if (!report) throw new AppError("ledger.notFound", { status: 404 });
    if (report.state !== "reviewing") throw new AppError("ledger.publish.already", { status: 409 });
    const left = await tx.commitment.count({ where: { reportId: args.reportId, reviewState: "proposed" } });
    if (left > 0) throw new AppError("ledger.publish.undecided", { status: 409 });
    const accepted = await tx.commitment.count({ where: { reportId: args.reportId, reviewState: "accepted" } });
    await tx.report.update({ where: { id: args.reportId }, data: { state: "published" } });
    await recordAudit(tx, {
      actor: args.actor,
      entity: "report",
      entityId: args.reportId,
      action: "publish",
      jurisdictionId: report.jurisdictionId,
      before: { state: "reviewing" },
      after: { state: "published", commitments: accepted },
      public: true,
    });
    return accepted;
  });
}

export async function decideCommitment(args: {
  reportId: number;
  id: number;
  version: number;
  decision: "accept" | "reject" | "restore";
  actor: AuditActor;
}) {
  return db.$transaction(async (tx) => {
    const row = await loadItem(tx, args.id, args.reportId);
    const target = { accept: "accepted", reject: "rejected", restore: "proposed" }[args.decision];
    if (args.decision === "reject" && row.reviewState === "accepted") {
      const updates = await tx.statusUpdate.count({ where: { commitmentId: row.id } });
      if (updates > 0) throw new AppError("ledger.review.hasUpdates", { status: 409 });
    }
    const published = args.decision === "accept" || row.reviewState === "accepted";
    await writeCommitment(tx, {
      id: row.id,
      version: args.version,
      data: { reviewState: target, publishedAt: args.decision === "accept" ? new Date() : null },
      before: { reviewState: row.reviewState },
      after: { reviewState: target },
      actor: args.actor,
      action: args.decision,
      jurisdictionId: row.jurisdictionId,
      published,
    });
    if (args.decision === "accept") {
      // The public history starts with what was promised.
      await recordAudit(tx, {
        actor: args.actor,
        ...auditSubject("commitment", row),
        action: "publish",
        after: fieldsForAudit(row),
        public: true,
      });
    }
  });
}

/** Accept every item still proposed (after the supervisor has dealt with the doubtful ones). */
export async function acceptAllRemaining(args: { reportId: number; actor: AuditActor }) {
  return db.$transaction(async (tx) => {
    const report = await tx.report.findUnique({ where: { id: args.reportId }, select: { jurisdictionId: true } });
    if (!report) throw new AppError("ledger.notFound", { status: 404 });
    const rows = await tx.commitment.findMany({
      where: { reportId: args.reportId, reviewState: "proposed" },
      select: reviewItemSelect,
    });
    const now = new Date();
    // The same rows as read above (the transaction holds the write lock); no list of ids, which
    // SQLite's limit on bound variables would refuse for a long report.
    await tx.commitment.updateMany({
      where: { reportId: args.reportId, reviewState: "proposed" },
      data: { reviewState: "accepted", publishedAt: now, version: { increment: 1 } },
    });
    await recordAudits(
      tx,
      rows.flatMap((row) => [
        {
          actor: args.actor,
          entity: "commitment",
          entityId: row.id,
          action: "accept",
          jurisdictionId: report.jurisdictionId,
          before: { reviewState: "proposed" },
          after: { reviewState: "accepted" },
          reason: "accept all remaining",
          public: true,
        },
        {
          actor: args.actor,
          entity: "commitment",
          entityId: row.id,
          action: "publish",
          jurisdictionId: report.jurisdictionId,
          after: fieldsForAudit(row),
          public: true,
        },
      ]),
    );
    return rows.length;
  });
}

/** Edits any extracted field; a changed quote is looked up again in the report text. */
export async function editCommitment(args: {
  reportId: number;
  id: number;
  version: number;
  quote: string;
  fields: CommitmentFields;
  actor: AuditActor;
}) {
  return db.$transaction(async (tx) => {
    const row = await loadItem(tx, args.id, args.reportId);
    let span = { start: row.quoteStart, end: row.quoteEnd };
    let quote = row.quote;
    let paragraph: { paragraph?: string } = {};
    if (args.quote.replace(/\s+/g, "") !== row.quote.replace(/\s+/g, "")) {
      const report = await tx.report.findUniqueOrThrow({ where: { id: args.reportId }, select: { text: true } });
      const found = locateQuote(report.text, args.quote, row.quoteStart ?? 0);
      if (!found) throw new AppError("ledger.review.quoteNotFound", { status: 422, field: "quote" });
      span = found;
      quote = quoteOf(report.text, found);
      paragraph = { paragraph: paragraphOfClause(report.text, { ...found, quote }) };
    }
    const next = { ...args.fields, quote };
    // The due date follows the deadline while it is still the default one.
    const defaultDue = defaultDueDate(row.deadline)?.getTime() ?? null;
    const dueFollows = (row.dueDate?.getTime() ?? null) === defaultDue;
    await writeCommitment(tx, {
      id: row.id,
      version: args.version,
      data: {
        ...args.fields,
        quote,
        quoteStart: span.start,
        quoteEnd: span.end,
        ...paragraph,
        ...(dueFollows ? { dueDate: defaultDueDate(args.fields.deadline) } : {}),
      },
      before: fieldsForAudit(row),
      after: fieldsForAudit(next),
      actor: args.actor,
      action: "edit",
      jurisdictionId: row.jurisdictionId,
      published: row.reviewState === "accepted",
    });
  });
}

/** One sentence, several tasks: the first part stays with the item, each further part becomes a new item. */
export async function splitCommitment(args: {
  reportId: number;
  id: number;
  version: number;
  parts: string[];
  actor: AuditActor;
}) {
  return db.$transaction(async (tx) => {
    const row = await loadItem(tx, args.id, args.reportId);
    const [first, ...rest] = args.parts;
    await writeCommitment(tx, {
      id: row.id,
      version: args.version,
      data: { metric: first },
      before: { metric: row.metric },
      after: { metric: first },
      actor: args.actor,
      action: "split",
      reason: `split into ${args.parts.length}`,
      jurisdictionId: row.jurisdictionId,
      published: row.reviewState === "accepted",
    });
    const created = [];
    for (const metric of rest) {
      const child = await tx.commitment.create({
        data: {
          reportId: args.reportId,
          sectionId: row.sectionId,
          jurisdictionId: row.jurisdictionId,
          year: row.year,
          ordinal: row.ordinal,
          quote: row.quote,
          quoteStart: row.quoteStart,
          quoteEnd: row.quoteEnd,
          kind: "deliverable",
          metric: metric!,
          deadline: row.deadline,
          sector: row.sector,
          dueDate: row.dueDate,
          reviewState: "proposed",
        },
        select: { id: true },
      });
      created.push(child.id);
      await recordAudit(tx, {
        actor: args.actor,
        entity: "commitment",
        entityId: child.id,
        action: "split.create",
        jurisdictionId: row.jurisdictionId,
        after: { metric, splitFrom: row.id },
      });
    }
    return created;
  });
}

/** Several sentences, one task: the first item spans all the quotes; the others are rejected as merged. */
export async function mergeCommitments(args: { reportId: number; ids: number[]; actor: AuditActor }) {
  return db.$transaction(async (tx) => {
    const rows = [];
    for (const id of args.ids) rows.push(await loadItem(tx, id, args.reportId));
    if (rows.some((r) => r.reviewState !== "proposed"))
      throw new AppError("ledger.review.mergeProposedOnly", { status: 422, field: "ids" });
    rows.sort((a, b) => (a.quoteStart ?? 0) - (b.quoteStart ?? 0) || a.id - b.id);
    const [keep, ...others] = rows;
    const span = coveringSpan(
      rows
        .filter((r) => r.quoteStart !== null && r.quoteEnd !== null)
        .map((r) => ({ start: r.quoteStart!, end: r.quoteEnd! })),
    );
    const report = await tx.report.findUniqueOrThrow({ where: { id: args.reportId }, select: { text: true } });
    const quote = span ? quoteOf(report.text, span) : rows.map((r) => r.quote).join("");
    await writeCommitment(tx, {
      id: keep!.id,
      version: keep!.version,
      data: {
        quote,
        quoteStart: span?.start ?? keep!.quoteStart,
        quoteEnd: span?.end ?? keep!.quoteEnd,
        ...(span ? { paragraph: paragraphOfClause(report.text, { ...span, quote }) } : {}),
      },
      before: { quote: keep!.quote },
      after: { quote },
      actor: args.actor,
      action: "merge",
      reason: `merged ${others.map((o) => `#${o.id}`).join(", ")}`,
      jurisdictionId: keep!.jurisdictionId,
      published: false,
    });
    for (const other of others) {
      await writeCommitment(tx, {
        id: other.id,
        version: other.version,
        data: { reviewState: "rejected" },
        before: { reviewState: other.reviewState },
        after: { reviewState: "rejected" },
        actor: args.actor,
        action: "merge.into",
        reason: `merged into #${keep!.id}`,
        jurisdictionId: other.jurisdictionId,
        published: false,
      });
    }
    return keep!.id;
  });
}

/** A commitment the analyser missed, from text the supervisor selected (or pasted) in the report. */
export async function addCommitment(args: {
  reportId: number;
  quote: string;
  span: { start: number; end: number } | null;
  fields: CommitmentFields;
  actor: AuditActor;
}) {
  return db.$transaction(async (tx) => {
    const report = await tx.report.findUnique({
      where: { id: args.reportId },
      select: { id: true, text: true, jurisdictionId: true, year: true, planYear: true },
    });
    if (!report) throw new AppError("ledger.notFound", { status: 404 });
    const given = args.span;
    const spanMatches =
      given &&
      Number.isInteger(given.start) &&
      Number.isInteger(given.end) &&
      given.start >= 0 &&
      given.end <= report.text.length &&
      given.end > given.start &&
      report.text.slice(given.start, given.end).replace(/\s+/g, "") === args.quote.replace(/\s+/g, "");
    const span = spanMatches ? given : locateQuote(report.text, args.quote);
    if (!span) throw new AppError("ledger.review.quoteNotFound", { status: 422, field: "quote" });
    const section = await tx.reportSection.findFirst({
      where: { reportId: report.id, start: { lte: span.start }, end: { gt: span.start } },
      orderBy: { ordinal: "desc" },
      select: { id: true },
    });
    const quote = quoteOf(report.text, span);
    const row = await tx.commitment.create({
      data: {
        reportId: report.id,
        sectionId: section?.id ?? null,
        jurisdictionId: report.jurisdictionId,
        year: report.planYear ?? report.year,
        ordinal: 0,
        quote,
        quoteStart: span.start,
        quoteEnd: span.end,
        paragraph: paragraphOfClause(report.text, { ...span, quote }),
        ...args.fields,
        entities: "[]",
        dueDate: defaultDueDate(args.fields.deadline),
        reviewState: "proposed",
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: args.actor,
      entity: "commitment",
      entityId: row.id,
      action: "add",
      jurisdictionId: report.jurisdictionId,
      after: fieldsForAudit({ ...args.fields, quote }),
    });
    return row.id;
  });
}
