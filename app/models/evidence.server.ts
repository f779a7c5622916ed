// Evidence files by content hash, with what the file route needs to decide who may see them.
import { db } from "~/utils/db.server";

/** An evidence file or link as a page lists it. */
export const evidenceFields = {
  id: true,
  kind: true,
  title: true,
  url: true,
  sha256: true,
  mimeType: true,
  fileName: true,
  size: true,
} as const;

export async function evidenceBySha256(sha256: string) {
  return db.evidence.findMany({
    where: { sha256 },
    select: {
      mimeType: true,
      fileName: true,
      inspectionId: true,
      update: {
        select: {
          state: true,
          commitment: {
            select: { jurisdictionId: true, leadDepartmentId: true, cooperating: { select: { departmentId: true } } },
          },
        },
      },
    },
    take: 20,
  });
}
