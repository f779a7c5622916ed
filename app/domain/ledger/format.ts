// Short display forms shared by the ledger and public pages and the exports (targets, dates, percentages).
import type { Comparator } from "~/domain/vocab";

const SYMBOLS: Record<Comparator, string> = { ">=": "≥", "~": "≈", "=": "", "<=": "≤" };

/** "≥1.3万人", "≈+5.5%" (growth), or "" for a deliverable without a number. */
export function formatTarget(c: {
  target: number | null;
  unit: string | null;
  comparator: string | null;
  growth?: boolean;
}): string {
  if (c.target === null) return "";
  const symbol = c.comparator && c.comparator in SYMBOLS ? SYMBOLS[c.comparator as Comparator] : "";
  return `${symbol}${c.growth && c.target >= 0 ? "+" : ""}${c.target}${c.unit ?? ""}`;
}

/** yyyy-mm-dd of a date (UTC, as stored), or "" for none. */
export function isoDay(date: Date | string | null | undefined): string {
  if (!date) return "";
  const d = typeof date === "string" ? new Date(date) : date;
  return Number.isNaN(d.getTime()) ? "" : d.toISOString().slice(0, 10);
}

/** A yyyy-mm-dd form value to the stored UTC midnight date. */
export function dayToDate(day: string | null | undefined): Date | null {
  return day ? new Date(`${day}T00:00:00Z`) : null;
}

/** "2025-03-01 17:05" in China Standard Time (UTC+8), the same on server and browser. */
export function beijingTime(date: Date | string): string {
  const d = typeof date === "string" ? new Date(date) : date;
  return new Date(d.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 16).replace("T", " ");
}
