// Notification text as message keys with variables, stored as JSON on the notification and translated
// when it is shown (inbox, email) in the reader's language. Rows without a message show their text.
import { z } from "zod";
import { isMessageKey, type MessageKey, type Translate, type Vars } from "~/i18n";

export interface NoticeText {
  key: MessageKey;
  vars?: Vars;
}

export interface NoticeMessage {
  title: NoticeText;
  body?: NoticeText[];
}

const noticeTextSchema = z.object({
  key: z.string().refine(isMessageKey),
  vars: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
const noticeMessageSchema = z.object({ title: noticeTextSchema, body: z.array(noticeTextSchema).max(200).optional() });

function parseMessage(json: string | null): NoticeMessage | null {
  if (!json) return null;
  try {
    const parsed = noticeMessageSchema.safeParse(JSON.parse(json));
    return parsed.success ? (parsed.data as NoticeMessage) : null;
  } catch {
    return null;
  }
}

export const renderNoticeText = (t: Translate, text: NoticeText) => t(text.key, text.vars);
export const renderNoticeBody = (t: Translate, lines: readonly NoticeText[]) =>
  lines.map((line) => renderNoticeText(t, line)).join("\n");

/** The title and body of a stored notification in the reader's language (its stored text when it has no message). */
export function notificationText(
  t: Translate,
  row: { title: string; body: string; message: string | null },
): { title: string; body: string } {
  const message = parseMessage(row.message);
  if (!message) return { title: row.title, body: row.body };
  return {
    title: renderNoticeText(t, message.title),
    body: message.body ? renderNoticeBody(t, message.body) : row.body,
  };
}

/** The stored message of a notification, for pages that mark its data; null for rows stored as text. */
export function notificationMessage(row: { message: string | null }): NoticeMessage | null {
  return parseMessage(row.message);
}
