// Department updates: submitted by the lead department's staff, published or returned by the supervision office.
import { decideStatus } from "~/domain/progress/status-rules";
import type { Status } from "~/domain/vocab";
import { Prisma } from "../../generated/prisma/client";
import { db, type Tx } from "~/utils/db.server";
import type { StoredFile } from "~/utils/uploads.server";
import { recordAudit, type AuditActor } from "~/models/audit.server";
import { ruleOnStatus, writeCommitment } from "~/models/commitment-write.server";
import { notify, notifyFollowers, type NotificationInput } from "~/models/notification.server";
import { AppError } from "~/utils/app-error";
import { evidenceFields } from "~/models/evidence.server";
import type { UpdateReport } from "~/models/update-fields";

export interface UpdateInput {
  status: Status;
  progress?: number | null;
  actualValue?: number | null;
  actualUnit?: string | null;
  note?: string | null;
  links: { title: string; url: string }[];
  files: StoredFile[];
}

const updateSelect = {
  id: true,
  commitmentId: true,
  status: true,
  progress: true,
  actualValue: true,
  actualUnit: true,
  note: true,
  state: true,
  returnReason: true,
  reviewedAt: true,
  createdAt: true,
  author: { select: { id: true, name: true, department: { select: { name: true } } } },
  reviewer: { select: { name: true } },
  evidence: { select: evidenceFields, orderBy: { id: "asc" } },
} as const;

async function supervisorsOf(tx: Tx, jurisdictionId: number): Promise<number[]> {
  const rows = await tx.user.findMany({
    where: { jurisdictionId, role: "supervisor", disabledAt: null },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/** Where a supervisor verifies one update; also how its "待核验" notices are found again. */
const verifyLink = (updateId: number) => `/ledger/verify#update-${updateId}`;

/** Once an update is verified or returned, its "待核验" notices are done with, for every supervisor. */
async function settleSubmittedNotices(tx: Tx, updateId: number, now: Date) {
  await tx.notification.updateMany({
    where: { kind: "update.submitted", link: verifyLink(updateId), readAt: null },
    data: { readAt: now },
  });
}

/** Creates one submitted update (inside the caller's transaction), after the status rules for staff. */
export async function createUpdate(
  tx: Tx,
  args: { commitmentId: number; input: UpdateInput; actor: AuditActor & { id: number } },
) {
  const found = await tx.commitment.findUnique({
    where: { id: args.commitmentId },
    select: { id: true, jurisdictionId: true, reviewState: true, status: true, progress: true, metric: true },
  });
  const { input } = args;
  const { item: commitment, decision } = ruleOnStatus(found, {
    actor: "staff",
    to: input.status,
    progress: input.progress,
    reason: input.note,
  });
  if (!decision.ok)
    throw new AppError(decision.error, { status: 422, field: decision.field === "reason" ? "note" : decision.field });
  const update = await tx.statusUpdate.create({
    data: {
      commitmentId: commitment.id,
      authorId: args.actor.id,
      status: decision.status,
      progress: decision.progress,
      actualValue: input.actualValue ?? null,
      actualUnit: input.actualUnit ?? null,
      note: input.note ?? null,
      evidence: {
        create: [
          ...input.links.map((l) => ({ kind: "link", title: l.title, url: l.url })),
          ...input.files.map((f) => ({
            kind: "file",
            title: f.fileName,
            sha256: f.sha256,
            mimeType: f.mimeType,
            size: f.size,
            fileName: f.fileName,
          })),
        ],
      },
    },
    select: { id: true, state: true },
  });
  await recordAudit(tx, {
    actor: args.actor,
    entity: "update",
    entityId: update.id,
    action: "submit",
    jurisdictionId: commitment.jurisdictionId,
    after: {
      commitmentId: commitment.id,
      status: decision.status,
      progress: decision.progress,
      actualValue: input.actualValue ?? null,
      actualUnit: input.actualUnit ?? null,
      note: input.note ?? null,
      evidence: [...input.links, ...input.files.map((f) => ({ title: f.fileName, sha256: f.sha256 }))],
    },
  });
  await notify(tx, await supervisorsOf(tx, commitment.jurisdictionId), {
    kind: "update.submitted",
    title: { key: "ledger.notice.toVerify", vars: { metric: commitment.metric } },
    link: verifyLink(update.id),
  });
  return update;
}

export async function submitUpdate(args: {
  commitmentId: number;
  input: UpdateInput;
  actor: AuditActor & { id: number };
}) {
  return db.$transaction((tx) => createUpdate(tx, args));
}

/** Several items at once (a department's monthly round): all submitted, or none when one is refused. */
export async function submitBulkUpdates(args: {
  rows: { commitmentId: number; input: UpdateInput }[];
  actor: AuditActor & { id: number };
  /** Checked per row inside the transaction: may this user report on this item? */
  mayUpdate: (commitmentId: number, tx: Tx) => Promise<boolean>;
}) {
  return db.$transaction(async (tx) => {
    const created: number[] = [];
    for (const row of args.rows) {
      if (!(await args.mayUpdate(row.commitmentId, tx))) throw new AppError("ledger.bulk.notLead", { status: 403 });
      try {
        created.push(
          (await createUpdate(tx, { commitmentId: row.commitmentId, input: row.input, actor: args.actor })).id,
        );
      } catch (error) {
        // The row's refusal, with the row it is about.
        if (error instanceof AppError)
          throw new AppError(error.code, { ...error.options(), details: { commitmentId: row.commitmentId } });
        throw error;
      }
    }
    return created;
  });
}

/** Publish (the values go onto the item, publicly) or return with a reason (never public). */
export async function reviewUpdate(args: {
  updateId: number;
  decision: "publish" | "return";
  reason?: string | null;
  actor: AuditActor & { id: number };
}) {
  return db.$transaction(async (tx) => {
    const update = await tx.statusUpdate.findUnique({
      where: { id: args.updateId },
      select: {
        id: true,
        state: true,
        status: true,
        progress: true,
        actualValue: true,
        actualUnit: true,
        note: true,
        authorId: true,
        createdAt: true,
        evidence: { select: { title: true, url: true, sha256: true, kind: true } },
        commitment: {
          select: {
            id: true,
            jurisdictionId: true,
            status: true,
            progress: true,
            actualValue: true,
            actualUnit: true,
            statusReason: true,
            metric: true,
          },
        },
      },
    });
    if (!update) throw new AppError("ledger.notFound", { status: 404 });
    if (update.state !== "submitted")
      throw new AppError("ledger.verify.alreadyReviewed", { status: 409, field: "decision" });
    const { commitment } = update;
    const now = new Date();
    await settleSubmittedNotices(tx, update.id, now);

    if (args.decision === "return") {
      if (!args.reason?.trim()) throw new AppError("ledger.verify.reasonRequired", { status: 422, field: "reason" });
      await tx.statusUpdate.update({
        where: { id: update.id },
        data: { state: "returned", reviewerId: args.actor.id, reviewedAt: now, returnReason: args.reason },
      });
      await recordAudit(tx, {
        actor: args.actor,
        entity: "update",
        entityId: update.id,
        action: "return",
        jurisdictionId: commitment.jurisdictionId,
        before: { state: "submitted" },
        after: { state: "returned", commitmentId: commitment.id },
        reason: args.reason,
      });
      await notify(tx, [update.authorId], {
        kind: "update.returned",
        title: { key: "ledger.notice.returned", vars: { metric: commitment.metric } },
        body: args.reason,
        link: `/ledger/c/${commitment.id}`,
      });
      return { id: update.id, state: "returned" as const };
    }

    await tx.statusUpdate.update({
      where: { id: update.id },
      data: { state: "published", reviewerId: args.actor.id, reviewedAt: now, returnReason: null },
    });
    // An update written before one already published is published as the record it is, but does not
    // move the item back (80 % would become 60 % again).
    const newer = await tx.statusUpdate.findFirst({
      where: {
        commitmentId: commitment.id,
        state: "published",
        id: { not: update.id },
        OR: [{ createdAt: { gt: update.createdAt } }, { createdAt: update.createdAt, id: { gt: update.id } }],
      },
      select: { id: true },
    });
    const decision = newer ? null : await applyToItem(tx, update, commitment, args.actor);
    await recordAudit(tx, {
      actor: args.actor,
      entity: "update",
      entityId: update.id,
      action: "publish",
      jurisdictionId: commitment.jurisdictionId,
      before: { state: "submitted" },
      after: {
        state: "published",
        commitmentId: commitment.id,
        status: decision?.status ?? update.status,
        progress: decision?.progress ?? update.progress,
        actualValue: update.actualValue,
        actualUnit: update.actualUnit,
        note: update.note,
        evidence: update.evidence.map((e) =>
          e.kind === "link" ? { title: e.title, url: e.url } : { title: e.title, sha256: e.sha256 },
        ),
        ...(newer ? { supersededBy: newer.id } : {}),
      },
      public: true,
    });
    const message: NotificationInput = {
      kind: "update.published",
      title: { key: "ledger.notice.published", vars: { metric: commitment.metric } },
      body: update.note ?? "",
      link: `/c/${commitment.id}`,
    };
    // Followers hear of progress on an item they follow; the department that wrote it, that its own
    // update is now public (the author is not "following" it, even when they follow the item).
    await notifyFollowers(tx, commitment.id, message, args.actor.id, [update.authorId]);
    await notify(
      tx,
      [update.authorId].filter((id) => id !== args.actor.id),
      {
        ...message,
        kind: "update.own_published",
        title: { key: "ledger.notice.ownPublished", vars: { metric: commitment.metric } },
        link: `/ledger/c/${commitment.id}`,
      },
    );
    return { id: update.id, state: "published" as const };
  });
}

type PublishedUpdate = UpdateReport & { id: number };
type ItemState = {
  id: number;
  jurisdictionId: number;
  status: string;
  progress: number;
  actualValue: number | null;
  actualUnit: string | null;
  statusReason: string | null;
};

/** Puts a published update's status and progress on its item, under the status rules. */
async function applyToItem(tx: Tx, update: PublishedUpdate, commitment: ItemState, actor: AuditActor) {
  // The status the department proposed must still be allowed from where the item is now.
  const decision = decideStatus({
    actor: "staff",
    from: commitment.status as Status,
    to: update.status as Status,
    progress: update.progress,
    currentProgress: commitment.progress,
    reason: update.note,
  });
  if (!decision.ok) throw new AppError(decision.error, { status: 409, field: "decision" });
  const before = {
    status: commitment.status,
    progress: commitment.progress,
    actualValue: commitment.actualValue,
    actualUnit: commitment.actualUnit,
    statusReason: commitment.statusReason,
  };
  const after = {
    status: decision.status,
    progress: decision.progress,
    actualValue: update.actualValue ?? commitment.actualValue,
    actualUnit: update.actualValue !== null ? update.actualUnit : commitment.actualUnit,
    statusReason: decision.status === "changed" ? update.note : null,
  };
  await writeCommitment(tx, {
    id: commitment.id,
    version: null,
    data: after,
    before,
    after,
    actor,
    action: "progress",
    reason: `update #${update.id}`,
    jurisdictionId: commitment.jurisdictionId,
    published: true,
  });
  return decision;
}

// ——— Reading ———

type EvidenceRow = Prisma.EvidenceGetPayload<{ select: typeof evidenceFields }>;

/** An update as the ledger item page shows it: its author (and their department), reviewer and evidence. */
export type UpdateRow = Prisma.StatusUpdateGetPayload<{ select: typeof updateSelect }>;

type UpdateSqlRow = Omit<UpdateRow, "author" | "reviewer" | "evidence"> & {
  authorId: number;
  authorName: string;
  authorDepartmentName: string | null;
  reviewerName: string | null;
};

/**
 * An item's updates, newest first: two raw statements (the item page reads them at every request; the
 * nested Prisma read was five statements, each through Prisma's query compiler).
 */
export async function updatesOf(commitmentId: number): Promise<UpdateRow[]> {
  const rows = await db.$queryRaw<UpdateSqlRow[]>(Prisma.sql`SELECT s."id", s."commitmentId", s."status",
      s."progress", s."actualValue", s."actualUnit", s."note", s."state", s."returnReason", s."reviewedAt",
      s."createdAt", a."id" AS "authorId", a."name" AS "authorName", d."name" AS "authorDepartmentName",
      r."name" AS "reviewerName"
    FROM "StatusUpdate" s JOIN "User" a ON a."id" = s."authorId"
    LEFT JOIN "Department" d ON d."id" = a."departmentId" LEFT JOIN "User" r ON r."id" = s."reviewerId"
    WHERE s."commitmentId" = ${commitmentId} ORDER BY s."createdAt" DESC, s."id" DESC LIMIT 200`);
  const evidence = rows.length
    ? await db.$queryRaw<(EvidenceRow & { updateId: number })[]>(Prisma.sql`SELECT "id", "kind", "title", "url",
          "sha256", "mimeType", "fileName", "size", "updateId"
        FROM "Evidence" WHERE "updateId" IN (${Prisma.join(rows.map((r) => r.id))}) ORDER BY "id"`)
    : [];
  return rows.map(({ authorId, authorName, authorDepartmentName, reviewerName, ...row }) => ({
    ...row,
    author: {
      id: authorId,
      name: authorName,
      department: authorDepartmentName === null ? null : { name: authorDepartmentName },
    },
    reviewer: reviewerName === null ? null : { name: reviewerName },
    evidence: evidence.filter((e) => e.updateId === row.id).map(({ updateId: _updateId, ...e }) => e),
  }));
}

/** The verification queue of a jurisdiction: submitted updates, oldest first. */
export async function pendingUpdates(jurisdictionId: number) {
  return db.statusUpdate.findMany({
    where: { state: "submitted", commitment: { jurisdictionId } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      ...updateSelect,
      commitment: {
        select: {
          id: true,
          metric: true,
          status: true,
          progress: true,
          dueDate: true,
          target: true,
          unit: true,
          comparator: true,
          growth: true,
          leadDepartment: { select: { name: true } },
        },
      },
    },
    take: 500,
  });
}

export async function updateScope(updateId: number) {
  return db.statusUpdate.findUnique({
    where: { id: updateId },
    select: { id: true, commitmentId: true, commitment: { select: { jurisdictionId: true } } },
  });
}

/**
 * What a new update form starts from: the last update of the item (returned ones included, so a
 * department fixes rather than retypes), otherwise the item's published values.
 */
export function prefillFrom(
  item: { status: Status; progress: number; actualValue: number | null; actualUnit: string | null },
  latest: UpdateRow | undefined,
) {
  const source = latest && latest.state !== "published" ? latest : null;
  return {
    status: (source?.status ?? item.status) as Status,
    progress: source?.progress ?? item.progress,
    actualValue: source ? source.actualValue : item.actualValue,
    actualUnit: (source ? source.actualUnit : item.actualUnit) ?? "",
    note: source?.state === "returned" ? (source.note ?? "") : "",
    links:
      source?.state === "returned"
        ? source.evidence.filter((e) => e.kind === "link" && e.url).map((e) => ({ title: e.title, url: e.url! }))
        : [],
  };
}
