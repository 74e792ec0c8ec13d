import { Link } from '@tanstack/react-router';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState } from 'react';
import { SampleTag } from '../../components/sample-tag';
import { usePaintMark } from '../../components/use-paint-mark';
import { StatusBadge } from '../../components/status-badge';
import type { IndicatorSummary, SortKey } from '../../domain/contract';
import { formatPct, formatValue } from '../../domain/format';
import { CATEGORY_LABELS } from '../../i18n/labels';
import type { MessageKey } from '../../i18n/messages';
import { pick, useLocale, useT } from '../../i18n/use-t';

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

/** The indicator table; sortable columns are buttons with aria-sort on their header. */
export function IndicatorTable({
  items,
  period,
  sort,
  dir,
  onSort,
}: {
  items: readonly IndicatorSummary[];
  period: string;
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
  );
}
