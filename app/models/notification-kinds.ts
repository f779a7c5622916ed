// How each kind of notification is labelled in the inbox and in email subjects, and the group it
// belongs to for the email settings on /account.
import type { MessageKey } from "~/i18n";

export const EMAIL_GROUPS = ["questions", "updates", "tasks", "followed", "votes", "inspections"] as const;
export type EmailGroup = (typeof EMAIL_GROUPS)[number];

const KINDS: Record<string, { label: MessageKey; group: EmailGroup }> = {
  "question.new": { label: "deputy.kind.question.new", group: "questions" },
  "question.unrouted": { label: "deputy.kind.question.unrouted", group: "questions" },
  "question.answered": { label: "deputy.kind.question.answered", group: "questions" },
  "question.overdue": { label: "deputy.kind.question.overdue", group: "questions" },
  "question.rated_satisfied": { label: "deputy.kind.question.rated_satisfied", group: "questions" },
  "question.rated_unsatisfied": { label: "deputy.kind.question.rated_unsatisfied", group: "questions" },
  "inspection.new": { label: "deputy.kind.inspection.new", group: "inspections" },
  "followed.question": { label: "deputy.kind.followed.question", group: "followed" },
  "followed.answer": { label: "deputy.kind.followed.answer", group: "followed" },
  "followed.satisfaction": { label: "deputy.kind.followed.satisfaction", group: "followed" },
  // Kinds written by the ledger (updates and assignments).
  "update.published": { label: "deputy.kind.update.published", group: "followed" },
  "update.own_published": { label: "deputy.kind.update.own_published", group: "updates" },
  "update.returned": { label: "deputy.kind.update.returned", group: "updates" },
  "update.submitted": { label: "deputy.kind.update.submitted", group: "updates" },
  "commitment.assigned": { label: "deputy.kind.commitment.assigned", group: "tasks" },
  "commitment.verified": { label: "deputy.kind.commitment.verified", group: "tasks" },
  "commitment.status": { label: "deputy.kind.commitment.status", group: "followed" },
  "vote.opened": { label: "deputy.kind.vote.opened", group: "votes" },
  "vote.decided": { label: "deputy.kind.vote.decided", group: "votes" },
  "satisfaction.opened": { label: "deputy.kind.satisfaction.opened", group: "votes" },
};

export function notificationLabel(kind: string): MessageKey {
  return KINDS[kind]?.label ?? "deputy.kind.other";
}

/** The email group of a kind; unknown kinds count as "followed" (the most general). */
export function emailGroupOf(kind: string): EmailGroup {
  return KINDS[kind]?.group ?? "followed";
}

/** Every kind of a group (to filter queries by group). */
export function kindsOf(group: EmailGroup): string[] {
  return Object.entries(KINDS)
    .filter(([, k]) => k.group === group)
    .map(([kind]) => kind);
}
