// An item's history from its audit rows: who, when, what changed from what to what, and why.

export interface AuditRow {
  id: number;
  actorLabel: string;
  entity: string;
  entityId: number;
  action: string;
  before: string | null;
  after: string | null;
  reason: string | null;
  public: boolean;
  createdAt: Date;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface HistoryEntry {
  id: number;
  at: Date;
  actor: string;
  entity: string;
  entityId: number;
  action: string;
  reason: string | null;
  public: boolean;
  changes: FieldChange[];
}

function parse(json: string | null): unknown {
  if (json === null) return undefined;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return json;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Field by field: every key of before or after, in the order they first appear. */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  if (before === undefined && after === undefined) return [];
  if (!isRecord(before) && !isRecord(after)) return [{ field: "", before: before ?? null, after: after ?? null }];
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.map((field) => ({ field, before: b[field] ?? null, after: a[field] ?? null }));
}

/** Newest first. */
export function historyEntries(rows: readonly AuditRow[]): HistoryEntry[] {
  return [...rows]
    .sort((x, y) => y.createdAt.getTime() - x.createdAt.getTime() || y.id - x.id)
    .map((row) => ({
      id: row.id,
      at: row.createdAt,
      actor: row.actorLabel,
      entity: row.entity,
      entityId: row.entityId,
      action: row.action,
      reason: row.reason,
      public: row.public,
      changes: fieldChanges(parse(row.before), parse(row.after)),
    }));
}

/** A value as the history shows it: dates as days, lists joined, nothing as a dash. */
export function displayValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "string") return /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(value) ? value.slice(0, 10) : value;
  if (typeof value === "boolean") return value ? "✓" : "✗";
  if (Array.isArray(value)) return value.length ? value.map(displayValue).join("、") : "—";
  if (isRecord(value)) {
    if (typeof value.title === "string" && typeof value.url === "string") return `${value.title} <${value.url}>`;
    if (typeof value.title === "string") return value.title;
    return JSON.stringify(value);
  }
  return String(value);
}
