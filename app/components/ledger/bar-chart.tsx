// A horizontal bar chart drawn on the server as SVG; every number is also written as text.
export interface Bar {
  label: string;
  value: number;
  tone?: "green" | "yellow" | "red" | "grey" | "blue";
}

const FILL: Record<NonNullable<Bar["tone"]>, string> = {
  green: "#1b6e3a",
  yellow: "#a86f00",
  red: "#a4161a",
  grey: "#6b665f",
  blue: "#0b4f8a",
};

export function BarChart({ title, bars }: { title: string; bars: Bar[] }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rowHeight = 28;
  const labelWidth = 120;
  const width = 420;
  const barSpace = width - labelWidth - 50;
  const height = bars.length * rowHeight + 4;
  return (
    <figure className="chart panel">
      <figcaption>{title}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        aria-label={`${title}: ${bars.map((b) => `${b.label} ${b.value}`).join("，")}`}
      >
        {bars.map((bar, i) => {
          const y = i * rowHeight + 2;
          const w = Math.round((bar.value / max) * barSpace);
          return (
            <g key={bar.label}>
              <text x={labelWidth - 8} y={y + 18} textAnchor="end" fontSize="13" fill="#1c1b19">
                {bar.label}
              </text>
              <rect
                x={labelWidth}
                y={y + 4}
                width={Math.max(w, bar.value ? 2 : 0)}
                height={rowHeight - 10}
                rx="3"
                fill={FILL[bar.tone ?? "blue"]}
              />
              <text x={labelWidth + w + 6} y={y + 18} fontSize="13" fill="#1c1b19">
                {bar.value}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
