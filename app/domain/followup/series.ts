// Recurring metrics of one jurisdiction (GDP growth, 一般公共预算收入 …): its targets and results year by year.
import type { Comparator } from "~/domain/vocab";
import { canonicalMetric, metricSimilarity, normaliseMetric } from "~/domain/followup/metric";
import { convert, isPercent, unitFit } from "~/domain/followup/units";

export interface SeriesInput {
  kind: "target" | "result";
  year: number;
  metric: string;
  value: number;
  unit: string | null;
  growth: boolean;
  comparator?: Comparator | null;
  estimated?: boolean;
  quote: string;
  reportId: number;
}

export interface SeriesValue {
  value: number; // in the series' unit
  comparator: Comparator | null;
  estimated: boolean;
  quote: string;
  reportId: number;
}

export interface Series {
  key: string;
  label: string;
  unit: string | null;
  growth: boolean;
  years: { year: number; target: SeriesValue | null; result: SeriesValue | null }[];
}

/** Results sit in a series only when their metric reads almost the same as its targets'. */
const SAME_METRIC = 0.8;

interface Cluster {
  label: string;
  unit: string | null;
  growth: boolean;
  targets: Map<number, SeriesValue>;
  results: Map<number, SeriesValue>;
}

function fits(cluster: Cluster, point: SeriesInput): boolean {
  if (cluster.growth !== point.growth) return false;
  if (isPercent(cluster.unit) !== isPercent(point.unit) || unitFit(cluster.unit, point.unit) === 0) return false;
  return metricSimilarity(cluster.label, point.metric) >= SAME_METRIC;
}

function valueOf(cluster: Cluster, point: SeriesInput): SeriesValue | null {
  const value = convert(point.value, point.unit, cluster.unit);
  if (value === null) return null;
  const { comparator = null, estimated = false, quote, reportId } = point;
  return { value, comparator, estimated, quote, reportId };
}

/**
 * Groups targets by metric (rewordings and unit changes folded), then adds the results that read the same.
 * Keeps the metrics that recur: targets in one year at least and values in two years or more.
 */
export function buildSeries(points: readonly SeriesInput[]): Series[] {
  const clusters: Cluster[] = [];
  const ordered = [...points].sort((a, b) => a.year - b.year || a.reportId - b.reportId);
  for (const point of ordered.filter((p) => p.kind === "target")) {
    let cluster = clusters.find((c) => fits(c, point));
    if (!cluster) {
      cluster = { label: point.metric, unit: point.unit, growth: point.growth, targets: new Map(), results: new Map() };
      clusters.push(cluster);
    }
    const value = valueOf(cluster, point);
    if (value && !cluster.targets.has(point.year)) cluster.targets.set(point.year, value);
  }
  for (const point of ordered.filter((p) => p.kind === "result")) {
    const scored = clusters
      .filter((c) => fits(c, point))
      .sort((a, b) => metricSimilarity(b.label, point.metric) - metricSimilarity(a.label, point.metric));
    const cluster = scored[0];
    const value = cluster ? valueOf(cluster, point) : null;
    if (cluster && value && !cluster.results.has(point.year)) cluster.results.set(point.year, value);
  }
  return clusters
    .map((c) => {
      const years = [...new Set([...c.targets.keys(), ...c.results.keys()])].sort((a, b) => a - b);
      return {
        key: `${normaliseMetric(canonicalMetric(c.label))}${c.growth ? "-growth" : ""}`,
        label: c.label,
        unit: c.unit,
        growth: c.growth,
        years: years.map((year) => ({
          year,
          target: c.targets.get(year) ?? null,
          result: c.results.get(year) ?? null,
        })),
      };
    })
    .filter((s) => s.years.length >= 2)
    .sort((a, b) => b.years.length - a.years.length || a.label.localeCompare(b.label));
}
