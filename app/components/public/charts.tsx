// Server-rendered SVG charts; every number they draw is also on the page as text.
import { percent } from "~/domain/public/scorecard";

export interface Slice {
  key: string;
  label: string;
  count: number;
  /** CSS class giving the fill colour (see app/styles/public.css). */
  tone: string;
}

/** One horizontal bar split by share; the caller shows the same numbers in a table. */
export function StackedBar({ slices, label }: { slices: Slice[]; label: string }) {
  const total = slices.reduce((sum, s) => sum + s.count, 0);
  let x = 0;
  return (
    <svg className="chart-stacked" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label={label}>
      <rect className="tone-empty" x="0" y="0" width="100" height="10" />
      {total > 0
        ? slices
            .filter((s) => s.count > 0)
            .map((s) => {
              const width = (s.count / total) * 100;
              const rect = (
                <rect key={s.key} className={s.tone} x={x} y="0" width={width} height="10">
                  <title>{`${s.label}: ${s.count} (${percent(s.count / total)}%)`}</title>
                </rect>
              );
              x += width;
              return rect;
            })
        : null}
    </svg>
  );
}

/** The headline ring: the kept share as an arc, the percentage in the middle. */
export function Ring({ share, label }: { share: number; label: string }) {
  const r = 42;
  const circumference = 2 * Math.PI * r;
  const shown = percent(share);
  return (
    <svg className="chart-ring" viewBox="0 0 100 100" role="img" aria-label={label}>
      <circle className="ring-track" cx="50" cy="50" r={r} />
      <circle
        className="ring-value"
        cx="50"
        cy="50"
        r={r}
        strokeDasharray={`${(share * circumference).toFixed(2)} ${circumference.toFixed(2)}`}
        transform="rotate(-90 50 50)"
      />
      <text x="50" y="57" textAnchor="middle" className="ring-text">
        {shown}%
      </text>
    </svg>
  );
}

/** A small bar for a table cell (value of max). */
export function MiniBar({ value, max, tone = "tone-kept" }: { value: number; max: number; tone?: string }) {
  const width = max > 0 ? Math.max(0, Math.min(100, (value / max) * 100)) : 0;
  return (
    <svg className="chart-mini" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect className="tone-empty" x="0" y="0" width="100" height="8" />
      <rect className={tone} x="0" y="0" width={width} height="8" />
    </svg>
  );
}

/** Progress against 序时进度: the bar is the progress, the tick the expected progress. */
export function ProgressChart({
  progress,
  expected,
  label,
  tone,
}: {
  progress: number;
  expected: number | null;
  label: string;
  tone: string;
}) {
  const p = Math.max(0, Math.min(100, progress));
  return (
    <svg className="chart-progress" viewBox="0 0 100 14" preserveAspectRatio="none" role="img" aria-label={label}>
      <rect className="tone-empty" x="0" y="2" width="100" height="10" />
      <rect className={tone} x="0" y="2" width={p} height="10" />
      {expected !== null ? (
        <rect className="tick" x={Math.max(0, Math.min(99, expected - 0.5))} y="0" width="1" height="14" />
      ) : null}
    </svg>
  );
}
