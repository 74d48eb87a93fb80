import { ChartTable } from './ChartTable';
import { COLUMNS, ROWS, columnBars, rowBarPercents } from './bar-geometry';

export interface BarDatum {
  label: string;
  value: number;
  /** What the label on the bar says ("42%", "3"). */
  shown: string;
  /** A CSS colour, normally a variable ("var(--chart-ok)"). */
  color: string;
}

interface Props {
  caption: string;
  labelHeader: string;
  valueHeader: string;
  data: BarDatum[];
  /** Highest value of the scale (e.g. 1 for rates); the largest value when omitted. */
  max?: number;
  /** `rows`: one bar per line growing right (the funnel); `columns`: bars side by side. */
  layout: 'rows' | 'columns';
}

/**
 * Plain SVG bars, drawn in the same render as the numbers around them (a handful of rectangles;
 * a chart library cost more than the rest of the page and could not be interrupted). Geometry is
 * in bar-geometry.ts. Colours are CSS variables, so the bars follow the light/dark theme. The
 * drawing is hidden from assistive technology; a visually hidden table carries the same numbers.
 */
export function BarsChart({ caption, labelHeader, valueHeader, data, max, layout }: Props) {
  return (
    <figure className="chart">
      <div aria-hidden="true" className={`chart-canvas bars-${layout}`}>
        {layout === 'rows' ? <RowBars data={data} max={max} /> : <ColumnBars data={data} max={max} />}
      </div>
      <ChartTable caption={caption} headers={[labelHeader, valueHeader]} rows={data.map((d) => [d.label, d.shown])} />
    </figure>
  );
}

function RowBars({ data, max }: { data: BarDatum[]; max?: number }) {
  const percents = rowBarPercents(
    data.map((d) => d.value),
    max,
  );
  const middle = ROWS.rowHeight / 2;
  return (
    <div className="bar-rows">
      {data.map((d, i) => (
        <div className="bar-row" key={d.label} style={{ gridTemplateColumns: `${ROWS.labelWidth}px 1fr`, height: ROWS.rowHeight }}>
          <span className="bar-label">{d.label}</span>
          <svg className="bar-track" width="100%" height={ROWS.rowHeight} focusable="false">
            <rect x={0} y={middle - ROWS.barThickness / 2} width={`${percents[i]}%`} height={ROWS.barThickness} rx={4} fill={d.color} />
            <text x={`${percents[i]}%`} dx={6} y={middle} dominantBaseline="central" className="bar-number">
              {d.shown}
            </text>
          </svg>
        </div>
      ))}
    </div>
  );
}

function ColumnBars({ data, max }: { data: BarDatum[]; max?: number }) {
  const bars = columnBars(
    data.map((d) => d.value),
    max,
  );
  const baseline = COLUMNS.height - COLUMNS.bottom;
  const half = COLUMNS.barWidth / 2;
  return (
    <svg className="bar-columns" width="100%" height={COLUMNS.height} focusable="false">
      <line x1="0" x2="100%" y1={baseline} y2={baseline} className="bar-baseline" />
      {data.map((d, i) => {
        const bar = bars[i]!;
        const centre = `${bar.centrePercent}%`;
        return (
          <g key={d.label}>
            <rect x={centre} transform={`translate(${-half} 0)`} y={bar.y} width={COLUMNS.barWidth} height={bar.height} rx={4} fill={d.color} />
            <text x={centre} y={bar.y - 5} textAnchor="middle" className="bar-number">
              {d.shown}
            </text>
            <text x={centre} y={COLUMNS.height - 6} textAnchor="middle" className="bar-label">
              {d.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
