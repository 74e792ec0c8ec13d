import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearch } from '@tanstack/react-router';
import { ApiError } from '../../api/client';
import { projectDetailQuery } from '../../api/projects';
import { QueryState } from '../../components/query-state';
import { SampleTag } from '../../components/sample-tag';
import { SourceLine } from '../../components/source-line';
import { formatDate } from '../../domain/format';
import type { ProjectDetailResponse } from '../../domain/project-contract';
import { INDUSTRY_LABELS } from '../../i18n/labels';
import { pick, useLocale, useT } from '../../i18n/use-t';
import { investmentText, parkName, stageName } from './project-text';
import { StageForm } from './stage-form';
import { StageHistory } from './stage-history';
import { StageSteps } from './stage-steps';
import './projects.css';
// The page's messages: registered on import, before anything here renders.
import '../../i18n/messages-projects';

/** One project: what it is, its four stages, their history, the form to record one, the indicators it moves. */
export function ProjectDetailPage() {
  const { id } = useParams({ from: '/projects/$id' });
  const { period } = useSearch({ from: '/projects/$id' });
  const query = useQuery(projectDetailQuery(id, period));
  const t = useT();
  const notFound = query.error instanceof ApiError && query.error.status === 404;
  return (
    <div className="page">
      <p>
        <Link to="/projects" search={{ period }}>
          ← {t('projects.back')}
        </Link>
      </p>
      {notFound ? (
        <h1>{t('projects.notFound')}</h1>
      ) : (
        <QueryState query={query}>{(data) => <ProjectBody data={data} />}</QueryState>
      )}
    </div>
  );
}

function ProjectBody({ data }: { data: ProjectDetailResponse }) {
  const t = useT();
  const locale = useLocale();
  const { project, stage } = data;
  return (
    <>
      <h1>{pick(project.name, locale)}</h1>
      {project.sample ? (
        <p className="project-sample">
          <SampleTag />
        </p>
      ) : null}
      <section className="panel" aria-labelledby="project-about-heading">
        <h2 id="project-about-heading" className="visually-hidden">
          {pick(project.name, locale)}
        </h2>
        <dl className="about-list">
          <div>
            <dt>{t('project.industry')}</dt>
            <dd>{pick(INDUSTRY_LABELS[project.industry], locale)}</dd>
          </div>
          <div>
            <dt>{t('project.park')}</dt>
            <dd>{parkName(project.park, locale)}</dd>
          </div>
          <div>
            <dt>{t('project.investment')}</dt>
            <dd>{investmentText(project.investment, locale)}</dd>
          </div>
          <div>
            <dt>{t('project.owner')}</dt>
            <dd>
              {project.owner.unit} / {project.owner.person}
            </dd>
          </div>
          <div>
            <dt>{t('project.stageAt', { date: formatDate(data.asOf, locale) })}</dt>
            <dd>{stage === null ? t('projects.notSigned') : stageName(stage, locale)}</dd>
          </div>
        </dl>
        <SourceLine source={project.source} />
      </section>
      <StageSteps project={project} asOf={data.asOf} />
      <StageHistory history={project.history} />
      <StageForm project={project} />
      <section className="panel" aria-labelledby="project-indicators-heading">
        <h2 id="project-indicators-heading">{t('project.indicators')}</h2>
        {data.indicators.length === 0 ? (
          <p>{t('project.indicators.none')}</p>
        ) : (
          <ul className="project-indicators">
            {data.indicators.map((indicator) => (
              <li key={indicator.id}>
                <Link to="/indicators/$id" params={{ id: indicator.id }} search={{ period: data.period }}>
                  {pick(indicator.name, locale)}
                </Link>
                {indicator.derived ? <span className="muted">{t('project.derived')}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
