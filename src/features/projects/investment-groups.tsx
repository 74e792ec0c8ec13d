import { lazy, Suspense, useId } from 'react';
import { ExportMenu } from '../../components/export-menu';
import { tableProvenance, unitName, withUnit, type Provenance } from '../../components/provenance';
import { Loading } from '../../components/query-state';
import { formatDate, type Locale } from '../../domain/format';
import type { ProjectListResponse } from '../../domain/project-contract';
import { industrySchema, parkSchema } from '../../domain/project';
import type { TableModel } from '../../domain/spreadsheet-cell';
import { INDUSTRY_LABELS } from '../../i18n/labels';
import { pick, useLocale, useT } from '../../i18n/use-t';
import type { InvestmentBar } from './investment-chart';
import { ledgerFileName, ledgerProvenance } from './ledger-export';
import { investmentText, parkName, projectCount } from './project-text';

// recharts loads with the chart, not with the page.
const InvestmentChart = lazy(() => import('./investment-chart'));

// The wire format types a group's key as a string; an unknown key is shown as it came.
function industryName(key: string, locale: Locale): string {
  const industry = industrySchema.safeParse(key).data;
  return industry ? pick(INDUSTRY_LABELS[industry], locale) : key;
}

function groupParkName(key: string, locale: Locale): string {
  if (key === 'none') return parkName('none', locale);
  const park = parkSchema.safeParse(key).data;
  return park ? parkName(park, locale) : key;
}

/** Planned investment of the signed projects by industry and by park, each as bars and a table. */
export function InvestmentGroups({ data }: { data: ProjectListResponse }) {
  const t = useT();
  const locale = useLocale();
  const byIndustry = data.byIndustry.map((g) => ({
    key: g.key,
    name: industryName(g.key, locale),
    investment: g.investment,
    count: g.count,
  }));
  const byPark = data.byPark.map((g) => ({
    key: g.key,
    name: groupParkName(g.key, locale),
    investment: g.investment,
    count: g.count,
  }));
  // Signed projects of the whole ledger, in 亿元: the exports say so, with the ledger's date.
  const exportOf = (title: string) => ({
    provenance: ledgerProvenance(data, title, t, locale, {
      unit: unitName('亿元', locale),
      definition: t('projects.investmentNote', { date: formatDate(data.asOf, locale) }),
    }),
    fileName: ledgerFileName(data, title, t, locale),
  });
  return (
    <div className="projects-groups">
      <InvestmentPanel
        title={t('projects.byIndustry')}
        column={t('projects.col.industry')}
        groups={byIndustry}
        {...exportOf(t('projects.byIndustry'))}
      />
      <InvestmentPanel
        title={t('projects.byPark')}
        column={t('projects.col.park')}
        groups={byPark}
        {...exportOf(t('projects.byPark'))}
      />
      <p className="muted projects-groups-note">
        {t('projects.investmentNote', { date: formatDate(data.asOf, locale) })}
      </p>
    </div>
  );
}

function InvestmentPanel({
  title,
  column,
  groups,
  provenance,
  fileName,
}: {
  title: string;
  column: string;
  groups: readonly (InvestmentBar & { count: number })[];
  provenance: Provenance;
  fileName: string;
}) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const alt = t('projects.investmentAlt', { title });
  const model = (): TableModel => ({
    title,
    columns: [
      { header: column, kind: 'text' },
      { header: withUnit(t('projects.col.count'), unitName('个', locale), t), kind: 'number' },
      { header: withUnit(t('projects.col.investment'), unitName('亿元', locale), t), kind: 'number' },
    ],
    rows: groups.map((g) => [g.name, g.count, g.investment]),
    provenance: tableProvenance(provenance, t),
  });
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {groups.length === 0 ? (
        <p className="state state-empty">{t('projects.investmentEmpty')}</p>
      ) : (
        <>
          <Suspense fallback={<Loading label={t('projects.chartLoading')} />}>
            <InvestmentChart
              bars={groups}
              title={title}
              format={(v) => investmentText(v, locale)}
              provenance={provenance}
              fileName={fileName}
            />
          </Suspense>
          <details className="chart-alt">
            <summary>{alt}</summary>
            <div className="export-tools">
              <ExportMenu kind="table" model={model} fileName={fileName} label={alt} />
            </div>
            <table className="data-table">
              <caption className="visually-hidden">{alt}</caption>
              <thead>
                <tr>
                  <th scope="col">{column}</th>
                  <th scope="col">{t('projects.col.count')}</th>
                  <th scope="col">{t('projects.col.investment')}</th>
                </tr>
              </thead>
              <tbody>
                {groups.map((g) => (
                  <tr key={g.key}>
                    <th scope="row">{g.name}</th>
                    <td className="num">{projectCount(g.count, locale)}</td>
                    <td className="num">{investmentText(g.investment, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </section>
  );
}
