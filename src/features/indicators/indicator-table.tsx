import { Link } from '@tanstack/react-router';
import { SampleTag } from '../../components/sample-tag';
import { StatusBadge } from '../../components/status-badge';
import type { IndicatorSummary, SortKey } from '../../domain/contract';
import { formatPct, formatValue } from '../../domain/format';
import { CATEGORY_LABELS } from '../../i18n/labels';
import type { MessageKey } from '../../i18n/messages';
import { pick, useLocale, useT } from '../../i18n/use-t';

type Dir = 'asc' | 'desc';

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
      <table className="data-table">
        <caption className="visually-hidden">{t('indicators.heading')}</caption>
        <thead>
          <tr>
            {header('name', 'indicators.col.name')}
            {header('category', 'indicators.col.category')}
            {header(null, 'indicators.col.target')}
            {header(null, 'indicators.col.actual')}
            {header('completion', 'indicators.col.completion')}
            {header(null, 'indicators.col.expected')}
            {header('status', 'indicators.col.status')}
            {header(null, 'indicators.col.owner')}
          </tr>
        </thead>
        <tbody>
          {items.map(({ indicator, evaluation: e }) => (
            <tr key={indicator.id}>
              <th scope="row">
                <Link to="/indicators/$id" params={{ id: indicator.id }} search={{ period }}>
                  {pick(indicator.name, locale)}
                </Link>
              </th>
              <td>{pick(CATEGORY_LABELS[indicator.category], locale)}</td>
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
                <StatusBadge status={e.status} reason={e.reason} showReason />
              </td>
              <td>{indicator.owner.unit}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
