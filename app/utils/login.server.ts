// Checking a password login, throttled per account and per client address.
// Unknown emails cost the same time as wrong passwords.
import { clearFailures, limitState, recordFailure, type Limit } from "~/models/rate-limit.server";
import { findUserForLogin } from "~/models/user.server";
import { hashPassword, verifyPassword } from "~/utils/auth.server";

export type LoginOutcome = { ok: true; userId: number } | { ok: false; status: 400 | 429; retryAfter?: number };

/**
 * 5 wrong passwords for one account from one address lock that pair for 15 minutes: the owner, from
 * elsewhere, can still sign in. 30 from one address lock the address; 100 for one account from
 * anywhere (a spread-out guessing attack) lock the account.
 */
export const PAIR_LIMIT: Limit = { max: 5, windowMs: 15 * 60 * 1000 };
export const ADDRESS_LIMIT: Limit = { max: 30, windowMs: 15 * 60 * 1000 };
export const ACCOUNT_LIMIT: Limit = { max: 100, windowMs: 15 * 60 * 1000 };

let dummyHash: Promise<string> | undefined;

export async function authenticate(email: string, password: string, clientAddress: string): Promise<LoginOutcome> {
  const account = email.trim().toLowerCase();
  const limits: [string, Limit][] = [
    [`login:pair:${clientAddress}:${account}`, PAIR_LIMIT],
    [`login:address:${clientAddress}`, ADDRESS_LIMIT],
    [`login:account:${account}`, ACCOUNT_LIMIT],
  ];
  const states = await Promise.all(limits.map(([key, limit]) => limitState(key, limit)));
  if (states.some((s) => s.blocked)) {
    return { ok: false, status: 429, retryAfter: Math.max(...states.map((s) => s.retryAfterSeconds)) };
  }
  const user = await findUserForLogin(email);
  const valid = user && !user.disabledAt ? await verifyPassword(user.passwordHash, password) : await burnTime(password);
  if (!valid || !user) {
    for (const [key, limit] of limits) await recordFailure(key, limit);
    return { ok: false, status: 400 };
  }
  await clearFailures(limits[0]![0]);
  return { ok: true, userId: user.id };
}

async function burnTime(password: string): Promise<false> {
  dummyHash ??= hashPassword("not-a-real-password");
  await verifyPassword(await dummyHash, password);
  return false;
}
