import { Link } from '@tanstack/react-router';
import { useId, type ReactNode } from 'react';
import { SampleTag } from '../../components/sample-tag';
import { StatusBadge } from '../../components/status-badge';
import { isDone } from '../../domain/action';
import type { MilestoneView, ResponsibilityResponse } from '../../domain/action-contract';
import { formatDate, formatValue } from '../../domain/format';
import { PROJECT_STAGE_LABELS } from '../../i18n/labels';
import { pick, useLocale, useT } from '../../i18n/use-t';
import { MilestoneItem } from './milestone-item';
import { RollUpLine } from './roll-up-line';

/** What one unit owns, the overdue first; the milestones carry the same state form as on 行动. */
export function ResponsibilityBody({ data }: { data: ResponsibilityResponse }) {
  const t = useT();
  const locale = useLocale();
  const { counts } = data;
  const overdue = data.milestones.filter((m) => m.state === 'overdue');
  const dueSoon = data.milestones.filter((m) => m.state !== 'overdue' && m.dueInDays !== null);
  const open = data.milestones.filter((m) => m.state !== 'overdue' && m.dueInDays === null && !isDone(m.state));
  const done = data.milestones.filter((m) => isDone(m.state));
  const taskNames = new Map(data.tasks.map((v) => [v.node.id, pick(v.node.name, locale)]));
  const milestoneList = (items: readonly MilestoneView[], empty: string) =>
    items.length === 0 ? (
      <p className="muted">{empty}</p>
    ) : (
      <ol className="milestone-list">
        {items.map((m) => (
          <MilestoneItem
            key={m.milestone.id}
            view={m}
            asOf={data.asOf}
            period={data.period}
            context={taskNames.get(m.milestone.taskId)}
          />
        ))}
      </ol>
    );

  return (
    <>
      <ul className="resp-counts" aria-label={t('resp.counts')}>
        <li className="tally-overdue">
          <span aria-hidden="true">■ </span>
          {t('resp.count.overdue', { n: counts.overdue })}
        </li>
        <li className="tally-due-soon">
          <span aria-hidden="true">◆ </span>
          {t('resp.count.dueSoon', { n: counts.dueSoon })}
        </li>
        <li className="tally-red">
          <span aria-hidden="true">■ </span>
          {t('resp.count.red', { n: counts.red })}
        </li>
        <li className="tally-yellow">
          <span aria-hidden="true">▲ </span>
          {t('resp.count.yellow', { n: counts.yellow })}
        </li>
      </ul>

      <Section title={t('resp.overdue')} count={overdue.length}>
        {milestoneList(overdue, t('resp.none.overdue'))}
      </Section>
      <Section title={t('resp.dueSoon')} count={dueSoon.length}>
        {milestoneList(dueSoon, t('resp.none.dueSoon'))}
      </Section>

      <Section title={t('resp.indicators')} count={data.indicators.length}>
        {data.indicators.length === 0 ? (
          <p className="muted">{t('resp.none')}</p>
        ) : (
          <ul className="resp-list">
            {data.indicators.map(({ indicator, evaluation }) => (
              <li key={indicator.id}>
                <Link to="/indicators/$id" params={{ id: indicator.id }} search={{ period: data.period }}>
                  {pick(indicator.name, locale)}
                </Link>
                <StatusBadge
                  status={evaluation.status}
                  reason={evaluation.reason}
                  rule={evaluation.rule}
                  showReason
                  compactRule
                />
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section title={t('resp.projects')} count={data.projects.length}>
        {data.projects.length === 0 ? (
          <p className="muted">{t('resp.none')}</p>
        ) : (
          <ul className="resp-list">
            {data.projects.map(({ project, stage }) => (
              <li key={project.id}>
                <Link to="/projects/$id" params={{ id: project.id }} search={{ period: data.period }}>
                  {pick(project.name, locale)}
                </Link>
                {project.sample ? <SampleTag /> : null}
                <span>{stage ? pick(PROJECT_STAGE_LABELS[stage], locale) : t('resp.notSigned')}</span>
                <span className="muted">{formatValue(project.investment, '亿元', locale)}</span>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section title={t('resp.tasks')} count={data.tasks.length}>
        {data.tasks.length === 0 ? (
          <p className="muted">{t('resp.none')}</p>
        ) : (
          <ul className="resp-list resp-tasks">
            {data.tasks.map((v) => (
              <li key={v.node.id}>
                <span className="task-name">{pick(v.node.name, locale)}</span>
                {v.node.start && v.node.end ? (
                  <span className="muted">
                    {t('actions.span', {
                      start: formatDate(v.node.start, locale),
                      end: formatDate(v.node.end, locale),
                    })}
                  </span>
                ) : null}
                <RollUpLine rollUp={v.rollUp} name={pick(v.node.name, locale)} />
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section title={t('resp.open')} count={open.length}>
        {milestoneList(open, t('resp.none'))}
      </Section>
      <Section title={t('resp.done')} count={done.length}>
        {milestoneList(done, t('resp.none'))}
      </Section>
    </>
  );
}

function Section({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  const t = useT();
  const id = useId();
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="muted">{t('resp.sectionCount', { n: count })}</span>
      </h2>
      {children}
    </section>
  );
}
