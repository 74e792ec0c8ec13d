import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { projectListQuery } from '../../api/projects';
import { QueryState } from '../../components/query-state';
import { formatDate } from '../../domain/format';
import type { ProjectListResponse } from '../../domain/project-contract';
import { useLocale, useT } from '../../i18n/use-t';
import type { ProjectsSearch } from '../../routing/search';
import { InvestmentGroups } from './investment-groups';
import { ledgerFileName, ledgerProvenance } from './ledger-export';
import { LedgerRates } from './ledger-rates';
import { NewProjectForm } from './new-project-form';
import { ProjectFilters } from './project-filters';
import { ProjectTable } from './project-table';
import { ReachedBanner } from './reached-banner';
import { StageFunnel } from './stage-funnel';
import './projects.css';
// The page's messages: registered on import, before anything here renders.
import '../../i18n/messages-projects';

/**
 * 项目台账: the 亿元 projects at the period's end — the stage funnel, 竣工率 and 转化率, investment by
 * industry and park — and the list with its filters, all kept in the URL, and the form to add one.
 */
export function ProjectsPage() {
  const search = useSearch({ from: '/projects' });
  const navigate = useNavigate({ from: '/projects' });
  const t = useT();
  const result = useQuery({
    ...projectListQuery({
      period: search.period,
      industry: search.industry,
      park: search.park,
      stage: search.stage,
      reachedIn: search.reachedIn,
      owner: search.owner,
      q: search.q,
    }),
    placeholderData: keepPreviousData,
  });
  const update = (patch: Partial<ProjectsSearch>) =>
    void navigate({ search: (prev) => dropEmpty({ ...prev, ...patch }), replace: true });
  return (
    <div className="page projects-page">
      <h1>{t('projects.heading')}</h1>
      <QueryState query={result}>{(data) => <LedgerBody data={data} search={search} onChange={update} />}</QueryState>
    </div>
  );
}

function LedgerBody({
  data,
  search,
  onChange,
}: {
  data: ProjectListResponse;
  search: ProjectsSearch;
  onChange: (patch: Partial<ProjectsSearch>) => void;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <p className="muted">{t('projects.asOf', { date: formatDate(data.asOf, locale) })}</p>
      <div className="projects-overview">
        <StageFunnel data={data} />
        <LedgerRates data={data} />
      </div>
      <section className="projects-list" aria-labelledby="project-list-heading">
        <h2 id="project-list-heading">{t('projects.list')}</h2>
        {search.reachedIn ? <ReachedBanner stage={search.reachedIn} count={data.items.length} search={search} /> : null}
        <ProjectFilters search={search} owners={data.owners} onChange={onChange} />
        <p role="status" className="muted">
          {t('projects.count', { shown: data.items.length, total: data.total })}
        </p>
        {data.items.length === 0 ? (
          <p className="state state-empty">{t('projects.empty')}</p>
        ) : (
          <ProjectTable
            items={data.items}
            period={data.period}
            provenance={ledgerProvenance(data, t('projects.list'), t, locale)}
            fileName={ledgerFileName(data, t('projects.list'), t, locale)}
          />
        )}
      </section>
      <NewProjectForm />
      <InvestmentGroups data={data} />
    </>
  );
}

/** Keeps the URL short: filters that are cleared leave it. */
function dropEmpty<T extends object>(search: T): T {
  return Object.fromEntries(Object.entries(search).filter(([, v]) => v !== undefined && v !== '')) as T;
}
