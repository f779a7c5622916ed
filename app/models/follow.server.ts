// Following an item: its updates, inspections, questions and answers arrive in the follower's inbox.
import { Prisma } from "../../generated/prisma/client";
import { db } from "~/utils/db.server";
import { auditSubject, recordAudit } from "~/models/audit.server";

export async function isFollowing(userId: number, commitmentId: number): Promise<boolean> {
  // Raw: the item page asks at every signed-in request.
  const rows = await db.$queryRaw<unknown[]>(
    Prisma.sql`SELECT 1 AS "x" FROM "Follow" WHERE "userId" = ${userId} AND "commitmentId" = ${commitmentId}`,
  );
  return rows.length > 0;
}

/** Idempotent: following twice, or unfollowing what one does not follow, changes nothing. */
export async function setFollowing(
  actor: { id: number; name: string },
  commitment: { id: number; jurisdictionId: number },
  follow: boolean,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const key = { userId_commitmentId: { userId: actor.id, commitmentId: commitment.id } };
    const existing = await tx.follow.findUnique({ where: key, select: { userId: true } });
    if (Boolean(existing) === follow) return;
    if (follow) await tx.follow.create({ data: { userId: actor.id, commitmentId: commitment.id } });
    else await tx.follow.delete({ where: key });
    await recordAudit(tx, {
      actor,
      ...auditSubject("commitment", commitment),
      action: follow ? "follow" : "unfollow",
    });
  });
}

export async function followedCommitments(userId: number) {
  const rows = await db.follow.findMany({
    where: { userId },
    select: { commitment: { select: { id: true, metric: true, status: true, progress: true } } },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  return rows.map((r) => r.commitment);
}
