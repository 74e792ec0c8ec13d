import { lazy, Suspense } from 'react';
import { ExportMenu } from '../../components/export-menu';
import { tableProvenance, unitName, withUnit } from '../../components/provenance';
import { Loading } from '../../components/query-state';
import { formatCumulativeSpan } from '../../domain/format';
import type { ProjectListResponse } from '../../domain/project-contract';
import type { TableModel } from '../../domain/spreadsheet-cell';
import { useLocale, useT } from '../../i18n/use-t';
import { ledgerFileName, ledgerProvenance } from './ledger-export';
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
  // The funnel counts the whole ledger: the exports say so, with the ledger's date.
  const provenance = ledgerProvenance(data, t('projects.funnel'), t, locale, {
    unit: unitName('个', locale),
    definition: t('projects.funnel.note'),
  });
  const fileName = ledgerFileName(data, t('projects.funnel'), t, locale);
  const model = (): TableModel => ({
    title: provenance.title,
    columns: [
      { header: t('projects.funnel.stage'), kind: 'text' },
      { header: withUnit(reachedLabel, provenance.unit ?? '', t), kind: 'number' },
      { header: withUnit(inPeriodLabel, provenance.unit ?? '', t), kind: 'number' },
    ],
    rows: data.funnel.map((step) => [stageName(step.stage, locale), step.reached, step.inPeriod]),
    provenance: tableProvenance(provenance, t),
  });
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
          provenance={provenance}
          fileName={fileName}
        />
      </Suspense>
      <details className="chart-alt">
        <summary>{t('projects.funnel.alt')}</summary>
        <div className="export-tools">
          <ExportMenu kind="table" model={model} fileName={fileName} label={t('projects.funnel.alt')} />
        </div>
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
