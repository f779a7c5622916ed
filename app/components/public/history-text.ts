// Words for public history entries (item page and Atom feeds): the action and what changed.
import type { Change, HistoryEntry, Value } from "~/domain/public/history";
import { REVIEW_STATES, STATUSES, VERDICTS, isOneOf } from "~/domain/vocab";
import { isMessageKey, type MessageKey, type Translate } from "~/i18n";
import { isSectorWord, sectorLabel, STATUS_LABELS, VERDICT_LABELS } from "~/components/labels";

const REVIEW_LABELS: Record<(typeof REVIEW_STATES)[number], MessageKey> = {
  accepted: "public.review.accepted",
  proposed: "public.review.proposed",
  rejected: "public.review.rejected",
};

const FIELD_LABELS: Record<Change["field"], MessageKey> = {
  status: "public.field.status",
  progress: "public.field.progress",
  actualValue: "public.field.actualValue",
  actualUnit: "public.field.actualUnit",
  target: "public.field.target",
  unit: "public.field.unit",
  deadline: "public.field.deadline",
  dueDate: "public.field.dueDate",
  sector: "public.field.sector",
  leadDepartment: "public.field.leadDepartment",
  verdict: "public.field.verdict",
  reviewState: "public.field.reviewState",
};

export function actionLabel(t: Translate, entry: Pick<HistoryEntry, "entity" | "action">): string {
  const key = `public.action.${entry.entity.toLowerCase()}.${entry.action}`;
  return t(isMessageKey(key) ? key : "public.action.other");
}

function valueText(t: Translate, field: Change["field"], value: Value): string {
  if (value === null) return "—";
  if (field === "status" && isOneOf(STATUSES, value)) return t(STATUS_LABELS[value].label);
  if (field === "verdict" && isOneOf(VERDICTS, value)) return t(VERDICT_LABELS[value].label);
  if (field === "reviewState" && isOneOf(REVIEW_STATES, value)) return t(REVIEW_LABELS[value]);
  if (field === "progress" && typeof value === "number") return `${value}%`;
  if (field === "dueDate" && typeof value === "string") return value.slice(0, 10);
  if (field === "sector" && typeof value === "string") return sectorLabel(t, value);
  return String(value);
}

/** Fields whose values are text from the report or the ledger (Chinese whatever the page's language). */
const DATA_FIELDS: ReadonlySet<Change["field"]> = new Set(["leadDepartment", "sector", "unit", "actualUnit"]);

/** Whether a value is such text; a sector of the vocabulary is translated, so it is not. */
export function isDataValue(field: Change["field"], value: Value): boolean {
  if (field === "sector" && typeof value === "string" && isSectorWord(value)) return false;
  return DATA_FIELDS.has(field);
}

export function changeParts(t: Translate, change: Change) {
  return {
    field: t(FIELD_LABELS[change.field]),
    before: change.before === null ? null : valueText(t, change.field, change.before),
    after: valueText(t, change.field, change.after),
  };
}

export function changeText(t: Translate, change: Change): string {
  const field = t(FIELD_LABELS[change.field]);
  const after = valueText(t, change.field, change.after);
  return change.before === null
    ? t("public.item.fieldSet", { field, after })
    : t("public.item.fieldChange", { field, before: valueText(t, change.field, change.before), after });
}

export function entrySummary(t: Translate, entry: HistoryEntry): string {
  return entry.changes.map((c) => changeText(t, c)).join(t("public.sep.items"));
}
