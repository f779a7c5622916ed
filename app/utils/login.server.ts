// Checking a password login. Unknown emails cost the same time as wrong passwords.
import { findUserForLogin } from "../models/user.server";
import { hashPassword, verifyPassword } from "./auth.server";

export type LoginOutcome = { ok: true; userId: number } | { ok: false; status: 400 | 429; retryAfter?: number };

let dummyHash: Promise<string> | undefined;

export async function authenticate(_request: Request, email: string, password: string): Promise<LoginOutcome> {
  const user = await findUserForLogin(email);
  if (!user || user.disabledAt) {
    dummyHash ??= hashPassword("not-a-real-password");
    await verifyPassword(await dummyHash, password);
    return { ok: false, status: 400 };
  }
  if (!(await verifyPassword(user.passwordHash, password))) return { ok: false, status: 400 };
  return { ok: true, userId: user.id };
}
