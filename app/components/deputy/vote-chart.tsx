// Server-rendered bar chart of a session's counts (votes or satisfaction), with every number also as text.
import { useT } from "~/i18n/use-t";

export interface ChartRow {
  label: string;
  segments: { value: number; className: string; name: string }[];
}

const WIDTH = 640;
const LABEL = 200;
const BAR = 22;
const GAP = 12;

export function VoteChart({ title, rows }: { title: string; rows: ChartRow[] }) {
  const t = useT();
  const max = Math.max(1, ...rows.map((r) => r.segments.reduce((sum, s) => sum + s.value, 0)));
  const scale = (WIDTH - LABEL - 60) / max;
  const height = rows.length * (BAR + GAP) + GAP;
  return (
    <figure className="vote-chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={title} width="100%">
        {rows.map((row, i) => {
          const y = GAP + i * (BAR + GAP);
          let x = LABEL;
          const total = row.segments.reduce((sum, s) => sum + s.value, 0);
          return (
            <g key={i}>
              <text
                x={LABEL - 8}
                y={y + BAR / 2}
                textAnchor="end"
                dominantBaseline="middle"
                className="chart-label"
                lang="zh"
              >
                {row.label.length > 14 ? `${row.label.slice(0, 13)}…` : row.label}
              </text>
              {row.segments.map((s) => {
                const w = s.value * scale;
                const rect = (
                  <rect key={s.name} x={x} y={y} width={w} height={BAR} className={s.className}>
                    <title>{`${s.name}: ${s.value}`}</title>
                  </rect>
                );
                x += w;
                return rect;
              })}
              <text x={x + 6} y={y + BAR / 2} dominantBaseline="middle" className="chart-value">
                {total}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="muted small">
        {title}
        <span className="chart-legend">
          {(rows[0]?.segments ?? []).map((s) => (
            <span key={s.name}>
              <svg width="12" height="12" aria-hidden="true">
                <rect width="12" height="12" className={s.className} />
              </svg>{" "}
              {s.name}
            </span>
          ))}
        </span>
        <span className="visually-hidden">{t("deputy.chart.tableBelow")}</span>
      </figcaption>
    </figure>
  );
}
