import { ExportMenu } from '../../components/export-menu';
import { tableProvenance, unitName, withUnit } from '../../components/provenance';
import type { SeriesPoint } from '../../domain/chart-series';
import { formatPeriod, formatValue } from '../../domain/format';
import type { Unit } from '../../domain/indicator';
import type { TableModel } from '../../domain/spreadsheet-cell';
import { useLocale, useT } from '../../i18n/use-t';
import { SampleTag } from '../../components/sample-tag';
import { indicatorProvenance, valueNoteLine, type ChartContext } from './chart-provenance';

/** The chart's text alternative: the same series as a table. */
export function ChartTable({
  series,
  unit,
  benchmarks = [],
  title,
  ...context
}: {
  series: readonly SeriesPoint[];
  unit: Unit;
  benchmarks?: readonly { label: string; value: number }[];
  /** The indicator's name, for the exported file's title and name. */
  title?: string;
} & ChartContext) {
  const t = useT();
  const locale = useLocale();
  const fmt = (v: number | null) => (v === null ? '—' : formatValue(v, unit, locale));
  const { provenance, fileName } = indicatorProvenance(
    { series, unit, title: title ?? t('export.chartData'), benchmarks, ...context },
    t,
    locale,
  );
  const model = (): TableModel => {
    const u = unitName(unit, locale);
    return {
      title: provenance.title,
      columns: [
        { header: t('chart.month'), kind: 'text' },
        { header: withUnit(t('chart.actual'), u, t), kind: 'number' },
        { header: t('sample.tag'), kind: 'text' },
        { header: withUnit(t('chart.pace'), u, t), kind: 'number' },
        { header: withUnit(t('chart.target'), u, t), kind: 'number' },
      ],
      rows: series.map((p) => [
        formatPeriod(p.period, locale),
        p.actual,
        p.actual !== null && p.actualSample ? t('sample.tag') : '',
        // 序时进度 is computed: four decimals are more than any value is given with.
        p.pace === null ? null : Math.round(p.pace * 1e4) / 1e4,
        p.target,
      ]),
      provenance: tableProvenance(provenance, t),
    };
  };
  return (
    <details className="chart-alt">
      <summary>{t('detail.chartAlt')}</summary>
      <div className="export-tools">
        <ExportMenu
          kind="table"
          model={model}
          fileName={fileName}
          label={`${provenance.title} · ${t('export.chartData')}`}
        />
      </div>
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
      {context.valueNotes && context.valueNotes.length > 0 ? (
        <ul className="benchmark-lines">
          {context.valueNotes.map((n) => (
            <li key={n.id}>
              {t('notes.heading')}：{valueNoteLine(n, t, locale)}
            </li>
          ))}
        </ul>
      ) : null}
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
