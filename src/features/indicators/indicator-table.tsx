import { Link } from '@tanstack/react-router';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState } from 'react';
import { ExportMenu } from '../../components/export-menu';
import { exportFileName, sourceText, tableProvenance, unitName, withUnit } from '../../components/provenance';
import { SampleTag } from '../../components/sample-tag';
import { usePaintMark } from '../../components/use-paint-mark';
import { StatusBadge } from '../../components/status-badge';
import type { IndicatorSummary, SortKey } from '../../domain/contract';
import { formatDate, formatPct, formatPeriod, formatValue, type Locale } from '../../domain/format';
import type { TableModel } from '../../domain/spreadsheet-cell';
import { statusLabel } from '../../domain/status-text';
import { CATEGORY_LABELS } from '../../i18n/labels';
import type { MessageKey } from '../../i18n/messages';
import { pick, useLocale, useT, type Translate } from '../../i18n/use-t';

type Dir = 'asc' | 'desc';

/** Estimated height of a row before it is measured (one line of text plus padding). */
const ROW_ESTIMATE = 52;
/** Rows drawn beyond the viewport on each side, so fast scrolling shows no gaps. */
const OVERSCAN = 12;
/**
 * Up to this many rows the whole table is in the DOM, so the browser's find (Ctrl+F), printing and
 * screen readers see every row; above it only the rows near the viewport are drawn.
 */
export const VIRTUALIZE_ABOVE = 200;

const round2 = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);

/** The table as exported: every row in the table's order (not only those drawn), numbers as numbers. */
function indicatorTableModel(
  items: readonly IndicatorSummary[],
  period: string,
  asOf: string | undefined,
  t: Translate,
  locale: Locale,
): TableModel {
  const sampleOf = ({ indicator, evaluation: e }: IndicatorSummary) =>
    Boolean(indicator.baseline?.sample || e.targetSample || e.basis?.sample);
  return {
    title: t('indicators.heading'),
    columns: [
      { header: t('indicators.col.name'), kind: 'text' },
      { header: t('indicators.col.category'), kind: 'text' },
      { header: t('detail.unit'), kind: 'text' },
      { header: t('indicators.col.baseline'), kind: 'number' },
      { header: withUnit(t('indicators.col.baseline'), t('export.year'), t), kind: 'number' },
      { header: t('indicators.col.target'), kind: 'number' },
      { header: t('indicators.col.actual'), kind: 'number' },
      { header: withUnit(t('indicators.col.completion'), '%', t), kind: 'number' },
      { header: withUnit(t('indicators.col.expected'), '%', t), kind: 'number' },
      { header: t('indicators.col.status'), kind: 'text' },
      { header: t('indicators.col.owner'), kind: 'text' },
      { header: t('sample.tag'), kind: 'text' },
      { header: t('source.label'), kind: 'text' },
    ],
    rows: items.map((item) => {
      const { indicator, evaluation: e } = item;
      return [
        pick(indicator.name, locale),
        pick(CATEGORY_LABELS[indicator.category], locale),
        unitName(indicator.unit, locale),
        indicator.baseline?.value ?? null,
        indicator.baseline?.year ?? null,
        e.target,
        e.actual,
        round2(e.completionPct),
        round2(e.expectedPct),
        statusLabel(e.status, locale),
        indicator.owner.unit,
        sampleOf(item) ? t('sample.tag') : '',
        sourceText(indicator.source, locale),
      ];
    }),
    provenance: tableProvenance(
      {
        title: t('indicators.heading'),
        period: formatPeriod(period, locale),
        ...(asOf ? { asOf: formatDate(asOf, locale) } : {}),
        notes: [t('prov.count', { n: items.length })],
        sample: items.some(sampleOf),
      },
      t,
    ),
  };
}

/** The indicator table; sortable columns are buttons with aria-sort on their header. */
export function IndicatorTable({
  items,
  period,
  asOf,
  sort,
  dir,
  onSort,
}: {
  items: readonly IndicatorSummary[];
  period: string;
  /** The data's as-of date, said in the export. */
  asOf?: string;
  sort: SortKey;
  dir: Dir;
  onSort: (sort: SortKey, dir: Dir) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  // The table body's distance from the top of the document, for the window virtualiser.
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    setScrollMargin(bodyRef.current ? bodyRef.current.getBoundingClientRect().top + window.scrollY : 0);
  }, []);
  // Large tables draw only the rows near the viewport, so 1,000 indicators stay fast; the page
  // itself scrolls (no nested scroll box), and aria-rowcount/aria-rowindex keep the positions.
  const virtual = items.length > VIRTUALIZE_ABOVE;
  const virtualizer = useWindowVirtualizer({
    enabled: virtual,
    count: items.length,
    estimateSize: () => ROW_ESTIMATE,
    overscan: OVERSCAN,
    scrollMargin,
    // Without layout (jsdom, print preview) rows measure 0: keep the estimate then.
    measureElement: (el) => el.getBoundingClientRect().height || ROW_ESTIMATE,
  });
  const virtualRows = virtual ? virtualizer.getVirtualItems() : items.map((_, index) => ({ index, start: 0, end: 0 }));
  const padTop = virtual && virtualRows.length > 0 ? (virtualRows[0]?.start ?? 0) - scrollMargin : 0;
  const padBottom =
    virtual && virtualRows.length > 0
      ? virtualizer.getTotalSize() - ((virtualRows.at(-1)?.end ?? 0) - scrollMargin)
      : 0;
  usePaintMark('indicators:painted', items);
  const header = (key: SortKey | null, label: MessageKey) => {
    const text = t(label);
    if (!key) return <th scope="col">{text}</th>;
    const active = sort === key;
    return (
      <th scope="col" aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <button
          type="button"
          className="sort-button"
          aria-label={t('indicators.sortBy', { column: text })}
          onClick={() => onSort(key, active && dir === 'asc' ? 'desc' : 'asc')}
        >
          {text}
          <span aria-hidden="true">{active ? (dir === 'asc' ? ' ▲' : ' ▼') : ' ↕'}</span>
        </button>
      </th>
    );
  };
  return (
    <>
      <div className="export-tools">
        <ExportMenu
          kind="table"
          model={() => indicatorTableModel(items, period, asOf, t, locale)}
          fileName={exportFileName(t, t('indicators.heading'), formatPeriod(period, locale))}
          label={t('indicators.heading')}
        />
      </div>
      <div className="table-wrap">
        <table className="data-table" aria-rowcount={items.length + 1}>
          <caption className="visually-hidden">{t('indicators.heading')}</caption>
          <thead>
            <tr aria-rowindex={1}>
              {header('name', 'indicators.col.name')}
              {header('category', 'indicators.col.category')}
              {header(null, 'indicators.col.baseline')}
              {header(null, 'indicators.col.target')}
              {header(null, 'indicators.col.actual')}
              {header('completion', 'indicators.col.completion')}
              {header(null, 'indicators.col.expected')}
              {header('status', 'indicators.col.status')}
              {header(null, 'indicators.col.owner')}
            </tr>
          </thead>
          <tbody ref={bodyRef}>
            {padTop > 0 ? (
              <tr aria-hidden="true" className="spacer-row">
                <td colSpan={9} style={{ height: padTop }} />
              </tr>
            ) : null}
            {virtualRows.map((row) => {
              const item = items[row.index];
              if (!item) return null;
              const { indicator, evaluation: e } = item;
              return (
                <tr
                  key={indicator.id}
                  data-index={row.index}
                  ref={virtual ? virtualizer.measureElement : undefined}
                  aria-rowindex={row.index + 2}
                >
                  <th scope="row">
                    <Link to="/indicators/$id" params={{ id: indicator.id }} search={{ period }}>
                      {pick(indicator.name, locale)}
                    </Link>
                  </th>
                  <td>{pick(CATEGORY_LABELS[indicator.category], locale)}</td>
                  <td className="num">
                    {indicator.baseline ? (
                      <>
                        {formatValue(indicator.baseline.value, indicator.unit, locale)}
                        <span className="muted"> ({indicator.baseline.year})</span>
                        {indicator.baseline.sample ? <SampleTag /> : null}
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td className="num">
                    {e.target === null ? '—' : formatValue(e.target, indicator.unit, locale)}
                    {e.targetSample ? <SampleTag /> : null}
                  </td>
                  <td className="num">
                    {e.actual === null ? '—' : formatValue(e.actual, indicator.unit, locale)}
                    {e.basis?.sample ? <SampleTag /> : null}
                  </td>
                  <td className="num">{formatPct(e.completionPct, locale)}</td>
                  <td className="num">{formatPct(e.expectedPct, locale)}</td>
                  <td>
                    <StatusBadge status={e.status} reason={e.reason} rule={e.rule} showReason compactRule />
                  </td>
                  <td>{indicator.owner.unit}</td>
                </tr>
              );
            })}
            {padBottom > 0 ? (
              <tr aria-hidden="true" className="spacer-row">
                <td colSpan={9} style={{ height: padBottom }} />
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
    </>
  );
}
