// Sessions: a signed, httpOnly, SameSite=Lax cookie holding only the id of a row in Session.
import { randomBytes } from "node:crypto";
import { createCookie, createSessionStorage } from "@remix-run/node";
import { Prisma } from "../../generated/prisma/client";
import { db } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";

export const SESSION_TTL_MS = 1000 * 60 * 60 * 24 * 14;
const USER_KEY = "userId";

function sessionCookie() {
  return createCookie("__taizhang_session", {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: process.env.NODE_ENV === "production" && process.env.INSECURE_COOKIES !== "1",
    secrets: [getEnv().SESSION_SECRET],
    maxAge: SESSION_TTL_MS / 1000,
  });
}

let storage: ReturnType<typeof createStorage> | undefined;
let cookie: ReturnType<typeof sessionCookie> | undefined;

function createStorage() {
  cookie ??= sessionCookie();
  return createSessionStorage<{ [USER_KEY]: number }>({
    cookie,
    async createData(data, expires) {
      const userId = data[USER_KEY];
      if (typeof userId !== "number") throw new Error("A session needs a user");
      const id = randomBytes(24).toString("base64url");
      await db.session.create({
        data: { id, userId, expiresAt: expires ?? new Date(Date.now() + SESSION_TTL_MS) },
      });
      return id;
    },
    async readData(id) {
      // Every signed-in request reads it: one raw statement (Prisma's query compiler costs more than the read).
      const [row] = await db.$queryRaw<{ userId: number; expiresAt: Date }[]>(
        Prisma.sql`SELECT "userId", "expiresAt" FROM "Session" WHERE "id" = ${id}`,
      );
      if (!row || !sessionLive(row.expiresAt)) return null;
      return { [USER_KEY]: Number(row.userId) };
    },
    async updateData(id, data, expires) {
      const userId = data[USER_KEY];
      if (typeof userId !== "number") return;
      await db.session.updateMany({
        where: { id },
        data: { userId, expiresAt: expires ?? new Date(Date.now() + SESSION_TTL_MS) },
      });
    },
    async deleteData(id) {
      await db.session.deleteMany({ where: { id } });
    },
  });
}

export function sessionStorage() {
  storage ??= createStorage();
  return storage;
}

export async function getSession(request: Request) {
  return sessionStorage().getSession(request.headers.get("Cookie"));
}

/**
 * The id of the session the request's cookie names (its signature checked), without reading the
 * session: for a caller that reads it with more in one statement (getUser).
 */
export async function sessionIdOf(request: Request): Promise<string | null> {
  cookie ??= sessionCookie();
  const id: unknown = await cookie.parse(request.headers.get("Cookie"));
  return typeof id === "string" && id !== "" ? id : null;
}

/** Whether a session row read elsewhere is still valid. */
export function sessionLive(expiresAt: Date | string): boolean {
  return new Date(expiresAt).getTime() >= Date.now();
}

/** A fresh session id on every login (session fixation), the old one ended. */
export async function startSession(request: Request, userId: number): Promise<string> {
  const previous = await getSession(request);
  if (previous.id) await sessionStorage().destroySession(previous);
  const session = await sessionStorage().getSession();
  session.set(USER_KEY, userId);
  return sessionStorage().commitSession(session, { expires: new Date(Date.now() + SESSION_TTL_MS) });
}

/** Ends the session server-side, so a copied cookie stops working too. */
export async function endSession(request: Request): Promise<string> {
  return sessionStorage().destroySession(await getSession(request));
}
