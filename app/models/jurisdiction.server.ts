// Jurisdictions (province → city → district) and their departments.
import type { JurisdictionLevel } from "~/domain/vocab";
import { db, type Tx } from "~/utils/db.server";

const jurisdictionSummarySelect = { id: true, slug: true, name: true, level: true, parentId: true } as const;

/** By slug first, then by exact name (张店区), then by name without its level suffix (张店). */
export async function findJurisdiction(slugOrName: string, client: Tx = db) {
  const key = slugOrName.trim();
  if (!key) return null;
  return (
    (await client.jurisdiction.findUnique({ where: { slug: key.toLowerCase() }, select: jurisdictionSummarySelect })) ??
    (await client.jurisdiction.findFirst({ where: { name: key }, select: jurisdictionSummarySelect })) ??
    (await client.jurisdiction.findFirst({
      where: { name: { in: ["区", "县", "市", "省"].map((suffix) => key + suffix) } },
      select: jurisdictionSummarySelect,
    }))
  );
}

/** Ids from the root down to the given jurisdiction, inclusive (for subtree permissions). */
export async function jurisdictionPath(id: number, client: Tx = db): Promise<number[]> {
  const path: number[] = [];
  let current: number | null = id;
  while (current !== null && path.length < 10) {
    path.unshift(current);
    const row: { parentId: number | null } | null = await client.jurisdiction.findUnique({
      where: { id: current },
      select: { parentId: true },
    });
    current = row?.parentId ?? null;
  }
  return path;
}

/** Every jurisdiction with its ids from the root down (as jurisdictionPath gives), in one query. */
export async function listJurisdictionPaths() {
  const all = await db.jurisdiction.findMany({ select: { id: true, slug: true, name: true, parentId: true } });
  const byId = new Map(all.map((j) => [j.id, j]));
  const pathOf = (id: number) => {
    const path: number[] = [];
    for (let j = byId.get(id); j && path.length < 10; j = j.parentId ? byId.get(j.parentId) : undefined)
      path.unshift(j.id);
    return path;
  };
  return all.map(({ id, slug, name }) => ({ id, slug, name, path: pathOf(id) }));
}

export async function ensureJurisdiction(
  tx: Tx,
  input: { slug: string; name: string; level: JurisdictionLevel; parentId: number | null },
) {
  return tx.jurisdiction.upsert({
    where: { slug: input.slug },
    update: {},
    create: input,
    select: jurisdictionSummarySelect,
  });
}

export async function ensureDepartment(tx: Tx, jurisdictionId: number, name: string) {
  return tx.department.upsert({
    where: { jurisdictionId_name: { jurisdictionId, name } },
    update: {},
    create: { jurisdictionId, name },
    select: { id: true, name: true, jurisdictionId: true },
  });
}

export async function listDepartments(jurisdictionId: number) {
  return db.department.findMany({
    where: { jurisdictionId },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
