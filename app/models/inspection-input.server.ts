// Checks shared by the inspection form and the API: the items exist, are published and in the deputy's
// jurisdiction, the visit is not in the future, and the photos are images.
import { chinaDate } from "~/domain/deputies/dates";
import { db } from "~/utils/db.server";
import { can, type Actor } from "~/utils/permissions";
import { storeUpload, type StoredFile } from "~/utils/uploads.server";
import { scopeOf } from "~/models/deputy.server";
import { MAX_PHOTOS } from "~/schemas/deputy";
import type { MessageKey } from "~/i18n";
import { AppError } from "~/utils/app-error";

export async function checkInspection(
  actor: Actor,
  input: { commitmentIds: readonly number[]; visitedOn: string },
  now: Date,
) {
  if (input.visitedOn > chinaDate(now)) throw new AppError("deputy.v.futureDate", { status: 400, field: "visitedOn" });
  const ids = [...new Set(input.commitmentIds)];
  const rows = await db.commitment.findMany({
    where: { id: { in: ids }, reviewState: "accepted" },
    select: {
      id: true,
      metric: true,
      jurisdictionId: true,
      leadDepartmentId: true,
      cooperating: { select: { departmentId: true } },
    },
  });
  if (rows.length !== ids.length)
    throw new AppError("deputy.error.noCommitment", { status: 404, field: "commitmentIds" });
  for (const row of rows) {
    if (!can(actor, "inspection.create", scopeOf(row)))
      throw new AppError("deputy.error.otherJurisdiction", { status: 403 });
  }
  return {
    commitments: rows.map((r) => ({ id: r.id, metric: r.metric, leadDepartmentId: r.leadDepartmentId })),
    visitedOn: new Date(`${input.visitedOn}T00:00:00Z`),
  };
}

const UPLOAD_KEYS: Partial<Record<MessageKey, MessageKey>> = {
  "ledger.upload.empty": "deputy.v.photoEmpty",
  "ledger.upload.too_large": "deputy.v.photoTooLarge",
  "ledger.upload.type_not_allowed": "deputy.v.photoType",
};

/** Stores the photos (images only); the first bad one refuses them all. */
export async function storePhotos(
  files: readonly { bytes: Uint8Array; name: string }[],
): Promise<{ stored: StoredFile[] } | { error: MessageKey }> {
  if (files.length > MAX_PHOTOS) return { error: "deputy.v.tooManyPhotos" };
  const stored: StoredFile[] = [];
  for (const file of files) {
    try {
      const saved = await storeUpload(file.bytes, file.name);
      if (!saved.mimeType.startsWith("image/")) return { error: "deputy.v.photoType" };
      stored.push(saved);
    } catch (error) {
      const key = error instanceof AppError ? UPLOAD_KEYS[error.code] : undefined;
      if (key) return { error: key };
      throw error;
    }
  }
  return { stored };
}
