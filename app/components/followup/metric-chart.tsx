// One recurring metric as a server-rendered SVG: targets (hollow, dashed) and results (solid) by year, values written out.
import type { Series } from "~/domain/followup/series";
import { formatNumber } from "~/components/followup/format";

const WIDTH = 640;
const HEIGHT = 240;
const PAD = { left: 16, right: 16, top: 24, bottom: 32 };

function scale(series: Series) {
  const values = series.years.flatMap((y) => [y.target?.value, y.result?.value]).filter((v): v is number => v != null);
  const max = Math.max(...values, 0);
  const min = Math.min(...values, 0);
  const span = max - min || 1;
  const first = series.years[0]!.year;
  const last = series.years.at(-1)!.year;
  const x = (year: number) =>
    last === first
      ? WIDTH / 2
      : PAD.left + 24 + ((year - first) / (last - first)) * (WIDTH - PAD.left - PAD.right - 48);
  const y = (value: number) => PAD.top + (1 - (value - min) / (span * 1.1)) * (HEIGHT - PAD.top - PAD.bottom);
  return { x, y, baseline: y(0) };
}

function path(points: [number, number][]): string {
  return points.map(([px, py], i) => `${i ? "L" : "M"}${px.toFixed(1)},${py.toFixed(1)}`).join(" ");
}

/** `labelledBy`: the id of the element that names the chart (the metric's heading). */
export function MetricChart({ series, labelledBy }: { series: Series; labelledBy: string }) {
  const { x, y, baseline } = scale(series);
  const unit = series.unit ?? "";
  const targets = series.years.filter((p) => p.target).map((p) => [x(p.year), y(p.target!.value)] as [number, number]);
  const results = series.years.filter((p) => p.result).map((p) => [x(p.year), y(p.result!.value)] as [number, number]);
  return (
    <svg className="metric-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={labelledBy}>
      <line className="axis" x1={PAD.left} x2={WIDTH - PAD.right} y1={baseline} y2={baseline} />
      {targets.length > 1 ? <path className="target-line" d={path(targets)} /> : null}
      {results.length > 1 ? <path className="result-line" d={path(results)} /> : null}
      {series.years.map((p) => (
        <g key={p.year}>
          <text x={x(p.year)} y={HEIGHT - 10} textAnchor="middle">
            {p.year}
          </text>
          {p.target ? (
            <>
              <circle className="target" cx={x(p.year)} cy={y(p.target.value)} r={5} />
              <text x={x(p.year) + 8} y={y(p.target.value) - 6} lang="zh">
                {formatNumber(p.target.value)}
                {unit}
              </text>
            </>
          ) : null}
          {p.result ? (
            <>
              <circle className="result" cx={x(p.year)} cy={y(p.result.value)} r={5} />
              <text x={x(p.year) + 8} y={y(p.result.value) + 14} lang="zh">
                {formatNumber(p.result.value)}
                {unit}
              </text>
            </>
          ) : null}
        </g>
      ))}
    </svg>
  );
}
