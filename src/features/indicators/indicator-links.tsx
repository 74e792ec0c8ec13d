import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { indicatorLinksQuery } from '../../api/actions';
import { MilestoneStateBadge } from '../../components/milestone-state-badge';
import { QueryState } from '../../components/query-state';
import { SampleTag } from '../../components/sample-tag';
import type { IndicatorLinksResponse } from '../../domain/action-contract';
import { formatCumulativeSpan, formatDate } from '../../domain/format';
import type { Derivation, Indicator } from '../../domain/indicator';
import type { ProjectStage } from '../../domain/project';
import { PROJECT_STAGE_LABELS } from '../../i18n/labels';
import { pick, useLocale, useT } from '../../i18n/use-t';
import { useSettingsStore } from '../../stores/settings-store';
import { LinkForm } from './link-form';
// The page's messages: registered on import, before anything here renders.
import '../../i18n/messages-projects';
// The page's messages: registered on import, before anything here renders.
import '../../i18n/messages-actions';

/** The stage a ledger count follows; the rates follow no single stage. */
const STAGE_OF: Partial<Record<Derivation, ProjectStage>> = {
  'ledger-started': 'started',
  'ledger-completed': 'completed',
  'ledger-converted': 'converted',
};

/** Where a derived indicator's value comes from, or undefined when it is entered. */
function derivedFrom(indicator: Indicator): 'ledger' | 'milestones' | undefined {
  if (indicator.derived === undefined) return undefined;
  return indicator.derived === 'milestones-done' ? 'milestones' : 'ledger';
}

/**
 * What moves an indicator: for a derived one, that it is computed and the projects behind this
 * period's number; for any, its linked tasks with their roll-up and their milestones with their state.
 */
export function IndicatorLinks({ indicator, period }: { indicator: Indicator; period: string }) {
  const t = useT();
  const thresholds = useSettingsStore((s) => s.thresholds);
  const presets = useSettingsStore((s) => s.presets);
  const query = useQuery(indicatorLinksQuery(indicator.id, period, thresholds, presets));
  const from = derivedFrom(indicator);
  return (
    <section className="panel" aria-labelledby="links-heading">
      <h2 id="links-heading">{t('links.heading')}</h2>
      {from ? (
        <p>
          <strong>{t(from === 'ledger' ? 'links.derived.ledger' : 'links.derived.milestones')}</strong>
        </p>
      ) : null}
      <QueryState query={query}>
        {(data) => (
          <>
            <LinksBody data={data} indicator={indicator} />
            <LinkForm indicator={indicator} data={data} />
          </>
        )}
      </QueryState>
    </section>
  );
}

function LinksBody({ data, indicator }: { data: IndicatorLinksResponse; indicator: Indicator }) {
  const t = useT();
  const locale = useLocale();
  const from = derivedFrom(indicator);
  const stage = indicator.derived ? STAGE_OF[indicator.derived] : undefined;
  const nothing = data.projects.length === 0 && data.tasks.length === 0 && data.milestones.length === 0;
  if (nothing && !from) return <p className="muted">{t('links.none')}</p>;
  return (
    <>
      {from === 'ledger' || data.projects.length > 0 ? (
        <>
          <h3>
            {from === 'ledger'
              ? t('links.projectsBehind', { span: formatCumulativeSpan(data.period, locale) })
              : t('links.projects')}
          </h3>
          {data.projects.length === 0 ? (
            <p className="muted">{t('links.noProjectsBehind')}</p>
          ) : (
            <ul className="gap-list">
              {data.projects.map(({ project, stage: current }) => {
                const shown = stage ?? current;
                const date = shown ? project.stages[shown] : undefined;
                return (
                  <li key={project.id}>
                    <Link to="/projects/$id" params={{ id: project.id }} search={{ period: data.period }}>
                      {pick(project.name, locale)}
                    </Link>
                    {project.sample ? <SampleTag /> : null}
                    {shown ? (
                      <span className="muted">
                        {' '}
                        · {pick(PROJECT_STAGE_LABELS[shown], locale)}
                        {date ? ` ${formatDate(date, locale)}` : ''}
                      </span>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          )}
          {from === 'ledger' ? (
            <p>
              <Link to="/projects" search={{ period: data.period, ...(stage ? { reachedIn: stage } : {}) }}>
                {t('links.openLedger')}
              </Link>
            </p>
          ) : null}
        </>
      ) : null}
      {data.tasks.length > 0 ? (
        <>
          <h3>{t('links.tasks')}</h3>
          <ul className="gap-list">
            {data.tasks.map(({ node, rollUp }) => (
              <li key={node.id}>
                {pick(node.name, locale)}
                {node.sample ? <SampleTag /> : null}
                <span className="muted">
                  {' '}
                  · {t('links.onTime', { done: rollUp.done, total: rollUp.total })}
                  {node.owner ? ` · ${node.owner.unit} / ${node.owner.person}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {data.milestones.length > 0 ? (
        <>
          <h3>{t('links.milestones')}</h3>
          <ul className="gap-list">
            {data.milestones.map(({ milestone, state, dueInDays }) => (
              <li key={milestone.id}>
                {pick(milestone.name, locale)}
                {milestone.sample ? <SampleTag /> : null} <MilestoneStateBadge state={state} dueInDays={dueInDays} />{' '}
                <span className="muted">
                  {t('links.due', { date: formatDate(milestone.due, locale) })} · {milestone.owner.unit} /{' '}
                  {milestone.owner.person}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {from === 'milestones' || data.tasks.length > 0 || data.milestones.length > 0 ? (
        <p>
          <Link to="/actions" search={{ period: data.period }}>
            {t('links.openActions')}
          </Link>
        </p>
      ) : null}
    </>
  );
}

/**
 * In place of the entry form on a derived indicator: why there is none, and where its value is
 * changed (the ledger's stage dates, or the milestones on the 行动 page).
 */
export function DerivedEntryNote({ indicator, period }: { indicator: Indicator; period: string }) {
  const t = useT();
  const from = derivedFrom(indicator);
  const stage = indicator.derived ? STAGE_OF[indicator.derived] : undefined;
  return (
    <section className="panel" aria-labelledby="entry-heading">
      <h2 id="entry-heading">{t('form.heading')}</h2>
      <p>{t(from === 'milestones' ? 'links.entry.milestones' : 'links.entry.ledger')}</p>
      <p>
        {from === 'milestones' ? (
          <Link to="/actions" search={{ period }}>
            {t('links.goActions')}
          </Link>
        ) : (
          <Link to="/projects" search={{ period, ...(stage ? { reachedIn: stage } : {}) }}>
            {t('links.goLedger')}
          </Link>
        )}
      </p>
    </section>
  );
}
