// Fixed-window failure counters in the database (shared by every server process).
import { db } from "~/utils/db.server";

export interface Limit {
  max: number;
  windowMs: number;
}

export interface LimitState {
  blocked: boolean;
  retryAfterSeconds: number;
}

const windowSelect = { count: true, resetAt: true } as const;

export async function limitState(key: string, limit: Limit, now = new Date()): Promise<LimitState> {
  const row = await db.rateLimit.findUnique({ where: { key }, select: windowSelect });
  if (!row || row.resetAt <= now || row.count < limit.max) return { blocked: false, retryAfterSeconds: 0 };
  return { blocked: true, retryAfterSeconds: Math.max(1, Math.ceil((row.resetAt.getTime() - now.getTime()) / 1000)) };
}

/** Counts one failure; a new window starts when the previous one has run out. */
export async function recordFailure(key: string, limit: Limit, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    const row = await tx.rateLimit.findUnique({ where: { key }, select: windowSelect });
    if (!row || row.resetAt <= now) {
      const resetAt = new Date(now.getTime() + limit.windowMs);
      await tx.rateLimit.upsert({ where: { key }, create: { key, count: 1, resetAt }, update: { count: 1, resetAt } });
    } else {
      await tx.rateLimit.update({ where: { key }, data: { count: { increment: 1 } } });
    }
  });
}

export async function clearFailures(key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}
