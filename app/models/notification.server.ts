// The in-app inbox. Notifications are written in the transaction of the change they announce;
// email delivery (when SMTP is configured) happens afterwards and never blocks the change.
import type { Tx } from "~/utils/db.server";

export interface NotificationInput {
  kind: string; // e.g. "question.new", "question.answered", "question.overdue", "update.published"
  title: string;
  body?: string;
  link?: string | null;
}

export async function notify(tx: Tx, userIds: readonly number[], input: NotificationInput): Promise<void> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return;
  await tx.notification.createMany({
    data: unique.map((userId) => ({
      userId,
      kind: input.kind,
      title: input.title.slice(0, 300),
      body: (input.body ?? "").slice(0, 2000),
      link: input.link ?? null,
    })),
  });
}

/** Everyone following a commitment, except the person who made the change (and anyone told otherwise). */
export async function notifyFollowers(
  tx: Tx,
  commitmentId: number,
  input: NotificationInput,
  exceptUserId?: number | null,
  alsoExcept: readonly number[] = [],
): Promise<void> {
  const followers = await tx.follow.findMany({ where: { commitmentId }, select: { userId: true } });
  await notify(
    tx,
    followers.map((f) => f.userId).filter((id) => id !== exceptUserId && !alsoExcept.includes(id)),
    input,
  );
}

/** Staff of a department (e.g. a new question to answer). */
export async function notifyDepartment(
  tx: Tx,
  departmentId: number,
  input: NotificationInput,
  exceptUserId?: number | null,
): Promise<void> {
  const staff = await tx.user.findMany({
    where: { departmentId, role: "staff", disabledAt: null },
    select: { id: true },
  });
  await notify(
    tx,
    staff.map((u) => u.id).filter((id) => id !== exceptUserId),
    input,
  );
}
