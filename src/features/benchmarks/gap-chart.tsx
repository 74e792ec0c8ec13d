import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { useRef } from 'react';
import { chartSurface, ExportMenu, type ChartProvenance } from '../../components/export-menu';
import { useT } from '../../i18n/use-t';

/** One bar: the gap to the first benchmark in %, positive when we are ahead, negative when behind. */
export interface GapBar {
  readonly id: string;
  readonly name: string;
  readonly pct: number;
}

/**
 * The diverging bar chart of gaps, largest behind first. Presentational: bars in, recharts out;
 * colours from CSS variables; a shape-free encoding (left = behind, right = ahead) plus the value
 * written at each bar, and the table beside it as the text alternative.
 */
export default function GapChart({
  bars,
  title,
  provenance,
  fileName,
}: {
  bars: readonly GapBar[];
  title: string;
  /** What the exported image says about its numbers. */
  provenance: ChartProvenance;
  fileName: string;
}) {
  const t = useT();
  const figure = useRef<HTMLElement>(null);
  const height = Math.max(160, bars.length * 34 + 40);
  return (
    <figure className="chart" aria-label={title} ref={figure}>
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
          margin={{ top: 8, right: 48, bottom: 8, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            tick={{ fill: 'var(--text-muted)', fontSize: 12 }}
            tickFormatter={(v: number) => `${v}%`}
          />
          <YAxis type="category" dataKey="name" width={180} tick={{ fill: 'var(--text)', fontSize: 12 }} />
          <ReferenceLine x={0} stroke="var(--text)" />
          <Bar dataKey="pct" isAnimationActive={false} name={t('bench.gapPct')}>
            {bars.map((b) => (
              <Cell key={b.id} fill={b.pct < 0 ? 'var(--red)' : 'var(--green)'} />
            ))}
            <LabelList
              dataKey="pct"
              position="right"
              formatter={(v: unknown) => (typeof v === 'number' ? `${v.toFixed(1)}%` : '')}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
