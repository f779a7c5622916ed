// CSV for open-data downloads: UTF-8 with BOM (so Excel reads Chinese), formula-safe cells.
import { stringify } from "csv-stringify/sync";

export type Cell = string | number | boolean | null | undefined;

/** A comparator (">=", "=", "<=", "~"): a spreadsheet runs nothing from it, and programs read it as is. */
const COMPARISON = /^[=<>~]{1,2}$/;

/** Text that a spreadsheet would run as a formula gets a leading apostrophe; comparators stay as they are. */
export function safeCell(value: Cell): string | number {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  return /^[=+\-@\t\r]/.test(value) && !COMPARISON.test(value) ? `'${value}` : value;
}

export function toCsv<T>(columns: readonly { key: string; value: (row: T) => Cell }[], rows: readonly T[]): string {
  const body = stringify(
    rows.map((row) => columns.map((c) => safeCell(c.value(row)))),
    { header: true, columns: columns.map((c) => c.key), record_delimiter: "\r\n" },
  );
  return `\uFEFF${body}`;
}
