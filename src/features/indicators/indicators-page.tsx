import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { indicatorListQuery } from '../../api/indicators';
import { QueryState } from '../../components/query-state';
import type { IndicatorListQuery } from '../../domain/contract';
import { serialisePresetMap } from '../../domain/preset-map';
import { useT } from '../../i18n/use-t';
import { useSettingsStore } from '../../stores/settings-store';
import type { IndicatorsSearch } from '../../routing/search';
import { IndicatorFilters } from './indicator-filters';
import { IndicatorTable } from './indicator-table';

/** 指标: every indicator with filters and sorting, all kept in the URL. */
export function IndicatorsPage() {
  const search = useSearch({ from: '/indicators' });
  const navigate = useNavigate({ from: '/indicators' });
  const thresholds = useSettingsStore((s) => s.thresholds);
  const presets = useSettingsStore((s) => s.presets);
  const t = useT();
  const query: IndicatorListQuery = {
    period: search.period,
    category: search.category,
    status: search.status,
    owner: search.owner,
    campaign: search.campaign,
    q: search.q,
    sort: search.sort ?? 'status',
    dir: search.dir ?? 'asc',
    ...thresholds,
    // Serialised: the query is the key, and one short string keys equal maps alike.
    presets: serialisePresetMap(presets) || undefined,
  };
  const result = useQuery({ ...indicatorListQuery(query), placeholderData: keepPreviousData });
  const update = (patch: Partial<IndicatorsSearch>) =>
    void navigate({ search: (prev) => dropEmpty({ ...prev, ...patch }), replace: true });

  return (
    <div className="page">
      <h1>{t('indicators.heading')}</h1>
      <IndicatorFilters search={search} owners={result.data?.owners ?? []} onChange={update} />
      <QueryState query={result}>
        {(data) => (
          <>
            <p role="status" className="muted">
              {t('indicators.count', { shown: data.items.length, total: data.total })}
            </p>
            {data.items.length === 0 ? (
              <p className="state state-empty">{t('state.empty')}</p>
            ) : (
              <IndicatorTable
                items={data.items}
                period={data.period}
                asOf={data.asOf}
                sort={query.sort}
                dir={query.dir}
                onSort={(sort, dir) => update({ sort, dir })}
              />
            )}
          </>
        )}
      </QueryState>
    </div>
  );
}

/** Keeps the URL short: filters that are cleared leave it. */
function dropEmpty<T extends object>(search: T): T {
  return Object.fromEntries(Object.entries(search).filter(([, v]) => v !== undefined && v !== '')) as T;
}
