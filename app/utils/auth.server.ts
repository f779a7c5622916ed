// Guards used by every loader and action: who is asking, and may they.
import { createHash, randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import { redirect } from "@remix-run/node";
import type { Role } from "~/domain/vocab";
import { db } from "~/utils/db.server";
import { can, type Actor, type Permission, type Scope } from "~/utils/permissions";
import { getSessionUserId } from "~/utils/session.server";
import { forbidden, httpError } from "~/utils/http.server";

export interface SessionUser extends Actor {
  email: string;
  name: string;
  jurisdictionSlug: string;
  jurisdictionName: string;
  departmentName: string | null;
}

const userSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  jurisdictionId: true,
  departmentId: true,
  disabledAt: true,
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
  const userId = await getSessionUserId(request);
  if (userId === null) return null;
  const row = await db.user.findUnique({ where: { id: userId }, select: userSelect });
  return row && !row.disabledAt ? toSessionUser(row) : null;
}

/** Pages: anonymous visitors go to /login and come back; API requests get 401 JSON. */
export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getUser(request);
  if (user) return user;
  const url = new URL(request.url);
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

/** A new personal API token; only its hash is stored, the token itself is shown once. */
export async function createApiToken(userId: number, label?: string): Promise<string> {
  const token = `tz_${randomBytes(24).toString("base64url")}`;
  await db.apiToken.create({ data: { userId, tokenHash: hashToken(token), label: label ?? null } });
  return token;
}

async function userForToken(token: string): Promise<SessionUser | null> {
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, revokedAt: true, user: { select: userSelect } },
  });
  if (!row || row.revokedAt || row.user.disabledAt) return null;
  await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  return toSessionUser(row.user);
}
