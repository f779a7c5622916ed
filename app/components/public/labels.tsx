// Status, light and verdict badges, and the formatting of targets and dates on public pages.
import type { Light } from "~/domain/progress/expected";
import type { Comparator, Status, Verdict } from "~/domain/vocab";
import type { Locale, MessageKey, Translate } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { STATUS_TONE } from "~/components/tones";

export const VERDICT_TONE: Record<Verdict, string> = {
  achieved: "green",
  partial: "yellow",
  missed: "red",
  in_progress: "yellow",
  not_mentioned: "",
};

export const statusKey = (s: Status) => `public.status.${s}` as MessageKey;
export const verdictKey = (v: Verdict | "none") => `public.verdict.${v}` as MessageKey;
export const lightKey = (l: Light | "none") => `public.light.${l}` as MessageKey;

export function StatusBadge({ status }: { status: Status }) {
  const t = useT();
  return <span className={`badge ${STATUS_TONE[status]}`}>{t(statusKey(status))}</span>;
}

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const t = useT();
  return <span className={`badge ${VERDICT_TONE[verdict]}`}>{t(verdictKey(verdict))}</span>;
}

export function LightBadge({ light, overdue }: { light: Light | null; overdue?: boolean }) {
  const t = useT();
  if (!light) return null;
  return (
    <span className={`badge ${light}`}>
      <span className={`dot dot-${light}`} aria-hidden="true" />
      {t(lightKey(light))}
      {overdue ? ` · ${t("public.item.overdue")}` : ""}
    </span>
  );
}

const SYMBOL: Record<Comparator, string> = { ">=": "≥", "~": "≈", "=": "", "<=": "≤" };

const number = (n: number) => (Number.isInteger(n) ? String(n) : String(Number(n.toFixed(4))));

/** "增长5.5%以上" in Chinese, "≥ growth 5.5%" in English; units stay as written. */
export function formatTarget(
  c: { target: number | null; unit: string | null; comparator: string | null; growth: boolean },
  t: Translate,
  locale: Locale,
): string | null {
  if (c.target === null) return null;
  const value = `${number(c.target)}${c.unit ?? ""}`;
  const comparator = (c.comparator ?? "=") as Comparator;
  if (locale === "zh") {
    return `${c.growth ? t("public.target.growth") : ""}${value}${t(`public.comparator.${comparator}` as MessageKey)}`;
  }
  return [SYMBOL[comparator] ?? "", c.growth ? t("public.target.growth") : "", value].filter(Boolean).join(" ");
}

export function formatValue(value: number | null, unit: string | null): string | null {
  return value === null ? null : `${number(value)}${unit ?? ""}`;
}
