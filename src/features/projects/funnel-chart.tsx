import { useRef } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { chartSurface, ExportMenu, type ChartProvenance } from '../../components/export-menu';

/** One step of the funnel as the chart draws it: the stage's name and its two counts. */
export interface FunnelBar {
  readonly stage: string;
  readonly reached: number;
  readonly inPeriod: number;
}

/**
 * 签约 → 开工 → 竣工 → 投产 as horizontal bars, top to bottom: every project that reached the stage,
 * and those that reached it in the period's year. Presentational; the counts are written at the bars
 * and the table beside the chart holds them as text.
 */
export default function FunnelChart({
  bars,
  title,
  reachedLabel,
  inPeriodLabel,
  provenance,
  fileName,
}: {
  bars: readonly FunnelBar[];
  title: string;
  reachedLabel: string;
  inPeriodLabel: string;
  /** What the exported image says about its numbers. */
  provenance: ChartProvenance;
  fileName: string;
}) {
  const figure = useRef<HTMLElement>(null);
  const height = bars.length * 64 + 60;
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
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 800, height }}>
        <BarChart
          data={[...bars]}
          layout="vertical"
          margin={{ top: 8, right: 40, bottom: 8, left: 8 }}
          barGap={2}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={{ fill: 'var(--text-muted)', fontSize: 12 }} />
          <YAxis type="category" dataKey="stage" width={96} tick={{ fill: 'var(--text)', fontSize: 13 }} />
          {/* In the order of the bars, not alphabetically. */}
          <Legend itemSorter={(item) => (item.dataKey === 'reached' ? 0 : 1)} />
          <Bar dataKey="reached" name={reachedLabel} fill="var(--chart-pace)" isAnimationActive={false}>
            <LabelList dataKey="reached" position="right" />
          </Bar>
          <Bar dataKey="inPeriod" name={inPeriodLabel} fill="var(--chart-actual)" isAnimationActive={false}>
            <LabelList dataKey="inPeriod" position="right" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
