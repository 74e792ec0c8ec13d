import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { lazy, Suspense, useId } from 'react';
import { benchmarkSetsQuery, gapsQuery } from '../../api/benchmarks';
import { Loading, QueryState } from '../../components/query-state';
import type { GapsResponse } from '../../domain/benchmark-contract';
import { formatDate } from '../../domain/format';
import { parsePeriod } from '../../domain/period';
import { pick, useLocale, useT } from '../../i18n/use-t';
import type { BenchmarksSearch } from '../../routing/search';
import { gapsFileName, gapsProvenance } from './gap-export';
import { GapTable, gapBars, profilePoints } from './gap-table';
import { IndicatorGapCard } from './indicator-gap-card';
import { MembersPanel } from './members-panel';
import { RankTable } from './rank-table';
// The page's messages: registered on import, before anything here renders.
import '../../i18n/messages-benchmarks';

// recharts loads with the chart, not with the page.
const GapChart = lazy(() => import('./gap-chart'));
const ProfileChart = lazy(() => import('./profile-chart'));

/** 对标找差: a benchmark set against our indicators, with the four answers for every gap. */
export function BenchmarksPage() {
  const search = useSearch({ from: '/benchmarks' });
  const navigate = useNavigate({ from: '/benchmarks' });
  const t = useT();
  const locale = useLocale();
  const sets = useQuery(benchmarkSetsQuery());
  const gaps = useQuery({
    ...gapsQuery({ set: search.set, period: search.period, closeBy: search.closeBy }),
    placeholderData: keepPreviousData,
  });
  const update = (patch: Partial<BenchmarksSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  return (
    <div className="page">
      <h1>{t('bench.heading', { set: gaps.data ? pick(gaps.data.set.name, locale) : '' })}</h1>
      <QueryState query={gaps}>
        {(data) => (
          <>
            <Controls data={data} sets={sets.data?.items ?? []} onChange={update} focus={search.indicator} />
            <BenchmarksBody data={data} focus={search.indicator} />
          </>
        )}
      </QueryState>
    </div>
  );
}

function Controls({
  data,
  sets,
  onChange,
  focus,
}: {
  data: GapsResponse;
  sets: readonly { id: string; name: { zh: string; en: string } }[];
  onChange: (patch: Partial<BenchmarksSearch>) => void;
  focus: string | undefined;
}) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const year = parsePeriod(data.period)?.year ?? 2020;
  const years = Array.from({ length: 15 }, (_, i) => year + 1 + i);
  const focused = focus ? data.items.find((i) => i.indicator.id === focus) : undefined;
  return (
    <form className="filters" onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor={`${id}-set`}>{t('bench.set')}</label>
        <select id={`${id}-set`} value={data.set.id} onChange={(e) => onChange({ set: e.target.value })}>
          {(sets.length > 0 ? sets : [data.set]).map((s) => (
            <option key={s.id} value={s.id}>
              {pick(s.name, locale)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-close`}>{t('bench.closeBy')}</label>
        <select id={`${id}-close`} value={data.closeBy} onChange={(e) => onChange({ closeBy: Number(e.target.value) })}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      {focused ? (
        <p className="field">
          <span>{t('bench.focus', { name: pick(focused.indicator.name, locale) })}</span>
          <Link to="/benchmarks" search={{ period: data.period, set: data.set.id, closeBy: data.closeBy }}>
            {t('bench.showAll')}
          </Link>
        </p>
      ) : null}
      <p className="muted">{t('bench.asOf', { date: formatDate(data.set.asOf, locale) })}</p>
    </form>
  );
}

function BenchmarksBody({ data, focus }: { data: GapsResponse; focus: string | undefined }) {
  const t = useT();
  const locale = useLocale();
  if (data.items.length === 0) return <p className="state state-empty">{t('bench.empty')}</p>;
  const items = focus ? data.items.filter((i) => i.indicator.id === focus) : data.items;
  const first = data.set.members[0];
  const bars = gapBars(data.items, locale);
  const profile = profilePoints(data.items, locale);
  // What the exports of the charts and tables say about their numbers.
  const firstName = first ? pick(first.name, locale) : '';
  const gapTitle = [t('bench.chart'), firstName].filter(Boolean).join(' · ');
  const gapProvenance = gapsProvenance(data, gapTitle, t, locale);
  const profileTitle = [t('bench.profile'), firstName].filter(Boolean).join(' · ');
  const rankProvenance = {
    ...gapsProvenance(data, t('bench.ranking'), t, locale),
    benchmarkSet: pick(data.set.name, locale),
    sample: data.items.some((i) => i.cards.some((c) => c.ours.sample || c.theirs.sample)),
  };
  return (
    <>
      <MembersPanel set={data.set} />
      {focus ? null : (
        <section className="panel" aria-labelledby="gap-chart-heading">
          <h2 id="gap-chart-heading">
            {t('bench.chart')}
            {first ? ` · ${pick(first.name, locale)}` : ''}
          </h2>
          <Suspense fallback={<Loading label={t('bench.chartLoading')} />}>
            <GapChart
              bars={bars}
              title={t('bench.chart')}
              provenance={{ ...gapProvenance, unit: '%', definition: t('bench.gapDefinition') }}
              fileName={gapsFileName(data, gapTitle, t, locale)}
            />
          </Suspense>
          {profile.length >= 3 && first ? (
            <>
              <h3>
                {t('bench.profile')} · {pick(first.name, locale)}
              </h3>
              <Suspense fallback={<Loading label={t('bench.chartLoading')} />}>
                <ProfileChart
                  points={profile}
                  member={pick(first.name, locale)}
                  provenance={{
                    ...gapsProvenance(data, profileTitle, t, locale),
                    definition: t('bench.profileDefinition'),
                  }}
                  fileName={gapsFileName(data, profileTitle, t, locale)}
                />
              </Suspense>
            </>
          ) : null}
          <GapTable items={data.items} provenance={gapProvenance} fileName={gapsFileName(data, gapTitle, t, locale)} />
        </section>
      )}
      {focus ? null : (
        <RankTable
          items={data.items}
          provenance={rankProvenance}
          fileName={gapsFileName(data, t('bench.ranking'), t, locale)}
        />
      )}
      <section aria-labelledby="cards-heading">
        <h2 id="cards-heading">{t('bench.cards')}</h2>
        {items.map((item) => (
          <IndicatorGapCard key={item.indicator.id} item={item} set={data.set} closeBy={data.closeBy} />
        ))}
      </section>
    </>
  );
}
