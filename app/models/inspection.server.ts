// 视察/调研: a deputy's visit against one or more commitments, published under the deputy's name on entry.
import type { Assessment } from "~/domain/vocab";
import { db } from "~/utils/db.server";
import type { StoredFile } from "~/utils/uploads.server";
import { recordAudit } from "~/models/audit.server";
import { notifyDepartment, notifyFollowers } from "~/models/notification.server";

export interface NewInspection {
  actor: { id: number; name: string };
  jurisdictionId: number;
  commitments: readonly { id: number; metric: string; leadDepartmentId: number | null }[];
  visitedOn: Date;
  place: string;
  observation: string;
  assessment: Assessment;
  photos: readonly StoredFile[];
}

export async function createInspection(input: NewInspection): Promise<{ id: number }> {
  return db.$transaction(async (tx) => {
    const inspection = await tx.inspection.create({
      data: {
        jurisdictionId: input.jurisdictionId,
        deputyId: input.actor.id,
        visitedOn: input.visitedOn,
        place: input.place,
        observation: input.observation,
        assessment: input.assessment,
        commitments: { create: input.commitments.map((c) => ({ commitmentId: c.id })) },
        photos: {
          create: input.photos.map((photo) => ({
            kind: "file",
            title: photo.fileName,
            sha256: photo.sha256,
            mimeType: photo.mimeType,
            size: photo.size,
            fileName: photo.fileName,
          })),
        },
      },
      select: { id: true },
    });
    const summary = {
      deputy: input.actor.name,
      visitedOn: input.visitedOn.toISOString().slice(0, 10),
      place: input.place,
      assessment: input.assessment,
      commitmentIds: input.commitments.map((c) => c.id),
      photos: input.photos.length,
    };
    // Public: an item's history and feed include the events of the inspections linked to it.
    await recordAudit(tx, {
      actor: input.actor,
      entity: "inspection",
      entityId: inspection.id,
      action: "create",
      jurisdictionId: input.jurisdictionId,
      after: summary,
      public: true,
    });
    const link = `/inspections/${inspection.id}`;
    const body = input.observation.slice(0, 300);
    for (const c of input.commitments) {
      await notifyFollowers(tx, c.id, { kind: "inspection.new", title: c.metric, body, link }, input.actor.id);
    }
    const departments = new Map<number, string>();
    for (const c of input.commitments) if (c.leadDepartmentId) departments.set(c.leadDepartmentId, c.metric);
    for (const [departmentId, metric] of departments) {
      await notifyDepartment(tx, departmentId, { kind: "inspection.new", title: metric, body, link });
    }
    return inspection;
  });
}

/** Everything about an inspection that is public: never the deputy's email or account details. */
const publicInspectionSelect = {
  id: true,
  visitedOn: true,
  place: true,
  observation: true,
  assessment: true,
  createdAt: true,
  jurisdictionId: true,
  deputy: { select: { name: true } },
  photos: {
    where: { kind: "file" },
    select: { id: true, title: true, sha256: true, mimeType: true, fileName: true },
    orderBy: { id: "asc" },
  },
  commitments: {
    select: { commitment: { select: { id: true, metric: true, quote: true, reviewState: true } } },
    orderBy: { commitmentId: "asc" },
  },
} as const;

type CommitmentLink = { commitment: { id: number; metric: string; quote: string; reviewState: string } };

/** Only the published items of an inspection are shown. */
function onlyPublished<T extends { commitments: CommitmentLink[] }>(row: T) {
  const { commitments, ...rest } = row;
  return {
    ...(rest as Omit<T, "commitments">),
    commitments: commitments
      .map((c) => c.commitment)
      .filter((c) => c.reviewState === "accepted")
      .map(({ reviewState: _r, ...c }) => c),
  };
}

export async function findPublicInspection(id: number) {
  const row = await db.inspection.findUnique({
    where: { id },
    select: { ...publicInspectionSelect, jurisdiction: { select: { name: true, slug: true } } },
  });
  return row ? onlyPublished(row) : null;
}

/** The inspections of one commitment, newest visit first (for the public item page). */
export async function publicInspectionsForCommitment(commitmentId: number) {
  const rows = await db.inspection.findMany({
    where: { commitments: { some: { commitmentId } } },
    select: publicInspectionSelect,
    orderBy: [{ visitedOn: "desc" }, { id: "desc" }],
  });
  return rows.map(onlyPublished);
}

export async function inspectionsByDeputy(deputyId: number, take = 50) {
  const rows = await db.inspection.findMany({
    where: { deputyId },
    select: publicInspectionSelect,
    orderBy: [{ visitedOn: "desc" }, { id: "desc" }],
    take,
  });
  return rows.map(onlyPublished);
}
