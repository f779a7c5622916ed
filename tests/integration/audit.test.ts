import { describe, expect, it } from "vitest";
import { recordAudit, SYSTEM_ACTOR } from "~/models/audit.server";
import { db } from "~/utils/db.server";
import { onPostgres } from "./support/database";

describe("audit trail", () => {
  it("is append-only: updates and deletes are refused by the database", async () => {
    await db.$transaction((tx) =>
      recordAudit(tx, { actor: SYSTEM_ACTOR, entity: "test", entityId: 1, action: "create", after: { a: 1 } }),
    );
    const row = await db.auditEvent.findFirstOrThrow({ where: { entity: "test" } });
    expect(row.after).toBe('{"a":1}');
    await expect(db.auditEvent.update({ where: { id: row.id }, data: { action: "tampered" } })).rejects.toThrow();
    await expect(db.auditEvent.delete({ where: { id: row.id } })).rejects.toThrow();
    expect((await db.auditEvent.findUniqueOrThrow({ where: { id: row.id } })).action).toBe("create");
  });

  // SQLite's INSERT OR REPLACE deletes the old row without the delete trigger; PostgreSQL's way to
  // replace a row, INSERT … ON CONFLICT DO UPDATE, fires the update trigger.
  const replacing = onPostgres
    ? `INSERT INTO "AuditEvent" ("id", "actorLabel", "entity", "entityId", "action", "public", "createdAt")
       VALUES ($1, 'forger', 'test', 3, 'tampered', false, now())
       ON CONFLICT ("id") DO UPDATE SET "action" = EXCLUDED."action", "actorLabel" = EXCLUDED."actorLabel"`
    : `INSERT OR REPLACE INTO "AuditEvent" (id, actorLabel, entity, entityId, action, public, createdAt)
       VALUES (?, 'forger', 'test', 3, 'tampered', 0, 0)`;
  const fresh = onPostgres
    ? `INSERT INTO "AuditEvent" ("actorLabel", "entity", "entityId", "action", "public", "createdAt")
       VALUES ('cli', 'test', 4, 'create', false, now())`
    : `INSERT INTO "AuditEvent" (actorLabel, entity, entityId, action, public, createdAt) VALUES ('cli', 'test', 4, 'create', 0, 0)`;

  it("refuses a row that replaces an existing one (REPLACE deletes without the delete trigger)", async () => {
    await db.$transaction((tx) =>
      recordAudit(tx, { actor: SYSTEM_ACTOR, entity: "test", entityId: 3, action: "create", after: { a: 3 } }),
    );
    const row = await db.auditEvent.findFirstOrThrow({ where: { entity: "test", entityId: 3 } });
    await expect(db.$executeRawUnsafe(replacing, row.id)).rejects.toThrow(/append-only/);
    expect(await db.auditEvent.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      action: "create",
      actorLabel: row.actorLabel,
    });
    // New rows still go in.
    await db.$executeRawUnsafe(fresh);
    expect(await db.auditEvent.count({ where: { entity: "test", entityId: 4 } })).toBe(1);
  });

  it("rolls back with the write it belongs to", async () => {
    const before = await db.auditEvent.count();
    await expect(
      db.$transaction(async (tx) => {
        await recordAudit(tx, { actor: SYSTEM_ACTOR, entity: "test", entityId: 2, action: "create" });
        throw new Error("the write failed");
      }),
    ).rejects.toThrow("the write failed");
    expect(await db.auditEvent.count()).toBe(before);
  });
});
