// A possible result for a promise: the review's fact, how well it fits, the verdict it would give, and what it uses up.
import type { Verdict } from "~/domain/vocab";
import type { Fact } from "~/domain/followup/facts";

/**
 * How the result was read: a figure, several figures summed, a named thing's stage, an outcome said in words, a
 * growth reckoned from two years' levels (the earlier review's and the later one's).
 */
export type Route = "figure" | "sum" | "stage" | "items" | "words" | "derived";

export interface Candidate {
  fact: Fact;
  score: number;
  verdict: Verdict;
  route: Route;
  /** What it uses up: a figure serves one promise, a clause serves each thing it names once. */
  anchors: string[];
  /**
   * Progress toward a later deadline (one year of a five-year total): the figure also reports the year's own promise,
   * so it neither uses anything up nor is kept from this promise by one that uses it.
   */
  progress?: boolean;
  /**
   * The stage of works a promise's investment sizes (投资5000万元推进…建设): news of the works, which the promise naming
   * them and the one sizing them share, so it neither uses anything up nor is kept by one that uses it.
   */
  shared?: boolean;
  /** The reported value in the fact's unit (a sum for summed figures), null for words. */
  value: number | null;
  unit: string | null;
}
