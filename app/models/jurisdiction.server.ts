// Jurisdictions (province → city → district) and their departments.
import type { JurisdictionLevel } from "~/domain/vocab";
import { Prisma } from "../../generated/prisma/client";
import { db, type Tx } from "~/utils/db.server";
import { memoCurrent } from "~/models/public/version.server";

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

/** Ids from the root down to the given jurisdiction, inclusive (for subtree permissions): one statement. */
export async function jurisdictionPath(id: number, client: Tx = db): Promise<number[]> {
  // Inside a transaction it is read there; otherwise it changes so rarely that it is kept until a write.
  if (client !== db) return readJurisdictionPath(id, client);
  return memoCurrent(`jurisdiction-path:${id}`, () => readJurisdictionPath(id, db));
}

async function readJurisdictionPath(id: number, client: Tx): Promise<number[]> {
  const rows = await client.$queryRaw<{ id: number }[]>(Prisma.sql`WITH RECURSIVE up("id", "parentId", "depth") AS (
      SELECT "id", "parentId", 0 FROM "Jurisdiction" WHERE "id" = ${id}
      UNION ALL
      SELECT j."id", j."parentId", up."depth" + 1 FROM "Jurisdiction" j JOIN up ON j."id" = up."parentId"
      WHERE up."depth" < 9)
    SELECT "id" FROM up ORDER BY "depth" DESC`);
  return rows.length ? rows.map((r) => Number(r.id)) : [id];
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

/** A place's departments by name (the ledger's pages need them at every request: kept until a write). */
export async function listDepartments(jurisdictionId: number): Promise<{ id: number; name: string }[]> {
  return memoCurrent(`departments:${jurisdictionId}`, () =>
    db.$queryRaw<{ id: number; name: string }[]>(
      Prisma.sql`SELECT "id", "name" FROM "Department" WHERE "jurisdictionId" = ${jurisdictionId} ORDER BY "name"`,
    ),
  );
}
