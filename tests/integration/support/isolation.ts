// The database project's files share worker processes, one file after another (vitest.config.ts). Each
// must still start as if it had a process of its own: its own database, fresh app modules, the starting
// environment. Two files run this check, each leaving all three dirty for whichever comes after it.
import { expect, it } from "vitest";
import * as versionModule from "~/models/public/version.server";
import { recordAudit, SYSTEM_ACTOR } from "~/models/audit.server";
import * as dbModule from "~/utils/db.server";

declare global {
  var __taizhangIsolationProbe: { file: string; modules: object[] } | undefined;
}

export function checkIsolation(file: string) {
  it("starts on its own database, with fresh app modules and the starting environment", async () => {
    const before = globalThis.__taizhangIsolationProbe;
    if (before) {
      // The other file ran before this one in this process: nothing it left may be seen here.
      expect(before.modules).not.toContain(dbModule);
      expect(before.modules).not.toContain(versionModule);
    }
    expect(process.env.TAIZHANG_ISOLATION_PROBE).toBeUndefined();
    expect(await dbModule.db.auditEvent.count({ where: { entity: "isolation-probe" } })).toBe(0);

    process.env.TAIZHANG_ISOLATION_PROBE = file;
    await dbModule.db.$transaction((tx) =>
      recordAudit(tx, { actor: SYSTEM_ACTOR, entity: "isolation-probe", entityId: 1, action: "create" }),
    );
    globalThis.__taizhangIsolationProbe = { file, modules: [dbModule, versionModule] };
  });
}
