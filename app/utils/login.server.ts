// Checking a password login, throttled per account and per client address.
// Unknown emails cost the same time as wrong passwords.
import { clearFailures, limitState, recordFailure, type Limit } from "~/models/rate-limit.server";
import { findUserForLogin } from "~/models/user.server";
import { hashPassword, verifyPassword } from "~/utils/auth.server";

export type LoginOutcome = { ok: true; userId: number } | { ok: false; status: 400 | 429; retryAfter?: number };

/** 5 wrong passwords for one account, or 30 from one address, lock for 15 minutes. */
export const ACCOUNT_LIMIT: Limit = { max: 5, windowMs: 15 * 60 * 1000 };
export const ADDRESS_LIMIT: Limit = { max: 30, windowMs: 15 * 60 * 1000 };

let dummyHash: Promise<string> | undefined;

export async function authenticate(email: string, password: string, clientAddress: string): Promise<LoginOutcome> {
  const accountKey = `login:account:${email.trim().toLowerCase()}`;
  const addressKey = `login:address:${clientAddress}`;
  const [account, address] = await Promise.all([
    limitState(accountKey, ACCOUNT_LIMIT),
    limitState(addressKey, ADDRESS_LIMIT),
  ]);
  if (account.blocked || address.blocked) {
    return { ok: false, status: 429, retryAfter: Math.max(account.retryAfterSeconds, address.retryAfterSeconds) };
  }
  const user = await findUserForLogin(email);
  const valid = user && !user.disabledAt ? await verifyPassword(user.passwordHash, password) : await burnTime(password);
  if (!valid || !user) {
    await recordFailure(accountKey, ACCOUNT_LIMIT);
    await recordFailure(addressKey, ADDRESS_LIMIT);
    return { ok: false, status: 400 };
  }
  await clearFailures(accountKey);
  return { ok: true, userId: user.id };
}

async function burnTime(password: string): Promise<false> {
  dummyHash ??= hashPassword("not-a-real-password");
  await verifyPassword(await dummyHash, password);
  return false;
}
