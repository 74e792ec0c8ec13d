import { useQuery } from '@tanstack/react-query';
import { Link, useSearch } from '@tanstack/react-router';
import { summaryQuery } from '../../api/summary';
import { QueryState } from '../../components/query-state';
import { usePaintMark } from '../../components/use-paint-mark';
import type { SummaryResponse } from '../../domain/contract';
import { formatPeriod } from '../../domain/format';
import { useLocale, useT } from '../../i18n/use-t';
import { useSettingsStore } from '../../stores/settings-store';
import { BehindList } from './behind-list';
import { HeadlineCard } from './headline-card';
import { ReportResults } from './report-results';
import { StatusCounts } from './status-counts';

/** 总览: the period at a glance — the report's results, the lights, the key indicators, what lags. */
export function OverviewPage() {
  const { period } = useSearch({ from: '/' });
  const thresholds = useSettingsStore((s) => s.thresholds);
  const presets = useSettingsStore((s) => s.presets);
  const query = useQuery(summaryQuery(period, thresholds, presets));
  const t = useT();
  const locale = useLocale();
  return (
    <div className="page">
      <h1>{t('overview.heading', { period: formatPeriod(period, locale) })}</h1>
      <QueryState query={query}>{(data) => <OverviewBody data={data} />}</QueryState>
    </div>
  );
}

function OverviewBody({ data }: { data: SummaryResponse }) {
  const t = useT();
  // The cards' trends (SVG sparklines) are committed with this body: mark when they are on screen.
  usePaintMark(
    'overview:charts-drawn',
    data.headline.some((item) => item.evaluation.trend.length > 1),
    { once: true },
  );
  return (
    <>
      <ReportResults items={data.headline} ledger={data.ledgerBaselines} />
      <StatusCounts counts={data.counts} total={data.total} period={data.period} />
      <section aria-labelledby="headline-heading">
        <h2 id="headline-heading">{t('overview.headline')}</h2>
        <ul className="card-grid">
          {data.headline.map((item) => (
            <li key={item.indicator.id}>
              <HeadlineCard item={item} period={data.period} />
            </li>
          ))}
        </ul>
      </section>
      <BehindList items={data.behind} period={data.period} />
      <p>
        <Link to="/indicators" search={{ period: data.period }}>
          {t('overview.viewAll')}
        </Link>
      </p>
    </>
  );
}
