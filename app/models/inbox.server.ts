// A user's inbox: their notifications, newest first, and marking them read (personal state, not audited).
import { Prisma } from "../../generated/prisma/client";
import { db } from "~/utils/db.server";
import { notificationTextFields } from "~/models/notification.server";

export async function inbox(userId: number, options: { unreadOnly: boolean; take: number }) {
  const [items, unread] = await Promise.all([
    db.notification.findMany({
      where: { userId, ...(options.unreadOnly ? { readAt: null } : {}) },
      select: {
        ...notificationTextFields,
        readAt: true,
        createdAt: true,
      },
      orderBy: { id: "desc" },
      take: options.take,
    }),
    db.notification.count({ where: { userId, readAt: null } }),
  ]);
  return { items, unread };
}

/** The unread badge in the navigation. */
export async function unreadCount(userId: number): Promise<number> {
  // Raw: every signed-in page asks, and a Prisma count costs several times the statement.
  const rows = await db.$queryRaw<{ unread: bigint | number }[]>(
    Prisma.sql`SELECT COUNT(*) AS "unread" FROM "Notification" WHERE "userId" = ${userId} AND "readAt" IS NULL`,
  );
  return Number(rows[0]?.unread ?? 0);
}

/** Marks one (or every) notification of the user read; another user's ids match nothing. */
export async function markRead(userId: number, id: number | "all"): Promise<number> {
  const result = await db.notification.updateMany({
    where: { userId, readAt: null, ...(id === "all" ? {} : { id }) },
    data: { readAt: new Date() },
  });
  return result.count;
}
