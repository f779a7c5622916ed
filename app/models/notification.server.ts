// The in-app inbox. Notifications are written in the transaction of the change they announce;
// email delivery (when SMTP is configured) happens afterwards and never blocks the change.
import { DEFAULT_LOCALE, translator } from "~/i18n";
import { renderNoticeBody, renderNoticeText, type NoticeText } from "~/models/notification-message";
import type { Tx } from "~/utils/db.server";

/** Text of the app's own goes as message keys (translated for each reader); plain strings are shown as they are. */
/** What a notification says and where it leads, as the inbox and the mail both read it. */
export const notificationTextFields = {
  id: true,
  kind: true,
  title: true,
  body: true,
  message: true,
  link: true,
} as const;

export type NotificationInput = {
  kind: string; // e.g. "question.new", "question.answered", "question.overdue", "update.published"
  link?: string | null;
} & ({ title: string; body?: string } | { title: NoticeText; body?: string | NoticeText[] });

const MAX_BODY_LINES = 200;

/** The columns of a notification: the message as JSON, and its Chinese text as the stored fallback. */
function stored(input: NotificationInput): { title: string; body: string; message: string | null } {
  if (typeof input.title === "string") {
    const body = typeof input.body === "string" ? input.body : "";
    return { title: input.title.slice(0, 300), body: body.slice(0, 2000), message: null };
  }
  const zh = translator(DEFAULT_LOCALE);
  const lines = Array.isArray(input.body) ? input.body.slice(0, MAX_BODY_LINES) : null;
  const text = typeof input.body === "string" ? input.body : "";
  return {
    title: renderNoticeText(zh, input.title).slice(0, 300),
    body: (lines ? renderNoticeBody(zh, lines) : text).slice(0, 2000),
    message: JSON.stringify({ title: input.title, ...(lines ? { body: lines } : {}) }),
  };
}

export async function notify(tx: Tx, userIds: readonly number[], input: NotificationInput): Promise<void> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return;
  const columns = stored(input);
  await tx.notification.createMany({
    data: unique.map((userId) => ({ userId, kind: input.kind, ...columns, link: input.link ?? null })),
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
