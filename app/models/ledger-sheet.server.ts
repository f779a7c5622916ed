// The ledger as XLSX or CSV, and back: parse the file, validate every row (domain/ledger/sheet), apply all or nothing.
import { parse as parseCsv } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { checkZip } from "~/domain/document/zip";
import { formatTarget, isoDay, dayToDate } from "~/domain/ledger/format";
import {
  columnLetter,
  escapeCell,
  lightLabel,
  sectorCell,
  readHeader,
  readRows,
  SHEET_COLUMNS,
  statusLabel,
  summarise,
  validateSheet,
  type ColumnKey,
  type SheetError,
  type SheetItem,
} from "~/domain/ledger/sheet";
import { progressState } from "~/domain/progress/expected";
import { STATUSES } from "~/domain/vocab";
import { stripBidi } from "~/schemas/plain-text";
import type { Locale } from "~/i18n";
import type { SessionUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { actorOf, listLedger, type LedgerFilter, type LedgerRow } from "~/models/commitment.server";
import { assignCommitment, setStatusDirectly } from "~/models/commitment-write.server";
import { LONG_TRANSACTION } from "~/models/report-import.server";
import { createUpdate } from "~/models/update.server";
import { AppError } from "~/utils/app-error";

export type SheetFormat = "xlsx" | "csv";

export const MAX_SHEET_ROWS = 5000;

function cellValues(row: LedgerRow, today: Date, locale: Locale): Record<ColumnKey, string | number | null> {
  const state = progressState(row, today);
  return {
    id: row.id,
    version: row.version,
    metric: escapeCell(row.metric),
    quote: escapeCell(row.quote),
    target: formatTarget(row),
    leadDepartment: row.leadDepartmentName ?? "",
    cooperating: row.cooperating.map((d) => d.name).join("、"),
    dueDate: isoDay(row.dueDate),
    responsiblePerson: escapeCell(row.responsiblePerson ?? ""),
    sector: escapeCell(sectorCell(row.sector, locale)),
    status: statusLabel(row.status, locale),
    progress: row.progress,
    actualValue: row.actualValue,
    actualUnit: escapeCell(row.actualUnit ?? ""),
    note: "",
    expected: state.expected,
    light: lightLabel(state.light, locale),
  };
}

/** The ledger rows of a jurisdiction or a department as a file. */
export async function exportLedger(args: { filter: LedgerFilter; format: SheetFormat; locale: Locale; today: Date }) {
  const rows = await listLedger(args.filter);
  const header = SHEET_COLUMNS.map((c) => (args.locale === "zh" ? c.zh : c.en));
  const values = rows.map((row) => {
    const cells = cellValues(row, args.today, args.locale);
    return SHEET_COLUMNS.map((c) => cells[c.key]);
  });
  if (args.format === "csv") {
    const body = "\uFEFF" + stringify([header, ...values.map((r) => r.map((v) => (v === null ? "" : String(v))))]);
    return { body: Buffer.from(body, "utf8"), contentType: "text/csv; charset=utf-8", rows: rows.length };
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Taizhang";
  const sheet = workbook.addWorksheet(args.locale === "zh" ? "台账" : "Ledger", {
    views: [{ state: "frozen", ySplit: 1, xSplit: 2 }],
  });
  sheet.columns = SHEET_COLUMNS.map((c, i) => ({ header: header[i], key: c.key, width: c.width }));
  for (const row of values) sheet.addRow(row);
  // Drop-down lists: the statuses in the sheet's language, and the place's departments (kept on a
  // sheet of their own, since a list written into the rule is limited to 255 characters).
  const departments = await db.department.findMany({
    where: { jurisdictionId: args.filter.jurisdictionId },
    orderBy: { name: "asc" },
    select: { name: true },
  });
  const lists = workbook.addWorksheet(args.locale === "zh" ? "单位" : "Departments", { state: "hidden" });
  departments.forEach((d, i) => (lists.getCell(i + 1, 1).value = d.name));
  const statusList = STATUSES.map((s) => statusLabel(s, args.locale)).join(",");
  const listRule = (column: ColumnKey): ExcelJS.DataValidation | null =>
    column === "status"
      ? { type: "list", allowBlank: false, formulae: [`"${statusList}"`], showErrorMessage: true }
      : column === "leadDepartment" && departments.length
        ? {
            type: "list",
            allowBlank: true,
            formulae: [`'${lists.name}'!$A$1:$A$${departments.length}`],
            showErrorMessage: true,
          }
        : null;
  const headerRow = sheet.getRow(1);
  headerRow.font = { bold: true };
  SHEET_COLUMNS.forEach((column, i) => {
    const col = sheet.getColumn(i + 1);
    if (column.role === "read" || column.role === "key") {
      col.eachCell((cell, rowNumber) => {
        if (rowNumber > 1) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFECEBE8" } };
      });
    }
    if (column.key === "quote" || column.key === "metric" || column.key === "note")
      col.alignment = { wrapText: true, vertical: "top" };
    const rule = listRule(column.key);
    if (rule) for (let r = 2; r <= values.length + 1; r++) sheet.getCell(r, i + 1).dataValidation = rule;
  });
  const body = Buffer.from(await workbook.xlsx.writeBuffer());
  return {
    body,
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    rows: rows.length,
  };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("text" in value) return String(value.text);
    if ("error" in value) return String(value.error);
    return "";
  }
  return String(value);
}

function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    // Excel on Chinese Windows saves CSV as GBK.
    return new TextDecoder("gb18030").decode(bytes);
  }
}

/** The file's rows as text cells, the first being the header. */
async function readSheetFile(bytes: Uint8Array, fileName: string): Promise<string[][]> {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (isZip) {
    const size = await checkZip(bytes);
    if (!size.ok)
      throw new AppError(size.damaged ? "ledger.sheet.unreadable" : "ledger.sheet.inflatesTooLarge", {
        status: 400,
        field: "file",
      });
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    } catch {
      throw new AppError("ledger.sheet.unreadable", { status: 400, field: "file" });
    }
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new AppError("ledger.sheet.empty", { status: 400, field: "file" });
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const cells: string[] = [];
      for (let c = 1; c <= Math.max(row.cellCount, SHEET_COLUMNS.length); c++)
        cells.push(cellText(row.getCell(c).value));
      rows[rowNumber - 1] = cells;
    });
    return Array.from(rows, (r) => r ?? []);
  }
  if (!/\.csv$/i.test(fileName) && bytes.includes(0))
    throw new AppError("ledger.sheet.unreadable", { status: 400, field: "file" });
  try {
    return parseCsv(decodeCsv(bytes), { relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch {
    throw new AppError("ledger.sheet.unreadable", { status: 400, field: "file" });
  }
}

export type SheetImportOutcome =
  | { ok: true; changed: number; updates: number; rows: number; cells: number }
  | { ok: false; errors: SheetError[] };

/**
 * Imports a sheet edited offline. The supervision office's changes apply to the items; a
 * department's progress becomes submitted updates to verify. One transaction: a bad row, or a
 * row someone else changed meanwhile, leaves the ledger untouched.
 */
export async function importLedgerSheet(args: {
  bytes: Uint8Array;
  fileName: string;
  user: SessionUser;
  filter: LedgerFilter;
}): Promise<SheetImportOutcome> {
  const all = (await readSheetFile(args.bytes, args.fileName)).map((row) => row.map(stripBidi));
  const [headerCells, ...dataRows] = all;
  if (!headerCells) return { ok: false, errors: [{ row: 1, column: null, cell: null, code: "ledger.sheet.empty" }] };
  if (dataRows.length > MAX_SHEET_ROWS)
    return { ok: false, errors: [{ row: MAX_SHEET_ROWS + 2, column: null, cell: null, code: "ledger.sheet.tooMany" }] };
  const header = readHeader(headerCells);
  if (header.errors.length) return { ok: false, errors: header.errors };

  const actor = args.user.role === "supervisor" ? "supervisor" : "staff";
  const rows = await listLedger(args.filter);
  const departments = await db.department.findMany({
    where: { jurisdictionId: args.filter.jurisdictionId },
    select: { id: true, name: true },
  });
  const deptId = new Map(departments.map((d) => [d.name, d.id]));
  const items = new Map<number, SheetItem>(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        version: r.version,
        leadDepartment: r.leadDepartmentName,
        cooperating: r.cooperating.map((d) => d.name),
        dueDate: isoDay(r.dueDate) || null,
        responsiblePerson: r.responsiblePerson,
        sector: r.sector,
        status: r.status,
        progress: r.progress,
        actualValue: r.actualValue,
        actualUnit: r.actualUnit,
        mayUpdate:
          actor === "staff" && args.user.departmentId !== null && r.leadDepartmentId === args.user.departmentId,
      },
    ]),
  );
  const { changes, errors } = validateSheet(readRows(header, dataRows), header, {
    actor,
    departments: departments.map((d) => d.name),
    items,
  });
  if (errors.length) return { ok: false, errors };

  const who = actorOf(args.user);
  let at = 0;
  try {
    return await db.$transaction(async (tx) => {
      let changed = 0;
      let updates = 0;
      for (const change of changes) {
        at = change.row;
        let version: number | null = change.version;
        if (change.assign) {
          const a = change.assign;
          const outcome = await assignCommitment(tx, {
            id: change.id,
            version,
            actor: who,
            reason: `spreadsheet ${args.fileName}`.slice(0, 300),
            input: {
              leadDepartmentId:
                a.leadDepartment === undefined
                  ? undefined
                  : a.leadDepartment === null
                    ? null
                    : deptId.get(a.leadDepartment)!,
              cooperatingIds: a.cooperating?.map((name) => deptId.get(name)!),
              dueDate: a.dueDate === undefined ? undefined : dayToDate(a.dueDate),
              responsiblePerson: a.responsiblePerson,
              sector: a.sector,
            },
          });
          version = outcome.version;
          changed += 1;
        }
        if (change.progress) {
          const p = change.progress;
          if (actor === "supervisor") {
            await setStatusDirectly(tx, {
              id: change.id,
              version,
              status: p.status,
              progress: p.progress,
              actualValue: p.actualValue,
              actualUnit: p.actualUnit,
              reason: p.note,
              actor: who,
            });
            changed += 1;
          } else {
            await createUpdate(tx, {
              commitmentId: change.id,
              actor: { id: args.user.id, name: args.user.name },
              input: { ...p, links: [], files: [] },
            });
            updates += 1;
          }
        }
      }
      return { ok: true as const, changed, updates, ...summarise(changes) };
    }, LONG_TRANSACTION);
  } catch (error) {
    if (error instanceof AppError) {
      const column = error.code === "ledger.conflict" ? "version" : null;
      const index = column ? header.index[column] : undefined;
      const cell = index === undefined ? null : `${columnLetter(index)}${at}`;
      return { ok: false, errors: [{ row: at, column, cell, code: error.code }] };
    }
    throw error;
  }
}
