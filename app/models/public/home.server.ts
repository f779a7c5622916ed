// The home page: every jurisdiction with its published reports, as a tree-ordered list.
import { db } from "~/utils/db.server";

export async function listJurisdictionsWithReports() {
  return db.jurisdiction.findMany({
    orderBy: [{ level: "asc" }, { slug: "asc" }],
    select: {
      id: true,
      slug: true,
      name: true,
      level: true,
      parentId: true,
      reports: {
        where: { state: "published" },
        orderBy: { year: "desc" },
        select: {
          id: true,
          year: true,
          title: true,
          _count: { select: { commitments: { where: { reviewState: "accepted" } } } },
        },
      },
    },
  });
}
