// Shapes shared by the review components (one module, so that they never import each other for types).

/** One extracted commitment as the review screen shows it. */
export interface ReviewItemView {
  id: number;
  quote: string;
  kind: string;
  metric: string;
  target: number | null;
  unit: string | null;
  comparator: string | null;
  growth: boolean;
  deadline: number | null;
  sector: string | null;
  reviewState: string;
  version: number;
}
