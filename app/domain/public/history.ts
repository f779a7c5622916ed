// Public history: audit events marked public, reduced to the fields a citizen may see.

export interface AuditRow {
  id: number;
  entity: string;
  entityId: number;
  action: string;
  before: string | null;
  after: string | null;
  createdAt: Date;
}

export type Value = string | number | boolean | null;

export interface Change {
  field: PublicField;
  before: Value;
  after: Value;
}

export interface HistoryEntry {
  id: number;
  at: Date;
  entity: string;
  entityId: number;
  action: string;
  changes: Change[];
}

/** Only these fields of an event's before/after are ever shown; everything else stays internal. */
const PUBLIC_FIELDS = [
  "status",
  "progress",
  "actualValue",
  "actualUnit",
  "target",
  "unit",
  "deadline",
  "dueDate",
  "sector",
  "leadDepartment",
  "verdict",
  "reviewState",
] as const;
export type PublicField = (typeof PUBLIC_FIELDS)[number];

function parse(json: string | null): Record<string, unknown> {
  if (!json) return {};
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const isValue = (v: unknown): v is Value =>
  v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean";

/** One event as a history entry: whitelisted, primitive fields that changed (or were set). */
export function toHistoryEntry(row: AuditRow): HistoryEntry {
  const before = parse(row.before);
  const after = parse(row.after);
  const changes: Change[] = [];
  for (const field of PUBLIC_FIELDS) {
    if (!(field in after)) continue;
    const a = after[field];
    const b = field in before ? before[field] : null;
    if (!isValue(a) || !isValue(b) || a === b) continue;
    changes.push({ field, before: b, after: a });
  }
  return { id: row.id, at: row.createdAt, entity: row.entity, entityId: row.entityId, action: row.action, changes };
}
