// A separate writer process for the concurrency test: increments one commitment's progress N times
// with optimistic concurrency (read version → conditional update → retry on conflict), and writes an
// audit row per increment in the same transaction.
import { recordAudit, SYSTEM_ACTOR } from "~/models/audit.server";
import { db } from "~/utils/db.server";

const [commitmentId, increments] = [Number(process.argv[2]), Number(process.argv[3])];
let conflicts = 0;

for (let i = 0; i < increments; i += 1) {
  for (;;) {
    const current = await db.commitment.findUniqueOrThrow({
      where: { id: commitmentId },
      select: { version: true, progress: true },
    });
    const done = await db.$transaction(async (tx) => {
      const { count } = await tx.commitment.updateMany({
        where: { id: commitmentId, version: current.version },
        data: { progress: current.progress + 1, version: current.version + 1 },
      });
      if (count === 0) return false;
      await recordAudit(tx, { actor: SYSTEM_ACTOR, entity: "commitment", entityId: commitmentId, action: "increment" });
      return true;
    });
    if (done) break;
    conflicts += 1;
  }
}
await db.$disconnect();
process.stdout.write(JSON.stringify({ conflicts }));
