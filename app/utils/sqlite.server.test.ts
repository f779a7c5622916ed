// The SQLite driver under failure. When a disk fills, SQLite ends the transaction itself (SQLITE_FULL
// rolls it back) and the COMMIT or ROLLBACK that Prisma then sends fails: the connection must still be
// freed for the next transaction. (The real disk-full case, on a small tmpfs, is in
// tests/integration/disk-full.test.ts.) Transactions also take the write lock at BEGIN and wait for
// it without blocking the event loop.
import { afterEach, describe, expect, it } from "vitest";
import { PrismaClient } from "../../generated/prisma/client";
import { sqliteAdapter } from "~/utils/sqlite.server";

const clients: PrismaClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.$disconnect()));
});

async function client() {
  const c = new PrismaClient({ adapter: sqliteAdapter(process.env.DATABASE_URL!) });
  clients.push(c);
  await c.rateLimit.deleteMany();
  return c;
}

/** Fails the test instead of hanging it: a wedged connection never settles the next transaction. */
function settles<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not settle: the connection is wedged`)), 10_000);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

const row = (key: string) => ({ data: { key, count: 1, resetAt: new Date() } });

describe("a transaction that SQLite ended underneath Prisma (what SQLITE_FULL does)", () => {
  it("frees the connection when the ROLLBACK that follows fails", async () => {
    const db = await client();
    const failing = db.$transaction(async (tx) => {
      await tx.rateLimit.create(row("lost"));
      await tx.$executeRawUnsafe("ROLLBACK");
      throw new Error("database or disk is full");
    });
    await expect(settles(failing, "the failing transaction")).rejects.toThrow(/full/);
    await settles(
      db.$transaction(async (tx) => tx.rateLimit.create(row("next"))),
      "the next transaction",
    );
    expect(await db.rateLimit.findMany({ select: { key: true } })).toEqual([{ key: "next" }]);
  });

  it("frees the connection when COMMIT fails, and says so", async () => {
    const db = await client();
    const failing = db.$transaction(async (tx) => {
      await tx.rateLimit.create(row("lost"));
      await tx.$executeRawUnsafe("ROLLBACK");
    });
    await expect(settles(failing, "the failing transaction")).rejects.toThrow();
    await settles(
      db.$transaction(async (tx) => tx.rateLimit.create(row("next"))),
      "the next transaction",
    );
    await settles(db.$transaction([db.rateLimit.create(row("batch"))]), "a batch transaction");
    expect(await db.rateLimit.count()).toBe(2);
  });

  it("rolls back a transaction left open on the connection before starting the next", async () => {
    const db = await client();
    await db.$executeRawUnsafe("BEGIN");
    await db.$executeRawUnsafe("INSERT INTO RateLimit (key, count, resetAt) VALUES ('stray', 1, 0)");
    await settles(
      db.$transaction(async (tx) => tx.rateLimit.create(row("next"))),
      "the next transaction",
    );
    expect(await db.rateLimit.findMany({ select: { key: true } })).toEqual([{ key: "next" }]);
  });
});

describe("a real SQLITE_FULL (page limit)", () => {
  it("fails the write and leaves the connection able to write again", async () => {
    const db = await client();
    const [{ page_count }] = await db.$queryRawUnsafe<{ page_count: bigint }[]>("PRAGMA page_count");
    await db.$queryRawUnsafe(`PRAGMA max_page_count = ${Number(page_count) + 5}`);
    const fill = db.$transaction(async (tx) => {
      await tx.auditEvent.create({
        data: { actorLabel: "test", entity: "test", entityId: 1, action: "fill", after: "满".repeat(50_000) },
      });
    });
    await expect(settles(fill, "the failing transaction")).rejects.toThrow(/full/i);
    await db.$queryRawUnsafe(`PRAGMA max_page_count = ${Number(page_count) + 10_000}`);
    await settles(
      db.$transaction(async (tx) => tx.rateLimit.create(row("after"))),
      "the next transaction",
    );
  });
});
