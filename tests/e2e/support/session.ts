// Signing in for a browser test without the login form: a Session row for the account, and the signed
// cookie the server would have set (the same secret, the same cookie), as the Epic Stack's fixture does.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { createCookie } from "@remix-run/node";
import type { BrowserContext } from "@playwright/test";
import type { TestAccount } from "./accounts";
import { e2eDataDir, sqliteTime, withDatabase } from "./database";

const COOKIE = "__taizhang_session";

export async function signInAs(context: BrowserContext, account: TestAccount, baseURL: string): Promise<void> {
  const id = randomBytes(24).toString("base64url");
  withDatabase((db) => {
    const user = db.prepare("SELECT id FROM User WHERE email = ?").get(account.email.toLowerCase()) as
      | { id: number }
      | undefined;
    if (!user) throw new Error(`no account ${account.email}`);
    const now = new Date();
    db.prepare("INSERT INTO Session (id, userId, expiresAt, createdAt) VALUES (?, ?, ?, ?)").run(
      id,
      user.id,
      sqliteTime(new Date(now.getTime() + 24 * 3600 * 1000)),
      sqliteTime(now),
    );
  });
  const secret = process.env.SESSION_SECRET ?? readFileSync(path.join(e2eDataDir(), ".session-secret"), "utf8").trim();
  const header = await createCookie(COOKIE, { secrets: [secret], path: "/" }).serialize(id);
  const value = header.slice(COOKIE.length + 1, header.indexOf(";"));
  await context.addCookies([{ name: COOKIE, value, url: baseURL, httpOnly: true, sameSite: "Lax" }]);
}
