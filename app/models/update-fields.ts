// What a department reports in an update (not a .server module: the ledger's update card uses the type).

/** A status, how far along, the figure reached and a note: the fields an update carries to its item. */
export interface UpdateReport {
  status: string;
  progress: number | null;
  actualValue: number | null;
  actualUnit: string | null;
  note: string | null;
}
