// Guards used by every loader and action: who is asking, and may they.
import { createHash, randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import { redirect } from "@remix-run/node";
import type { Role } from "~/domain/vocab";
import { Prisma } from "../../generated/prisma/client";
import { oncePerRequest } from "../../scripts/lib/request-scope.mjs";
import { db, type Tx } from "~/utils/db.server";
import { can, type Actor, type Permission, type Scope } from "~/utils/permissions";
import { sessionIdOf, sessionLive } from "~/utils/session.server";
import { forbidden, httpError } from "~/utils/http.server";

export interface SessionUser extends Actor {
  email: string;
  name: string;
  jurisdictionSlug: string;
  jurisdictionName: string;
  departmentName: string | null;
  /** Invited or reset by an administrator: the pages ask for a new password first. */
  mustChangePassword: boolean;
  /** Unread notifications when the session was read (the page header shows them), if it was. */
  unread?: number;
}

/** An account's own columns: who, which role, where, and whether it may sign in as it is. */
export const accountFields = {
  id: true,
  email: true,
  name: true,
  role: true,
  jurisdictionId: true,
  departmentId: true,
  disabledAt: true,
  mustChangePassword: true,
} as const;

const userSelect = {
  ...accountFields,
  jurisdiction: { select: { slug: true, name: true } },
  department: { select: { name: true } },
} as const;

type UserRow = {
  id: number;
  email: string;
  name: string;
  role: string;
  jurisdictionId: number;
  departmentId: number | null;
  disabledAt: Date | null;
  mustChangePassword: boolean;
  jurisdiction: { slug: string; name: string };
  department: { name: string } | null;
};

function toSessionUser(row: UserRow): SessionUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    jurisdictionId: row.jurisdictionId,
    departmentId: row.departmentId,
    jurisdictionSlug: row.jurisdiction.slug,
    jurisdictionName: row.jurisdiction.name,
    departmentName: row.department?.name ?? null,
    mustChangePassword: row.mustChangePassword,
  };
}

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** The signed-in user (session cookie or `Authorization: Bearer` token), or null. */
export async function getUser(request: Request): Promise<SessionUser | null> {
  const authorization = request.headers.get("Authorization") ?? "";
  // A Bearer header is the whole credential: a malformed one ("Bearer a b") signs in no one, and
  // never falls back to the cookie (server.mjs exempts only well-formed ones from the CSRF check).
  if (/^Bearer\b/i.test(authorization)) {
    const bearer = /^Bearer +(\S+)$/i.exec(authorization)?.[1];
    return bearer ? userForToken(bearer) : null;
  }
  // The root loader and the page's both ask: one look-up per request.
  return oncePerRequest(`user:${request.headers.get("Cookie") ?? ""}`, async () => {
    const sessionId = await sessionIdOf(request);
    return sessionId === null ? null : sessionUser(sessionId);
  });
}

/**
 * One statement (every signed-in request runs it): the session, its user with their place's and
 * department's names, and their unread notifications.
 */
async function sessionUser(sessionId: string): Promise<SessionUser | null> {
  const rows = await db.$queryRaw<
    (Omit<UserRow, "jurisdiction" | "department" | "mustChangePassword"> & {
      expiresAt: Date;
      mustChangePassword: boolean | number;
      jurisdictionSlug: string;
      jurisdictionName: string;
      departmentName: string | null;
      unread: bigint | number;
    })[]
  >(Prisma.sql`SELECT s."expiresAt", u."id", u."email", u."name", u."role", u."jurisdictionId",
      u."departmentId", u."disabledAt", u."mustChangePassword", j."slug" AS "jurisdictionSlug",
      j."name" AS "jurisdictionName", d."name" AS "departmentName",
      (SELECT COUNT(*) FROM "Notification" n WHERE n."userId" = u."id" AND n."readAt" IS NULL) AS "unread"
    FROM "Session" s JOIN "User" u ON u."id" = s."userId"
    JOIN "Jurisdiction" j ON j."id" = u."jurisdictionId"
    LEFT JOIN "Department" d ON d."id" = u."departmentId"
    WHERE s."id" = ${sessionId}`);
  const row = rows[0];
  if (!row || !sessionLive(row.expiresAt) || row.disabledAt !== null) return null;
  return {
    ...toSessionUser({
      ...row,
      // SQLite answers 0/1 for a boolean column read through raw SQL.
      mustChangePassword: row.mustChangePassword === true || row.mustChangePassword === 1,
      jurisdiction: { slug: row.jurisdictionSlug, name: row.jurisdictionName },
      department: row.departmentName === null ? null : { name: row.departmentName },
    }),
    unread: Number(row.unread),
  };
}

const PASSWORD_PAGE = "/account";
const PASSWORD_PAGES = new Set([PASSWORD_PAGE, "/logout"]);

/** Pages: anonymous visitors go to /login and come back; API requests get 401 JSON. */
export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getUser(request);
  const url = new URL(request.url);
  if (user) {
    if (user.mustChangePassword && !url.pathname.startsWith("/api/") && !PASSWORD_PAGES.has(url.pathname))
      throw redirect(`${PASSWORD_PAGE}?required=1`);
    return user;
  }
  if (url.pathname.startsWith("/api/"))
    throw httpError(401, "http.authRequired", undefined, { "WWW-Authenticate": "Bearer" });
  throw redirect(`/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
}

export async function requireRole(request: Request, ...roles: Role[]): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!roles.includes(user.role)) throw forbidden("http.noAccess");
  return user;
}

export function requirePermission(user: SessionUser, permission: Permission, scope: Scope): void {
  if (!can(user, permission, scope)) throw forbidden();
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** How long a personal token lives (days): the choices offered, and the default. */
export const TOKEN_DAYS = [7, 30, 90, 365] as const;
export const DEFAULT_TOKEN_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

/** When a token stops working; tokens from before expiry existed get the default lifetime. */
export function tokenExpiry(token: { expiresAt: Date | null; createdAt: Date }): Date {
  return token.expiresAt ?? new Date(token.createdAt.getTime() + DEFAULT_TOKEN_DAYS * DAY_MS);
}

/** A new personal API token with the default lifetime (the CLI's `users token`, tests). */
export async function createApiToken(userId: number, label?: string): Promise<string> {
  return (await issueApiToken(userId, { label })).token;
}

/** A new personal API token; only its hash is stored, the token itself is shown once. */
export async function issueApiToken(
  userId: number,
  options: { label?: string | null; days?: number; client?: Tx } = {},
): Promise<{ id: number; token: string; expiresAt: Date }> {
  const token = `tz_${randomBytes(24).toString("base64url")}`;
  const expiresAt = new Date(Date.now() + (options.days ?? DEFAULT_TOKEN_DAYS) * DAY_MS);
  const row = await (options.client ?? db).apiToken.create({
    data: { userId, tokenHash: hashToken(token), label: options.label ?? null, expiresAt },
    select: { id: true },
  });
  return { id: row.id, token, expiresAt };
}

async function userForToken(token: string): Promise<SessionUser | null> {
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, revokedAt: true, expiresAt: true, createdAt: true, user: { select: userSelect } },
  });
  if (!row || row.revokedAt || row.user.disabledAt) return null;
  if (tokenExpiry(row).getTime() <= Date.now()) return null;
  await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  return toSessionUser(row.user);
}
