import { lazy, Suspense, useId } from 'react';
import { Loading } from '../../components/query-state';
import { formatDate, type Locale } from '../../domain/format';
import type { ProjectListResponse } from '../../domain/project-contract';
import { industrySchema, parkSchema } from '../../domain/project';
import { INDUSTRY_LABELS } from '../../i18n/labels';
import { pick, useLocale, useT } from '../../i18n/use-t';
import type { InvestmentBar } from './investment-chart';
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
  return (
    <div className="projects-groups">
      <InvestmentPanel title={t('projects.byIndustry')} column={t('projects.col.industry')} groups={byIndustry} />
      <InvestmentPanel title={t('projects.byPark')} column={t('projects.col.park')} groups={byPark} />
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
}: {
  title: string;
  column: string;
  groups: readonly (InvestmentBar & { count: number })[];
}) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const alt = t('projects.investmentAlt', { title });
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {groups.length === 0 ? (
        <p className="state state-empty">{t('projects.investmentEmpty')}</p>
      ) : (
        <>
          <Suspense fallback={<Loading label={t('projects.chartLoading')} />}>
            <InvestmentChart bars={groups} title={title} format={(v) => investmentText(v, locale)} />
          </Suspense>
          <details className="chart-alt">
            <summary>{alt}</summary>
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
