// Status rules of a promise: which transitions exist, who may make them, what each needs (reason, progress).
import { STATUSES, type Status } from "~/domain/vocab";

/** Who proposes the status: department staff (through an update) or the supervision office (directly). */
export type StatusActor = "staff" | "supervisor";

/** From each status, the statuses it may move to (staying put, to report new progress, is always allowed). */
export const TRANSITIONS: Readonly<Record<Status, readonly Status[]>> = {
  not_started: ["in_progress", "done", "partial", "missed", "changed"],
  in_progress: ["not_started", "done", "partial", "missed", "changed"],
  done: ["in_progress", "partial", "missed", "changed", "verified"],
  verified: ["in_progress", "done", "partial", "missed", "changed"],
  partial: ["in_progress", "done", "missed", "changed"],
  missed: ["in_progress", "done", "partial", "changed"],
  changed: ["not_started", "in_progress", "done", "partial", "missed"],
};

/** Who may set each status. 销号 (verified) is the supervision office's alone. */
const SETTERS: Readonly<Record<Status, readonly StatusActor[]>> = {
  not_started: ["staff", "supervisor"],
  in_progress: ["staff", "supervisor"],
  done: ["staff", "supervisor"],
  verified: ["supervisor"],
  partial: ["staff", "supervisor"],
  missed: ["staff", "supervisor"],
  changed: ["staff", "supervisor"],
};

export type StatusRuleError =
  | "ledger.rule.notAllowed"
  | "ledger.rule.transition"
  | "ledger.rule.verifyNeedsDone"
  | "ledger.rule.reasonRequired"
  | "ledger.rule.crossedOff"
  | "ledger.rule.reopenReason"
  | "ledger.rule.progressRange"
  | "ledger.rule.notStartedProgress";

export interface StatusChange {
  actor: StatusActor;
  from: Status;
  to: Status;
  /** Progress proposed with the change; null/undefined keeps the current one. */
  progress?: number | null;
  currentProgress: number;
  reason?: string | null;
}

export type StatusDecision =
  | { ok: true; status: Status; progress: number }
  | { ok: false; error: StatusRuleError; field: "status" | "progress" | "reason" };

const hasText = (value: string | null | undefined) => typeof value === "string" && value.trim().length > 0;

/** Decides a proposed status change. Done and verified mean 100 %, not started 0 %. */
export function decideStatus(change: StatusChange): StatusDecision {
  const { actor, from, to } = change;
  if (from === "verified" && actor !== "supervisor")
    return { ok: false, error: "ledger.rule.crossedOff", field: "status" };
  if (!SETTERS[to].includes(actor)) return { ok: false, error: "ledger.rule.notAllowed", field: "status" };
  if (to === "verified" && from !== "done" && from !== "verified")
    return { ok: false, error: "ledger.rule.verifyNeedsDone", field: "status" };
  if (from !== to && !TRANSITIONS[from].includes(to))
    return { ok: false, error: "ledger.rule.transition", field: "status" };
  if (to === "changed" && !hasText(change.reason))
    return { ok: false, error: "ledger.rule.reasonRequired", field: "reason" };
  if (from === "verified" && to !== "verified" && !hasText(change.reason))
    return { ok: false, error: "ledger.rule.reopenReason", field: "reason" };
  const proposed = change.progress ?? change.currentProgress;
  if (!Number.isInteger(proposed) || proposed < 0 || proposed > 100)
    return { ok: false, error: "ledger.rule.progressRange", field: "progress" };
  // Progress reported on an item still "not started" is a contradiction to point out, not to drop.
  if (to === "not_started" && change.progress !== null && change.progress !== undefined && change.progress > 0)
    return { ok: false, error: "ledger.rule.notStartedProgress", field: "progress" };
  const progress = to === "done" || to === "verified" ? 100 : to === "not_started" ? 0 : proposed;
  return { ok: true, status: to, progress };
}

/** The statuses an actor may choose from, given the current one (for form menus). */
export function statusChoices(actor: StatusActor, from: Status): Status[] {
  return STATUSES.filter(
    (to) =>
      decideStatus({ actor, from, to, currentProgress: 0, reason: "x" }).ok ||
      // A menu still lists the current status so the form can show it.
      to === from,
  );
}
