// Words for public history entries (item page and Atom feeds): the action and what changed.
import type { Change, HistoryEntry, Value } from "~/domain/public/history";
import { REVIEW_STATES, STATUSES, VERDICTS, isOneOf } from "~/domain/vocab";
import type { MessageKey, Translate } from "~/i18n";

export function actionLabel(t: Translate, entry: Pick<HistoryEntry, "entity" | "action">): string {
  const key = `public.action.${entry.entity.toLowerCase()}.${entry.action}` as MessageKey;
  const text = t(key);
  return text === key ? t("public.action.other") : text;
}

function valueText(t: Translate, field: Change["field"], value: Value): string {
  if (value === null) return "—";
  if (field === "status" && isOneOf(STATUSES, value)) return t(`public.status.${value}` as MessageKey);
  if (field === "verdict" && isOneOf(VERDICTS, value)) return t(`public.verdict.${value}` as MessageKey);
  if (field === "reviewState" && isOneOf(REVIEW_STATES, value)) return t(`public.review.${value}` as MessageKey);
  if (field === "progress" && typeof value === "number") return `${value}%`;
  if (field === "dueDate" && typeof value === "string") return value.slice(0, 10);
  return String(value);
}

export function changeText(t: Translate, change: Change): string {
  const field = t(`public.field.${change.field}` as MessageKey);
  const after = valueText(t, change.field, change.after);
  return change.before === null
    ? t("public.item.fieldSet", { field, after })
    : t("public.item.fieldChange", { field, before: valueText(t, change.field, change.before), after });
}

export function entrySummary(t: Translate, entry: HistoryEntry): string {
  return entry.changes.map((c) => changeText(t, c)).join(t("public.sep.items"));
}
