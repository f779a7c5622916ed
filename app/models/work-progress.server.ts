// Where a long piece of work stands (an import in the worker thread), for the page that waits on it.
// Kept in this process's memory for a short while; the page names its job with an id from its loader.
import type { ImportPhase } from "~/models/report-import.server";

export type WorkPhase = "queued" | ImportPhase;

const KEEP_MS = 10 * 60_000;
const jobs = new Map<string, { userId: number; phase: WorkPhase; at: number }>();

export const isJobId = (value: unknown): value is string => typeof value === "string" && /^[0-9a-f-]{36}$/.test(value);

/** Starts tracking a job; returns the function that records its next phase. */
export function trackWork(job: unknown, userId: number): (phase: WorkPhase) => void {
  const now = Date.now();
  for (const [id, entry] of jobs) if (now - entry.at > KEEP_MS) jobs.delete(id);
  if (!isJobId(job)) return () => {};
  jobs.set(job, { userId, phase: "queued", at: now });
  return (phase) => jobs.set(job, { userId, phase, at: Date.now() });
}

export function endWork(job: unknown) {
  if (isJobId(job)) jobs.delete(job);
}

/** The phase of a job this user started, or null (unknown, finished, or someone else's). */
export function workPhase(job: unknown, userId: number): WorkPhase | null {
  const entry = isJobId(job) ? jobs.get(job) : undefined;
  return entry && entry.userId === userId ? entry.phase : null;
}
