// A user's own account: password, personal API tokens, email settings.
import type { Locale } from "~/i18n";
import { EMAIL_GROUPS, type EmailGroup } from "~/models/notification-kinds";
import { recordAudit } from "~/models/audit.server";
import { hashPassword, issueApiToken, tokenExpiry, verifyPassword } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { AppError } from "~/utils/app-error";

type Me = { id: number; name: string; jurisdictionId: number };

const audit = (me: Me) => ({
  actor: { id: me.id, name: me.name },
  entity: "user",
  entityId: me.id,
  jurisdictionId: me.jurisdictionId,
});

/** A new password after the current one; every other session of the user ends. */
export async function changePassword(args: { me: Me; current: string; next: string; keepSessionId: string | null }) {
  const row = await db.user.findUniqueOrThrow({ where: { id: args.me.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(row.passwordHash, args.current)))
    throw new AppError("account.password.wrongCurrent", { status: 400, field: "current" });
  if (args.current === args.next) throw new AppError("account.password.same", { status: 400, field: "next" });
  const passwordHash = await hashPassword(args.next);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: args.me.id }, data: { passwordHash, mustChangePassword: false } });
    const ended = await tx.session.deleteMany({
      where: { userId: args.me.id, ...(args.keepSessionId ? { id: { not: args.keepSessionId } } : {}) },
    });
    await recordAudit(tx, { ...audit(args.me), action: "password_change", after: { otherSessionsEnded: ended.count } });
  });
}

export async function listTokens(userId: number, now = new Date()) {
  const rows = await db.apiToken.findMany({
    where: { userId },
    orderBy: { id: "desc" },
    select: { id: true, label: true, createdAt: true, lastUsedAt: true, expiresAt: true, revokedAt: true },
    take: 100,
  });
  return rows.map((row) => {
    const expiresAt = tokenExpiry(row);
    const state: "active" | "expired" | "revoked" = row.revokedAt ? "revoked" : expiresAt <= now ? "expired" : "active";
    return { id: row.id, label: row.label, createdAt: row.createdAt, lastUsedAt: row.lastUsedAt, expiresAt, state };
  });
}

export async function createToken(args: { me: Me; label: string; days: number }) {
  return db.$transaction(async (tx) => {
    const issued = await issueApiToken(args.me.id, { label: args.label, days: args.days, client: tx });
    await recordAudit(tx, {
      ...audit(args.me),
      action: "token_create",
      after: { tokenId: issued.id, label: args.label, expiresAt: issued.expiresAt.toISOString() },
    });
    return issued;
  });
}

/** Revokes one of the user's own tokens; another user's id matches nothing (404). */
export async function revokeToken(args: { me: Me; tokenId: number }) {
  await db.$transaction(async (tx) => {
    const revoked = await tx.apiToken.updateMany({
      where: { id: args.tokenId, userId: args.me.id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (revoked.count === 0) throw new AppError("account.tokens.notFound", { status: 404, field: "tokenId" });
    await recordAudit(tx, { ...audit(args.me), action: "token_revoke", after: { tokenId: args.tokenId } });
  });
}

/** Which email groups are on (no row: on). */
export async function emailSettings(userId: number): Promise<Record<EmailGroup, boolean>> {
  const rows = await db.emailSetting.findMany({ where: { userId }, select: { group: true, email: true } });
  const off = new Set(rows.filter((r) => !r.email).map((r) => r.group));
  return Object.fromEntries(EMAIL_GROUPS.map((g) => [g, !off.has(g)])) as Record<EmailGroup, boolean>;
}

/** Personal preferences, like marking messages read: not audited. */
export async function saveEmailSettings(userId: number, on: readonly EmailGroup[]) {
  await db.$transaction(async (tx) => {
    for (const group of EMAIL_GROUPS) {
      const email = on.includes(group);
      await tx.emailSetting.upsert({
        where: { userId_group: { userId, group } },
        create: { userId, group, email },
        update: { email },
      });
    }
  });
}

/** The language emails are written in: the one the person last chose on the site. Not audited (a preference). */
export async function saveLocale(userId: number, locale: Locale) {
  await db.user.update({ where: { id: userId }, data: { locale } });
}
