// Badges of the public pages (the one assessment, and a status or verdict where one is quoted), and
// targets and values in words.
import type { Assessment } from "~/domain/public/assessment";
import type { Comparator, Status, Verdict } from "~/domain/vocab";
import { formatters } from "~/i18n/format";
import type { Locale, MessageKey, Translate } from "~/i18n";
import { useLocale, useT } from "~/i18n/use-t";
import {
  ASSESSMENT_LABELS,
  LIGHT_LABELS,
  OVERDUE_LABEL,
  STATUS_LABELS,
  VERDICT_LABELS,
  type Tone,
} from "~/components/labels";

/** The tone of an assessment: its light while open, else the tone of its words. */
export function assessmentTone(a: Assessment): Tone {
  return a.light ? LIGHT_LABELS[a.light].tone : ASSESSMENT_LABELS[a.key].tone;
}

/** "推进中 · 红灯 · 已逾期": the assessment in words, as every page, feed and file writes it. */
export function assessmentText(t: Translate, a: Assessment, separator = " · "): string {
  return [
    t(ASSESSMENT_LABELS[a.key].label),
    a.light ? t(LIGHT_LABELS[a.light].label) : null,
    a.overdue ? t(OVERDUE_LABEL) : null,
  ]
    .filter(Boolean)
    .join(separator);
}

/** The one public assessment of a promise; `data-assessment` lets tests find it. */
export function AssessmentBadge({ assessment }: { assessment: Assessment }) {
  const t = useT();
  const { key, light, overdue } = assessment;
  return (
    <span className={`badge ${assessmentTone(assessment)}`} data-assessment={key}>
      {light ? <span className={`dot dot-${light}`} aria-hidden="true" /> : null}
      {t(ASSESSMENT_LABELS[key].label)}
      {light ? ` · ${t(LIGHT_LABELS[light].label)}` : ""}
      {overdue ? ` · ${t(OVERDUE_LABEL)}` : ""}
    </span>
  );
}

/** A status quoted as such (an update in the record): never next to an assessment without saying so. */
export function StatusBadge({ status }: { status: Status }) {
  const t = useT();
  return <span className={`badge ${STATUS_LABELS[status].tone}`}>{t(STATUS_LABELS[status].label)}</span>;
}

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const t = useT();
  return <span className={`badge ${VERDICT_LABELS[verdict].tone}`}>{t(VERDICT_LABELS[verdict].label)}</span>;
}

const SYMBOL: Record<Comparator, string> = { ">=": "≥", "~": "≈", "=": "", "<=": "≤" };
const COMPARATOR_WORD: Record<Comparator, MessageKey> = {
  ">=": "public.comparator.>=",
  "~": "public.comparator.~",
  "=": "public.comparator.=",
  "<=": "public.comparator.<=",
};

const comparatorOf = (value: string | null): Comparator =>
  value === ">=" || value === "~" || value === "<=" ? value : "=";

/** "增长5.5%以上" in Chinese, "≥ growth 5.5%" in English; units stay as written. */
export function formatTarget(
  c: { target: number | null; unit: string | null; comparator: string | null; growth: boolean },
  t: Translate,
  locale: Locale,
): string | null {
  if (c.target === null) return null;
  const value = `${formatters(locale).number(c.target)}${c.unit ?? ""}`;
  const comparator = comparatorOf(c.comparator);
  if (locale === "zh") return `${c.growth ? t("public.target.growth") : ""}${value}${t(COMPARATOR_WORD[comparator])}`;
  return [SYMBOL[comparator], c.growth ? t("public.target.growth") : "", value].filter(Boolean).join(" ");
}

/** The comparator in words for files (CSV): 以上 / at least … */
export function comparatorText(t: Translate, comparator: string | null): string {
  return comparator === null ? "" : t(COMPARATOR_WORD[comparatorOf(comparator)]);
}

/** The target as a page shows it: the unit, as written in the report, marked as Chinese. */
export function Target({
  item,
}: {
  item: { target: number | null; unit: string | null; comparator: string | null; growth: boolean };
}) {
  const t = useT();
  const locale = useLocale();
  const text = formatTarget({ ...item, unit: "\uE000" }, t, locale);
  if (text === null) return null;
  const [before, after] = text.split("\uE000");
  return (
    <>
      {before}
      {item.unit ? <span lang="zh">{item.unit}</span> : null}
      {after}
    </>
  );
}

export function formatValue(value: number | null, unit: string | null, locale: Locale): string | null {
  return value === null ? null : `${formatters(locale).number(value)}${unit ?? ""}`;
}
