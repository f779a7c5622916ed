// How follow-up values read on a page: a target with its comparator and unit, a verdict's badge colour.
import type { Translate } from "~/i18n";
import type { Verdict } from "~/domain/vocab";
import { VERDICT_LABELS } from "~/components/labels";

export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number.parseFloat(value.toFixed(4)));
}

export function formatValue(value: number | null, unit: string | null): string {
  return value === null ? "" : `${formatNumber(value)}${unit ?? ""}`;
}

export const COMPARATOR_KEY = {
  ">=": "followup.cmp.ge",
  "~": "followup.cmp.about",
  "<=": "followup.cmp.le",
  "=": "followup.cmp.eq",
} as const;

/** 增长6%左右, at least 1.3万人 … */
export function formatTarget(
  t: Translate,
  c: { target: number | null; unit: string | null; comparator: string | null; growth: boolean },
): string {
  const value = formatValue(c.target, c.unit);
  const key = COMPARATOR_KEY[(c.comparator ?? "=") as keyof typeof COMPARATOR_KEY] ?? "followup.cmp.eq";
  const bounded = t(key, { value });
  return c.growth ? t("followup.growth", { value: bounded }) : bounded;
}

export const VERDICT_TONE = Object.fromEntries(
  Object.entries(VERDICT_LABELS).map(([verdict, { tone }]) => [verdict, tone]),
) as Record<Verdict, string>;
