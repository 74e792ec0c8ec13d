import type { SeriesPoint } from '../../domain/chart-series';
import { formatPeriod, formatValue } from '../../domain/format';
import type { Unit } from '../../domain/indicator';
import { useLocale, useT } from '../../i18n/use-t';
import { SampleTag } from '../../components/sample-tag';

/** The chart's text alternative: the same series as a table. */
export function ChartTable({
  series,
  unit,
  benchmarks = [],
}: {
  series: readonly SeriesPoint[];
  unit: Unit;
  benchmarks?: readonly { label: string; value: number }[];
}) {
  const t = useT();
  const locale = useLocale();
  const fmt = (v: number | null) => (v === null ? '—' : formatValue(v, unit, locale));
  return (
    <details className="chart-alt">
      <summary>{t('detail.chartAlt')}</summary>
      <table className="data-table">
        <caption className="visually-hidden">{t('detail.chartAlt')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('chart.month')}</th>
            <th scope="col">{t('chart.actual')}</th>
            <th scope="col">{t('chart.pace')}</th>
            <th scope="col">{t('chart.target')}</th>
          </tr>
        </thead>
        <tbody>
          {series.map((p) => (
            <tr key={p.period}>
              <th scope="row">{formatPeriod(p.period, locale)}</th>
              <td className="num">
                {fmt(p.actual)}
                {p.actual !== null && p.actualSample ? <SampleTag /> : null}
              </td>
              <td className="num">{fmt(p.pace)}</td>
              <td className="num">{fmt(p.target)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {benchmarks.length > 0 ? (
        <ul className="benchmark-lines">
          {benchmarks.map((b) => (
            <li key={b.label}>
              {t('chart.benchmark')}：{b.label} {fmt(b.value)}
            </li>
          ))}
        </ul>
      ) : null}
    </details>
  );
}
