import { useEffect, useState } from 'react';
import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { ChartTable } from './ChartTable';

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
  /** Highest value of the axis (e.g. 1 for rates); data maximum when omitted. */
  max?: number;
  layout: 'horizontal' | 'vertical';
}

const tick = { fill: 'var(--muted)', fontSize: 12 };

/**
 * Bars coloured through CSS variables, so the chart follows the light/dark theme. The SVG is hidden
 * from assistive technology; a visually hidden table carries the same numbers.
 */
export function BarsChart({ caption, labelHeader, valueHeader, data, max, layout }: Props) {
  const rowHeight = 34;
  const height = layout === 'vertical' ? Math.max(80, data.length * rowHeight + 16) : 170;
  const domain: [number, number | 'auto'] = [0, max ?? 'auto'];
  const drawn = useDrawnAfterFirstPaint();
  return (
    <figure className="chart">
      <div aria-hidden="true" className="chart-canvas" style={drawn ? undefined : { height }}>
        {drawn && (
        <ResponsiveContainer width="100%" height={height}>
          <BarChart data={data} layout={layout} margin={{ top: 14, right: 36, bottom: 0, left: 0 }} accessibilityLayer={false}>
            {layout === 'vertical' ? (
              <>
                <XAxis type="number" hide domain={domain} />
                <YAxis type="category" dataKey="label" width={110} tick={tick} axisLine={false} tickLine={false} />
              </>
            ) : (
              <>
                <XAxis type="category" dataKey="label" tick={tick} axisLine={{ stroke: 'var(--border)' }} tickLine={false} interval={0} />
                <YAxis type="number" hide domain={domain} />
              </>
            )}
            <Bar dataKey="value" radius={4} isAnimationActive={false} maxBarSize={layout === 'vertical' ? 22 : 56}>
              {data.map((d) => (
                <Cell key={d.label} fill={d.color} />
              ))}
              <LabelList dataKey="shown" position={layout === 'vertical' ? 'right' : 'top'} fill="var(--text)" fontSize={12} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
        )}
      </div>
      <ChartTable caption={caption} headers={[labelHeader, valueHeader]} rows={data.map((d) => [d.label, d.shown])} />
    </figure>
  );
}

/**
 * False until the page has painted once with this chart's space in it. The chart library needs far
 * longer to draw than the cards around it (measured: three small charts cost most of a first
 * Insights visit at 2,000 applications, and React cannot interrupt their commit), so the numbers
 * are painted first, in a space of the chart's own height (nothing moves), and the bars follow
 * right after that paint.
 */
function useDrawnAfterFirstPaint(): boolean {
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    // A timer set inside an animation frame runs after that frame is painted.
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setDrawn(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, []);
  return drawn;
}
