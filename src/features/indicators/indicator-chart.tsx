import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useRef } from 'react';
import { chartSurface, ExportMenu } from '../../components/export-menu';
import type { SeriesPoint } from '../../domain/chart-series';
import { formatPeriod, formatValue } from '../../domain/format';
import type { Unit } from '../../domain/indicator';
import { useLocale, useT } from '../../i18n/use-t';
import { indicatorProvenance, noteKindText, type ChartContext } from './chart-provenance';

/**
 * Actual values against the annual target and the 序时进度 pace line. Presentational: data in,
 * recharts out; colours come from CSS variables; the text alternative is ChartTable.
 */
/** A benchmark drawn as a horizontal line: a peer's value for a whole year, with its year. */
export interface BenchmarkLine {
  readonly label: string;
  readonly value: number;
}

export default function IndicatorChart({
  series,
  unit,
  title,
  benchmarks = [],
  ...context
}: {
  series: readonly SeriesPoint[];
  unit: Unit;
  title: string;
  benchmarks?: readonly BenchmarkLine[];
} & ChartContext) {
  const t = useT();
  const locale = useLocale();
  const figure = useRef<HTMLElement>(null);
  const data = series.map((p) => ({ ...p, label: formatPeriod(p.period, locale) }));
  const fmt = (v: unknown) => (typeof v === 'number' ? formatValue(v, unit, locale) : '—');
  const { provenance, fileName } = indicatorProvenance({ series, unit, title, benchmarks, ...context }, t, locale);
  return (
    <figure className="chart" aria-label={`${title}: ${t('detail.chart')}`} ref={figure}>
      <div className="export-tools">
        <ExportMenu
          kind="chart"
          target={() => chartSurface(figure.current)}
          provenance={provenance}
          fileName={fileName}
        />
      </div>
      <ResponsiveContainer width="100%" height={320} initialDimension={{ width: 800, height: 320 }}>
        <ComposedChart
          data={data}
          margin={{ top: 12, right: 24, bottom: 8, left: 8 }}
          // The table beside the chart is its accessible alternative; recharts' keyboard layer would
          // only add unnamed tab stops.
          accessibilityLayer={false}
        >
          <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fill: 'var(--text-muted)', fontSize: 12 }} interval="preserveStartEnd" />
          <YAxis tick={{ fill: 'var(--text-muted)', fontSize: 12 }} tickFormatter={(v: number) => fmt(v)} width={88} />
          <Tooltip formatter={(v) => fmt(v)} />
          <Legend />
          {(context.valueNotes ?? [])
            .filter((n) => series.some((p) => p.period === n.period))
            .map((n) => (
              // A note stands at its month: a thin line with its kind on top ("原因", "数据更正").
              <ReferenceLine
                key={n.id}
                x={formatPeriod(n.period, locale)}
                stroke="var(--text-muted)"
                strokeDasharray="2 3"
                label={{ value: noteKindText(n, t), position: 'top', fill: 'var(--text)', fontSize: 12 }}
                ifOverflow="extendDomain"
              />
            ))}
          {benchmarks.map((b) => (
            <ReferenceLine
              key={b.label}
              y={b.value}
              stroke="var(--blue)"
              strokeDasharray="2 4"
              ifOverflow="extendDomain"
              label={{ value: b.label, position: 'insideTopLeft', fill: 'var(--blue)', fontSize: 12 }}
            />
          ))}
          <Line
            type="monotone"
            dataKey="target"
            name={t('chart.target')}
            stroke="var(--chart-target)"
            strokeWidth={2}
            strokeDasharray="8 4"
            dot={false}
            isAnimationActive={false}
          />
          <Line
            type="linear"
            dataKey="pace"
            name={t('chart.pace')}
            stroke="var(--chart-pace)"
            strokeWidth={2}
            strokeDasharray="3 3"
            dot={false}
            isAnimationActive={false}
          />
          <Line
            type="linear"
            dataKey="actual"
            name={t('chart.actual')}
            stroke="var(--chart-actual)"
            strokeWidth={3}
            connectNulls={false}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}
