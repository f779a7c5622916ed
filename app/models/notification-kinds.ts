// How each kind of notification is labelled in the inbox and in email subjects.
import type { MessageKey } from "~/i18n";

const LABELS: Record<string, MessageKey> = {
  "question.new": "deputy.kind.question.new",
  "question.unrouted": "deputy.kind.question.unrouted",
  "question.answered": "deputy.kind.question.answered",
  "question.overdue": "deputy.kind.question.overdue",
  "question.rated_satisfied": "deputy.kind.question.rated_satisfied",
  "question.rated_unsatisfied": "deputy.kind.question.rated_unsatisfied",
  "inspection.new": "deputy.kind.inspection.new",
  "followed.question": "deputy.kind.followed.question",
  "followed.answer": "deputy.kind.followed.answer",
  "followed.satisfaction": "deputy.kind.followed.satisfaction",
  // Kinds written by the ledger (updates and assignments).
  "update.published": "deputy.kind.update.published",
  "update.returned": "deputy.kind.update.returned",
  "update.submitted": "deputy.kind.update.submitted",
  "commitment.assigned": "deputy.kind.commitment.assigned",
  "commitment.verified": "deputy.kind.commitment.verified",
  "commitment.status": "deputy.kind.commitment.status",
  "vote.opened": "deputy.kind.vote.opened",
  "vote.decided": "deputy.kind.vote.decided",
  "satisfaction.opened": "deputy.kind.satisfaction.opened",
};

export function notificationLabel(kind: string): MessageKey {
  return LABELS[kind] ?? "deputy.kind.other";
}
