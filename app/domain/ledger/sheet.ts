// The ledger as a spreadsheet: its columns, and every imported row validated (pure; the model applies the result).
import { SECTOR_NAMES, sectorId, STATUSES, type SectorName, type Status } from "~/domain/vocab";
import { decideStatus, type StatusActor } from "~/domain/progress/status-rules";
import { translator } from "~/i18n";

export type ColumnKey =
  | "id"
  | "version"
  | "metric"
  | "quote"
  | "target"
  | "leadDepartment"
  | "cooperating"
  | "dueDate"
  | "responsiblePerson"
  | "sector"
  | "status"
  | "progress"
  | "actualValue"
  | "actualUnit"
  | "note"
  | "expected"
  | "light";

/** `assign`: the supervision office's columns; `progress`: a department's update; `read`: for reading only. */
export type ColumnRole = "key" | "read" | "assign" | "progress";

export interface Column {
  key: ColumnKey;
  zh: string;
  en: string;
  role: ColumnRole;
  width: number;
  /** Headers earlier exports wrote, still read back: a sheet made last month must import today. */
  formerly?: readonly string[];
}

export const SHEET_COLUMNS: readonly Column[] = [
  { key: "id", zh: "编号", en: "ID", role: "key", width: 8 },
  { key: "version", zh: "版本", en: "Version", role: "key", width: 8 },
  { key: "metric", zh: "任务", en: "Task", role: "read", width: 30 },
  { key: "quote", zh: "报告原文", en: "Report text", role: "read", width: 50 },
  { key: "target", zh: "目标", en: "Target", role: "read", width: 14 },
  { key: "leadDepartment", zh: "牵头单位", en: "Lead department", role: "assign", width: 22 },
  { key: "cooperating", zh: "配合单位", en: "Co-operating departments", role: "assign", width: 28 },
  { key: "dueDate", zh: "完成时限", en: "Due date", role: "assign", width: 12 },
  { key: "responsiblePerson", zh: "责任人", en: "Responsible person", role: "assign", width: 12 },
  { key: "sector", zh: "领域", en: "Sector", role: "assign", width: 14 },
  { key: "status", zh: "状态", en: "Status", role: "progress", width: 12 },
  { key: "progress", zh: "进度(%)", en: "Progress (%)", role: "progress", width: 10 },
  { key: "actualValue", zh: "实际完成值", en: "Actual value", role: "progress", width: 12 },
  { key: "actualUnit", zh: "实际值单位", en: "Actual unit", role: "progress", width: 10 },
  { key: "note", zh: "本期进展说明", en: "Note for this update", role: "progress", width: 40 },
  { key: "expected", zh: "序时进度(%)", en: "Expected progress (%)", role: "read", width: 12 },
  { key: "light", zh: "红黄绿灯", en: "Traffic light", role: "read", width: 10, formerly: ["预警", "Light"] },
];

export type SheetLocale = "zh" | "en";

const LOCALES: readonly SheetLocale[] = ["zh", "en"];
const LIGHTS: readonly Light[] = ["green", "yellow", "red"];

/**
 * The statuses as the sheet writes them: the catalogues' words, as every page says them. Built on first use,
 * not at load: the import page shares this module with the browser, where catalogues load later.
 */
export const statusLabels = once(() => labelTable(STATUSES, (t, s) => t(`status.${s}`)));

/** Words earlier exports wrote, still read back: a sheet made last month must import today. */
const LEGACY_STATUS_WORDS: Readonly<Record<string, Status>> = {
  已完成: "done",
  done: "done",
  "verified (crossed off)": "verified",
  "partly achieved": "partial",
  "not achieved": "missed",
};

export type Light = "green" | "yellow" | "red";

/** The 红黄绿灯 column (read only) in words. */
export const lightLabels = once(() => labelTable(LIGHTS, (t, l) => t(`light.${l}`)));

function labelTable<K extends string>(
  keys: readonly K[],
  word: (t: ReturnType<typeof translator>, key: K) => string,
): Readonly<Record<SheetLocale, Readonly<Record<K, string>>>> {
  return Object.fromEntries(
    LOCALES.map((locale) => {
      const t = translator(locale);
      return [locale, Object.fromEntries(keys.map((k) => [k, word(t, k)]))];
    }),
  ) as Record<SheetLocale, Record<K, string>>;
}

function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

export function statusLabel(status: Status, locale: SheetLocale): string {
  return statusLabels()[locale][status];
}

export function lightLabel(light: Light | null, locale: SheetLocale): string {
  return light ? lightLabels()[locale][light] : "";
}

/** The sectors of the vocabulary in words (the stored name is the Chinese one). */
export const sectorLabels = once(() => labelTable(SECTOR_NAMES, (t, s) => t(`sector.${sectorId(s)!}`)));

/** A sector as the sheet writes it: the vocabulary's words in the sheet's language, free text as it is. */
export function sectorCell(sector: string | null, locale: SheetLocale): string {
  if (sector === null) return "";
  return sectorId(sector) ? sectorLabels()[locale][sector as SectorName] : sector;
}

/** A sector cell read back: the English words of a vocabulary sector become its stored (Chinese) name. */
function parseSector(value: string): string {
  const english = Object.entries(sectorLabels().en).find(([, label]) => label.toLowerCase() === value.toLowerCase());
  return english ? english[0] : value;
}

/** What the ledger holds for one row, as the import compares it. */
export interface SheetItem {
  id: number;
  version: number;
  leadDepartment: string | null;
  cooperating: string[];
  dueDate: string | null; // yyyy-mm-dd
  responsiblePerson: string | null;
  sector: string | null;
  status: Status;
  progress: number;
  actualValue: number | null;
  actualUnit: string | null;
  /** The importing user may report progress on it (staff of its lead department). */
  mayUpdate: boolean;
}

export interface SheetContext {
  actor: StatusActor;
  departments: readonly string[];
  items: ReadonlyMap<number, SheetItem>;
}

export interface SheetRow {
  /** 1-based row number in the sheet, header included (the first data row is 2). */
  row: number;
  cells: Partial<Record<ColumnKey, string>>;
}

export interface SheetError {
  row: number;
  column: ColumnKey | null;
  /** Spreadsheet reference such as "L7", when the column is known. */
  cell: string | null;
  /** An i18n key (ledger.sheet.*). */
  code: string;
  value?: string;
}

export interface AssignChange {
  leadDepartment?: string | null;
  cooperating?: string[];
  dueDate?: string | null;
  responsiblePerson?: string | null;
  sector?: string | null;
}

export interface ProgressChange {
  status: Status;
  progress: number;
  actualValue: number | null;
  actualUnit: string | null;
  note: string | null;
}

export interface SheetChange {
  row: number;
  id: number;
  version: number;
  assign: AssignChange | null;
  progress: ProgressChange | null;
  /** Cells of this row that differ from the ledger (for the summary "3 行，5 处修改"). */
  cells: number;
}

/** Rows and cells an import changes. */
export function summarise(changes: readonly SheetChange[]): { rows: number; cells: number } {
  return { rows: changes.length, cells: changes.reduce((sum, c) => sum + c.cells, 0) };
}

export interface SheetHeader {
  /** Column index (0-based) of each recognised column. */
  index: Partial<Record<ColumnKey, number>>;
  errors: SheetError[];
}

const normalise = (value: string) => value.replace(/[\s()（）%％]/g, "").toLowerCase();

export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Recognises the header row by column key, Chinese or English label; id and version are required. */
export function readHeader(cells: readonly string[]): SheetHeader {
  const index: Partial<Record<ColumnKey, number>> = {};
  cells.forEach((cell, i) => {
    const name = normalise(cell ?? "");
    const column = SHEET_COLUMNS.find((c) =>
      [c.key, c.zh, c.en, ...(c.formerly ?? [])].some((label) => normalise(label) === name),
    );
    if (column && index[column.key] === undefined) index[column.key] = i;
  });
  const errors: SheetError[] = (["id", "version"] as const)
    .filter((key) => index[key] === undefined)
    .map((key) => ({ row: 1, column: key, cell: null, code: "ledger.sheet.missingColumn" }));
  return { index, errors };
}

/** Data rows keyed by column; rows with nothing in them are skipped. */
export function readRows(header: SheetHeader, rows: readonly (readonly string[])[], firstRow = 2): SheetRow[] {
  const out: SheetRow[] = [];
  rows.forEach((cells, i) => {
    if (!cells.some((c) => (c ?? "").trim() !== "")) return;
    const row: SheetRow = { row: firstRow + i, cells: {} };
    for (const [key, at] of Object.entries(header.index) as [ColumnKey, number][]) {
      row.cells[key] = unescapeCell(cells[at] ?? "");
    }
    out.push(row);
  });
  return out;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** Text cells that a spreadsheet would run as a formula get a leading apostrophe on export. */
export function escapeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function unescapeCell(value: string): string {
  const trimmed = value.trim();
  return trimmed.startsWith("'") && FORMULA_START.test(trimmed.slice(1)) ? trimmed.slice(1) : trimmed;
}

function parseDate(value: string): string | null | undefined {
  if (value === "") return null;
  const m = value.match(/^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  if (y < 1949 || y > 2100) return undefined;
  return date.toISOString().slice(0, 10);
}

function parseStatus(value: string): Status | undefined {
  const v = value.trim();
  if ((STATUSES as readonly string[]).includes(v)) return v as Status;
  const labels = [...Object.entries(statusLabels().zh), ...Object.entries(statusLabels().en)] as [Status, string][];
  return (
    labels.find(([, label]) => label.toLowerCase() === v.toLowerCase())?.[0] ?? LEGACY_STATUS_WORDS[v.toLowerCase()]
  );
}

function parseNumber(value: string): number | null | undefined {
  if (value === "") return null;
  const n = Number(value.replace(/[,，\s]/g, ""));
  return Number.isFinite(n) ? n : undefined;
}

function parseProgress(value: string): number | undefined {
  const n = Number(value.replace(/[%％\s]/g, ""));
  return Number.isInteger(n) && n >= 0 && n <= 100 ? n : undefined;
}

export function splitDepartments(value: string): string[] {
  return [
    ...new Set(
      value
        .split(/[、,，;；\n]/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join("\u0000") === [...b].sort().join("\u0000");

const orNull = (value: string) => (value === "" ? null : value);

/**
 * Validates every row against the ledger as it is: ids in scope, the version exported (someone else's
 * change in between is an error), known departments, dates, statuses and progress by the status rules,
 * and the columns the importer may change. Collects every error; changes are usable only without errors.
 */
export function validateSheet(
  rows: readonly SheetRow[],
  header: SheetHeader,
  ctx: SheetContext,
): { changes: SheetChange[]; errors: SheetError[] } {
  const errors: SheetError[] = [...header.errors];
  const changes: SheetChange[] = [];
  const known = new Set(ctx.departments);
  const seen = new Map<number, number>();

  for (const { row, cells } of rows) {
    const fail = (column: ColumnKey | null, code: string, value?: string) => {
      const at = column === null ? undefined : header.index[column];
      errors.push({ row, column, cell: at === undefined ? null : `${columnLetter(at)}${row}`, code, value });
    };
    const has = (key: ColumnKey) => cells[key] !== undefined;
    const cell = (key: ColumnKey) => cells[key] ?? "";

    const id = Number(cell("id"));
    if (!/^\d+$/.test(cell("id")) || !ctx.items.has(id)) {
      fail("id", "ledger.sheet.unknownItem", cell("id"));
      continue;
    }
    if (seen.has(id)) {
      fail("id", "ledger.sheet.duplicate", cell("id"));
      continue;
    }
    seen.set(id, row);
    const item = ctx.items.get(id)!;
    const version = Number(cell("version"));
    if (!/^\d+$/.test(cell("version"))) fail("version", "ledger.sheet.version", cell("version"));
    else if (version !== item.version) fail("version", "ledger.sheet.stale", cell("version"));

    // Assignment columns.
    const assign: AssignChange = {};
    if (has("leadDepartment")) {
      const lead = orNull(cell("leadDepartment"));
      if (lead !== null && !known.has(lead)) fail("leadDepartment", "ledger.sheet.unknownDepartment", lead);
      else if (lead !== item.leadDepartment) assign.leadDepartment = lead;
    }
    if (has("cooperating")) {
      const names = splitDepartments(cell("cooperating"));
      const unknown = names.filter((n) => !known.has(n));
      if (unknown.length) fail("cooperating", "ledger.sheet.unknownDepartment", unknown.join("、"));
      else if (!sameList(names, item.cooperating)) assign.cooperating = names;
    }
    if (has("dueDate")) {
      const due = parseDate(cell("dueDate"));
      if (due === undefined) fail("dueDate", "ledger.sheet.date", cell("dueDate"));
      else if (due !== item.dueDate) assign.dueDate = due;
    }
    for (const key of ["responsiblePerson", "sector"] as const) {
      if (!has(key)) continue;
      const value = key === "sector" ? orNull(parseSector(cell(key))) : orNull(cell(key));
      if (value !== null && value.length > 100) fail(key, "ledger.sheet.tooLong", value.slice(0, 20));
      else if (value !== item[key]) assign[key] = value;
    }
    const lead = assign.leadDepartment === undefined ? item.leadDepartment : assign.leadDepartment;
    const coop = assign.cooperating ?? item.cooperating;
    if (lead !== null && coop.includes(lead)) fail("cooperating", "ledger.sheet.leadAlsoCooperating", lead);
    const assignKeys = Object.keys(assign) as (keyof AssignChange)[];
    if (assignKeys.length && ctx.actor !== "supervisor") {
      for (const key of assignKeys) fail(key, "ledger.sheet.notAllowed", String(cells[key] ?? ""));
    }

    // Progress columns.
    const status = has("status") ? parseStatus(cell("status")) : item.status;
    if (status === undefined) fail("status", "ledger.sheet.status", cell("status"));
    const progress = has("progress") && cell("progress") !== "" ? parseProgress(cell("progress")) : item.progress;
    if (progress === undefined) fail("progress", "ledger.sheet.progress", cell("progress"));
    const actualValue = has("actualValue") ? parseNumber(cell("actualValue")) : item.actualValue;
    if (actualValue === undefined) fail("actualValue", "ledger.sheet.number", cell("actualValue"));
    const actualUnit = has("actualUnit") ? orNull(cell("actualUnit")) : item.actualUnit;
    if (actualUnit && actualUnit.length > 50) fail("actualUnit", "ledger.sheet.tooLong", actualUnit.slice(0, 20));
    const note = orNull(cell("note"));
    if (note && note.length > 2000) fail("note", "ledger.sheet.tooLong", note.slice(0, 20));

    let progressChange: ProgressChange | null = null;
    let progressCells = 0;
    if (status !== undefined && progress !== undefined && actualValue !== undefined) {
      const changedColumns = (
        [
          ["status", status !== item.status],
          ["progress", progress !== item.progress],
          ["actualValue", actualValue !== item.actualValue],
          ["actualUnit", actualUnit !== item.actualUnit],
          ["note", note !== null],
        ] as [ColumnKey, boolean][]
      )
        .filter(([, changed]) => changed)
        .map(([key]) => key);
      if (changedColumns.length) {
        if (ctx.actor === "staff" && !item.mayUpdate) {
          fail(changedColumns[0]!, "ledger.sheet.notLead", String(cells[changedColumns[0]!] ?? ""));
        } else {
          const decision = decideStatus({
            actor: ctx.actor,
            from: item.status,
            to: status,
            progress,
            currentProgress: item.progress,
            reason: note,
          });
          if (!decision.ok) {
            const column: ColumnKey = decision.field === "reason" ? "note" : decision.field;
            fail(column, decision.error, String(cells[column] ?? ""));
          } else {
            progressChange = { status: decision.status, progress: decision.progress, actualValue, actualUnit, note };
            progressCells = changedColumns.length;
          }
        }
      }
    }

    const assignChange = assignKeys.length && ctx.actor === "supervisor" ? assign : null;
    if (assignChange || progressChange) {
      changes.push({
        row,
        id,
        version,
        assign: assignChange,
        progress: progressChange,
        cells: (assignChange ? assignKeys.length : 0) + progressCells,
      });
    }
  }
  return { changes: errors.length ? [] : changes, errors };
}
