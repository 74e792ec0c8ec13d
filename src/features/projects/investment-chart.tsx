import { useRef } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { chartSurface, ExportMenu, type ChartProvenance } from '../../components/export-menu';

/** One bar: a group's name and its planned investment in 亿元. */
export interface InvestmentBar {
  readonly key: string;
  readonly name: string;
  readonly investment: number;
}

/**
 * Planned investment of a grouping (industry, park) as horizontal bars, largest first, each with its
 * amount written beside it. Presentational; the table beside it is the text alternative.
 */
export default function InvestmentChart({
  bars,
  title,
  format,
  provenance,
  fileName,
}: {
  bars: readonly InvestmentBar[];
  title: string;
  /** Writes an amount in 亿元 as the reader expects it ("3.5亿元" / "CN¥350M"). */
  format: (value: number) => string;
  /** What the exported image says about its numbers. */
  provenance: ChartProvenance;
  fileName: string;
}) {
  const figure = useRef<HTMLElement>(null);
  const height = Math.max(120, bars.length * 40 + 40);
  return (
    <figure className="chart projects-chart" aria-label={title} ref={figure}>
      <div className="export-tools">
        <ExportMenu
          kind="chart"
          target={() => chartSurface(figure.current)}
          provenance={provenance}
          fileName={fileName}
        />
      </div>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 600, height }}>
        <BarChart
          data={[...bars]}
          layout="vertical"
          margin={{ top: 8, right: 72, bottom: 8, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            tick={{ fill: 'var(--text-muted)', fontSize: 12 }}
            tickFormatter={(v: number) => format(v)}
          />
          <YAxis type="category" dataKey="name" width={150} tick={{ fill: 'var(--text)', fontSize: 12 }} />
          <Bar dataKey="investment" name={title} fill="var(--chart-actual)" isAnimationActive={false}>
            <LabelList
              dataKey="investment"
              position="right"
              formatter={(v: unknown) => (typeof v === 'number' ? format(v) : '')}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
