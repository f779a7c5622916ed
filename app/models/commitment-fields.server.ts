// Groups of commitment fields that several queries select together; each query still names the rest.

/** The promise as it stands in the report: its number in the list, its sentence and where that lies, its kind. */
export const quoteFields = {
  ordinal: true,
  quote: true,
  quoteStart: true,
  quoteEnd: true,
  kind: true,
} as const;

/** The target as read from the report: what, how much, which way, by when. */
export const targetFields = {
  metric: true,
  target: true,
  unit: true,
  comparator: true,
  growth: true,
  deadline: true,
} as const;

/** The columns of `targetFields` as a raw statement returns them (SQLite gives `growth` as 0 or 1). */
export interface TargetSqlRow {
  metric: string;
  target: number | null;
  unit: string | null;
  comparator: string | null;
  growth: boolean | number;
  deadline: number | null;
}

/** Where the work stands, as the lead department last reported it. */
export const progressFields = {
  status: true,
  statusReason: true,
  progress: true,
  actualValue: true,
  actualUnit: true,
} as const;
