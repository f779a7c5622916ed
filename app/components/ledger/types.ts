// Shapes shared by the review components (one module, so that they never import each other for types).
import type { CommitmentTarget } from "~/models/extracted-fields";

/** One extracted commitment as the review screen shows it. */
export interface ReviewItemView extends CommitmentTarget {
  id: number;
  quote: string;
  kind: string;
  sector: string | null;
  reviewState: string;
  version: number;
}
