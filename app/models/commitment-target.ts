// The target of a commitment as the report states it: one type for the server's rows and the pages' views.

/** What, how much, which way, by when: the columns `targetFields` selects. */
export interface CommitmentTarget {
  metric: string;
  target: number | null;
  unit: string | null;
  comparator: string | null;
  growth: boolean;
  deadline: number | null;
}
