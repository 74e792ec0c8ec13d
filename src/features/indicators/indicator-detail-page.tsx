import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearch } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { gapsQuery } from '../../api/benchmarks';
import { indicatorDetailQuery } from '../../api/indicators';
import { ApiError } from '../../api/client';
import { Loading, QueryState } from '../../components/query-state';
import { SampleTag } from '../../components/sample-tag';
import { SourceLine } from '../../components/source-line';
import { StatusBadge } from '../../components/status-badge';
import { TargetFigures } from '../../components/target-figures';
import { progressSeries } from '../../domain/chart-series';
import type { IndicatorDetailResponse } from '../../domain/contract';
import { formatPoints, formatValue } from '../../domain/format';
import { parsePeriod } from '../../domain/period';
import { CATEGORY_LABELS, KIND_LABELS } from '../../i18n/labels';
import { pick, useLocale, useT } from '../../i18n/use-t';
import { useSettingsStore } from '../../stores/settings-store';
// This page's history, notes and target messages: registered on import, before anything here renders.
import '../../i18n/messages-history';
import { ChartTable } from './chart-table';
import { GrowthText } from './growth-text';
import { DerivedEntryNote, IndicatorLinks } from './indicator-links';
import { MilestoneList } from './milestone-list';
import { ObservationForm } from './observation-form';
import type { BenchmarkLine } from './indicator-chart';
import { ObservationsTable } from './observations-table';
import { HistoryPanel } from './history-panel';
import { TargetForm } from './target-form';
import { ValueNotes } from './value-note-form';

// recharts is large: it loads with this page's chart, never with the first page.
const IndicatorChart = lazy(() => import('./indicator-chart'));

/** One indicator: its standing, chart with target and pace lines, observations, and the entry form. */
export function IndicatorDetailPage() {
  const { id } = useParams({ from: '/indicators/$id' });
  const { period } = useSearch({ from: '/indicators/$id' });
  const thresholds = useSettingsStore((s) => s.thresholds);
  const presets = useSettingsStore((s) => s.presets);
  const query = useQuery(indicatorDetailQuery(id, period, thresholds, presets));
  const t = useT();
  const notFound = query.error instanceof ApiError && query.error.status === 404;
  return (
    <div className="page">
      <p>
        <Link to="/indicators" search={{ period }}>
          ← {t('detail.back')}
        </Link>
      </p>
      {notFound ? (
        <h1>{t('state.notFound')}</h1>
      ) : (
        <QueryState query={query}>{(data) => <DetailBody data={data} />}</QueryState>
      )}
    </div>
  );
}

function DetailBody({ data }: { data: IndicatorDetailResponse }) {
  const t = useT();
  const locale = useLocale();
  const { indicator, evaluation: e, observations } = data;
  const year = parsePeriod(data.period)?.year ?? 0;
  const series = progressSeries(indicator, observations, year);
  const name = pick(indicator.name, locale);
  const { lines: benchmarks, setName } = useBenchmarkLines(indicator.id, data.period);
  // What an exported chart or table says about its numbers (口径, as-of date, benchmark set, source).
  const context = {
    indicator,
    asOf: data.asOf,
    period: data.period,
    benchmarkSet: setName,
    valueNotes: data.notes ?? [],
  };
  return (
    <>
      <h1>{name}</h1>
      <p>
        <Link to="/benchmarks" search={{ period: data.period, indicator: indicator.id }}>
          {t('bench.openGaps')}
        </Link>
      </p>
      <section className="detail-summary panel" aria-label={t('detail.status')}>
        <StatusBadge status={e.status} reason={e.reason} rule={e.rule} showReason />
        <TargetFigures indicator={indicator} evaluation={e} year={year} detailed>
          {e.ratioGapPp !== null ? (
            <div>
              <dt>{t('card.gap')}</dt>
              <dd>{formatPoints(e.ratioGapPp, locale)}</dd>
            </div>
          ) : null}
          {indicator.baseline ? (
            <div>
              <dt>{t('card.baseline', { year: indicator.baseline.year })}</dt>
              <dd>
                {formatValue(indicator.baseline.value, indicator.unit, locale)}
                {indicator.baseline.sample ? <SampleTag /> : null}
              </dd>
            </div>
          ) : null}
          <div>
            <dt>{t('detail.growth')}</dt>
            <dd>
              <GrowthText growth={e.growth} />
            </dd>
          </div>
        </TargetFigures>
      </section>

      <section aria-labelledby="chart-heading" className="panel">
        <h2 id="chart-heading">
          {t('detail.chart')} · {year}
        </h2>
        <Suspense fallback={<Loading label={t('detail.chartLoading')} />}>
          <IndicatorChart series={series} unit={indicator.unit} title={name} benchmarks={benchmarks} {...context} />
        </Suspense>
        <ChartTable series={series} unit={indicator.unit} benchmarks={benchmarks} title={name} {...context} />
      </section>

      <section aria-labelledby="about-heading" className="panel">
        <h2 id="about-heading" className="visually-hidden">
          {t('detail.definition')}
        </h2>
        <dl className="about-list">
          <div>
            <dt>{t('detail.definition')}</dt>
            <dd>{pick(indicator.definition, locale)}</dd>
          </div>
          <div>
            <dt>{t('indicators.col.category')}</dt>
            <dd>{pick(CATEGORY_LABELS[indicator.category], locale)}</dd>
          </div>
          <div>
            <dt>{t('detail.kind')}</dt>
            <dd>
              {pick(KIND_LABELS[indicator.kind], locale)} · {t('detail.unit')} {indicator.unit} ·{' '}
              {indicator.cumulative ? t('detail.cumulative') : t('detail.pointInTime')}
            </dd>
          </div>
          <div>
            <dt>{t('detail.owner')}</dt>
            <dd>
              {indicator.owner.unit} / {indicator.owner.person}
            </dd>
          </div>
          {indicator.caveat ? (
            <div>
              <dt>{t('detail.caveat')}</dt>
              <dd>{pick(indicator.caveat, locale)}</dd>
            </div>
          ) : null}
        </dl>
        <SourceLine source={indicator.source} />
      </section>

      {indicator.nodes && indicator.nodes.length > 0 ? (
        <MilestoneList nodes={indicator.nodes} done={e.actual ?? 0} asOf={data.asOf} />
      ) : null}

      <IndicatorLinks indicator={indicator} period={data.period} />
      <ObservationsTable indicator={indicator} observations={observations} notes={data.notes ?? []} />
      {indicator.derived ? (
        <DerivedEntryNote indicator={indicator} period={data.period} />
      ) : (
        <ObservationForm indicator={indicator} period={data.period} />
      )}
      <ValueNotes indicator={indicator} notes={data.notes ?? []} period={data.period} />
      <TargetForm indicator={indicator} year={year} />
      <HistoryPanel indicator={indicator} />
    </>
  );
}

/**
 * The default benchmark set's values of this indicator, as lines for its chart ("昆山周庄镇 2019"):
 * the chart shows where the peers stand; the 对标 page explains the gap.
 */
function useBenchmarkLines(indicatorId: string, period: string): { lines: BenchmarkLine[]; setName?: string } {
  const locale = useLocale();
  const { data } = useQuery(gapsQuery({ period }));
  const item = data?.items.find((i) => i.indicator.id === indicatorId);
  if (!data || !item) return { lines: [] };
  const lines = item.cards.map((card) => {
    const member = data.set.members.find((m) => m.id === card.memberId);
    const name = member ? pick(member.name, locale) : card.memberId;
    return {
      label: `${name} ${card.theirs.sourceYear}${card.theirs.sample ? (locale === 'en' ? ' (sample)' : '（示例）') : ''}`,
      value: card.theirs.value,
    };
  });
  return { lines, setName: pick(data.set.name, locale) };
}
