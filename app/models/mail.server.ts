// Email copies of inbox notifications, when SMTP_URL is set. Sent after the change has committed;
// a failed send is logged and retried later, and the notification stays in the inbox either way.
import nodemailer, { type Transporter } from "nodemailer";
import { isLocale, translator } from "~/i18n";
import { db } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { emailGroupOf, notificationLabel } from "~/models/notification-kinds";
import { logger } from "~/utils/logger.mjs";
import { notificationText } from "~/models/notification-message";
import { notificationTextFields } from "~/models/notification.server";

const RETRY_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

let cached: { url: string; transport: Transporter } | null = null;

function transport(): Transporter | null {
  const url = getEnv().SMTP_URL;
  if (!url) return null;
  if (cached?.url !== url) cached = { url, transport: nodemailer.createTransport(url) };
  return cached.transport;
}

function absolute(link: string | null): string | null {
  if (!link) return null;
  const base = getEnv().PUBLIC_URL;
  return base ? new URL(link, base).toString() : link;
}

/** Sends every notification of the last two days not yet emailed; each is claimed first, so two runs never send twice. */
export async function deliverPendingEmails(now = new Date()): Promise<{ sent: number; failed: number }> {
  const mailer = transport();
  if (!mailer) return { sent: 0, failed: 0 };
  const pending = await db.notification.findMany({
    where: {
      emailedAt: null,
      createdAt: { gte: new Date(now.getTime() - RETRY_WINDOW_MS) },
      user: { disabledAt: null },
    },
    select: {
      ...notificationTextFields,
      user: {
        select: {
          email: true,
          name: true,
          locale: true,
          emailSettings: { where: { email: false }, select: { group: true } },
        },
      },
    },
    orderBy: { id: "asc" },
    take: 200,
  });
  let sent = 0;
  let failed = 0;
  for (const n of pending) {
    const claimed = await db.notification.updateMany({
      where: { id: n.id, emailedAt: null },
      data: { emailedAt: now },
    });
    if (claimed.count === 0) continue;
    // Turned off on /account: claimed (so never retried) but not sent.
    if (n.user.emailSettings.some((s) => s.group === emailGroupOf(n.kind))) continue;
    const t = translator(isLocale(n.user.locale) ? n.user.locale : "zh");
    const label = t(notificationLabel(n.kind));
    const { title, body } = notificationText(t, n);
    const link = absolute(n.link);
    try {
      await mailer.sendMail({
        from: getEnv().MAIL_FROM,
        to: { name: n.user.name, address: n.user.email },
        subject: `[${t("app.name")}] ${label}: ${title}`.slice(0, 250),
        text: [title, body, link ? `${t("deputy.mail.open")} ${link}` : null, "", t("deputy.mail.footer")]
          .filter((line) => line !== null)
          .join("\n\n"),
      });
      sent += 1;
    } catch (error) {
      failed += 1;
      logger.warn({ err: error, notificationId: n.id }, "email failed");
      await db.notification.update({ where: { id: n.id }, data: { emailedAt: null } });
    }
  }
  return { sent, failed };
}

/** Call after a transaction that notified someone has committed; never delays or fails the request. */
export function sendEmailsSoon(): void {
  if (!getEnv().SMTP_URL) return;
  deliverPendingEmails().catch((error: unknown) => logger.error({ err: error }, "email delivery failed"));
}

let pump: ReturnType<typeof setInterval> | undefined;

/**
 * In the server process: deliver pending emails every few seconds, so notifications written by any
 * area (or by the CLI) reach people by email without each writer having to remember to send them.
 */
export function startEmailPump(intervalMs = 15_000): void {
  if (pump || !getEnv().SMTP_URL) return;
  pump = setInterval(sendEmailsSoon, intervalMs);
  pump.unref();
}
