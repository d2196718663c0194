import type { ReactNode } from 'react';

/** One line of a chart: its label (legend) and one value per x position. */
export interface ChartSeries {
  id: string;
  label: string;
  values: readonly number[];
}

const PALETTE = ['#2a6ebb', '#c13832', '#207a43', '#8a5a00', '#6b3fa0', '#0b7285'];
const WIDTH = 640;
const HEIGHT = 240;
const PAD = { left: 88, right: 40, top: 12, bottom: 28 };

/**
 * A small line chart in SVG, hidden from screen readers: the caller puts the same figures
 * in a table next to it (the table is the accessible form). `markers` draw vertical lines
 * (e.g. the chosen price weight, a winner change) at x positions in value units.
 */
export function LineChart(props: {
  series: readonly ChartSeries[];
  /** x value of each position (months 1…n, price weights 0…100). */
  xs: readonly number[];
  formatY: (value: number) => string;
  formatX: (value: number) => string;
  markers?: readonly { x: number; label: string; dashed?: boolean }[];
  testId?: string;
  legend?: ReactNode;
}) {
  const { series, xs } = props;
  const all = series.flatMap((s) => s.values);
  const maxY = Math.max(1, ...all);
  const minY = Math.min(0, ...all);
  const minX = xs[0] ?? 0;
  const maxX = xs.at(-1) ?? 1;
  const sx = (x: number) =>
    PAD.left + ((x - minX) / (maxX - minX || 1)) * (WIDTH - PAD.left - PAD.right);
  const sy = (y: number) =>
    HEIGHT - PAD.bottom - ((y - minY) / (maxY - minY || 1)) * (HEIGHT - PAD.top - PAD.bottom);
  const ticks = [minY, (minY + maxY) / 2, maxY];
  const xTicks = [minX, (minX + maxX) / 2, maxX];
  return (
    <div className="line-chart" data-testid={props.testId}>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        aria-hidden="true"
        focusable="false"
        preserveAspectRatio="xMidYMid meet"
      >
        {ticks.map((y) => (
          <g key={`y${y}`}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={sy(y)} y2={sy(y)} stroke="#ddd" />
            <text x={PAD.left - 6} y={sy(y) + 4} textAnchor="end" fontSize="11" fill="#333">
              {props.formatY(y)}
            </text>
          </g>
        ))}
        {xTicks.map((x) => (
          <text
            key={`x${x}`}
            x={sx(x)}
            y={HEIGHT - 8}
            textAnchor="middle"
            fontSize="11"
            fill="#333"
          >
            {props.formatX(x)}
          </text>
        ))}
        {props.markers?.map((m, i) => (
          <g key={`m${m.x}${m.label}`}>
            <line
              x1={sx(m.x)}
              x2={sx(m.x)}
              y1={PAD.top}
              y2={HEIGHT - PAD.bottom}
              stroke="#222"
              strokeDasharray={m.dashed ? '4 3' : undefined}
            />
            <text x={sx(m.x) + 4} y={PAD.top + 10 + 13 * i} fontSize="11" fill="#222">
              {m.label}
            </text>
          </g>
        ))}
        {series.map((s, i) => (
          <polyline
            key={s.id}
            fill="none"
            stroke={PALETTE[i % PALETTE.length]}
            strokeWidth="2"
            points={s.values.map((v, j) => `${sx(xs[j] ?? j)},${sy(v)}`).join(' ')}
          />
        ))}
      </svg>
      <ul className="line-chart-legend" aria-hidden="true">
        {series.map((s, i) => (
          <li key={s.id}>
            <span
              className="line-chart-swatch"
              style={{ background: PALETTE[i % PALETTE.length] }}
            />
            {s.label}
          </li>
        ))}
      </ul>
      {props.legend}
    </div>
  );
}
