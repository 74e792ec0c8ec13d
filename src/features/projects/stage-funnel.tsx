import { lazy, Suspense } from 'react';
import { Loading } from '../../components/query-state';
import { formatCumulativeSpan } from '../../domain/format';
import type { ProjectListResponse } from '../../domain/project-contract';
import { useLocale, useT } from '../../i18n/use-t';
import { projectCount, stageName } from './project-text';

// recharts loads with the chart, not with the page.
const FunnelChart = lazy(() => import('./funnel-chart'));

/**
 * The stage funnel over the whole ledger at the period's end: how many projects ever reached each
 * stage, and how many reached it in the year up to the period (1–N月累计), as a chart and a table.
 */
export function StageFunnel({ data }: { data: ProjectListResponse }) {
  const t = useT();
  const locale = useLocale();
  const span = formatCumulativeSpan(data.period, locale);
  const reachedLabel = t('projects.funnel.reached');
  const inPeriodLabel = t('projects.funnel.inPeriod', { span });
  const bars = data.funnel.map((step) => ({
    stage: stageName(step.stage, locale),
    reached: step.reached,
    inPeriod: step.inPeriod,
  }));
  return (
    <section className="panel" aria-labelledby="funnel-heading">
      <h2 id="funnel-heading">{t('projects.funnel')}</h2>
      <p className="muted">{t('projects.funnel.note')}</p>
      <Suspense fallback={<Loading label={t('projects.chartLoading')} />}>
        <FunnelChart
          bars={bars}
          title={t('projects.funnel')}
          reachedLabel={reachedLabel}
          inPeriodLabel={inPeriodLabel}
        />
      </Suspense>
      <details className="chart-alt">
        <summary>{t('projects.funnel.alt')}</summary>
        <table className="data-table">
          <caption className="visually-hidden">{t('projects.funnel.alt')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('projects.funnel.stage')}</th>
              <th scope="col">{reachedLabel}</th>
              <th scope="col">{inPeriodLabel}</th>
            </tr>
          </thead>
          <tbody>
            {data.funnel.map((step) => (
              <tr key={step.stage}>
                <th scope="row">{stageName(step.stage, locale)}</th>
                <td className="num">{projectCount(step.reached, locale)}</td>
                <td className="num">{projectCount(step.inPeriod, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
