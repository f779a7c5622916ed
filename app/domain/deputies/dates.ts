// Calendar days as the deputies and departments count them: China Standard Time (UTC+8, no DST).
const OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The calendar date (YYYY-MM-DD) of an instant in China. */
export function chinaDate(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The last millisecond of a China calendar day, as an instant. */
export function endOfChinaDay(ymd: string): Date {
  const [y, m, d] = ymd.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1) - OFFSET_MS - 1);
}

/** The first millisecond of a China calendar day. */
export function startOfChinaDay(ymd: string): Date {
  const [y, m, d] = ymd.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) - OFFSET_MS);
}

/** A China calendar date `days` after the given one. */
export function addDays(ymd: string, days: number): string {
  const [y, m, d] = ymd.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole calendar days from one instant's China date to another's (negative when `to` is earlier). */
export function calendarDaysBetween(from: Date, to: Date): number {
  const a = Date.parse(`${chinaDate(from)}T00:00:00Z`);
  const b = Date.parse(`${chinaDate(to)}T00:00:00Z`);
  return Math.round((b - a) / DAY_MS);
}

/** True for a real calendar date written YYYY-MM-DD (rejects 2025-02-30). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
