import { useId, type ReactNode } from 'react';
import { SampleTag } from '../../components/sample-tag';
import type { ActionNodeView, ActionTreeResponse, MilestoneView } from '../../domain/action-contract';
import { formatDate } from '../../domain/format';
import type { Campaign } from '../../domain/indicator';
import { CAMPAIGN_LABELS } from '../../i18n/labels';
import { pick, useLocale, useT } from '../../i18n/use-t';
import { MilestoneItem } from './milestone-item';
import { OwnerLink } from './owner-link';
import { RollUpLine } from './roll-up-line';

/**
 * 目标项目化、项目任务化、任务节点化、节点责任化 as nested lists: campaigns (a section and a disclosure
 * each), their measures, their tasks, and the tasks' milestones, each level with its roll-up.
 */
export function ActionTree({ data }: { data: ActionTreeResponse }) {
  const children = new Map<string, ActionNodeView[]>();
  for (const v of data.nodes) {
    const parent = v.node.parentId;
    if (parent !== null) children.set(parent, [...(children.get(parent) ?? []), v]);
  }
  const milestones = new Map<string, MilestoneView[]>();
  for (const m of data.milestones)
    milestones.set(m.milestone.taskId, [...(milestones.get(m.milestone.taskId) ?? []), m]);
  const tree: Tree = { children, milestones, asOf: data.asOf, period: data.period };
  return (
    <div className="action-tree">
      {data.nodes
        .filter((v) => v.node.kind === 'campaign')
        .map((v) => (
          <CampaignSection key={v.node.id} view={v} tree={tree} />
        ))}
    </div>
  );
}

interface Tree {
  readonly children: ReadonlyMap<string, ActionNodeView[]>;
  readonly milestones: ReadonlyMap<string, MilestoneView[]>;
  readonly asOf: string;
  readonly period: string;
}

function CampaignSection({ view, tree }: { view: ActionNodeView; tree: Tree }) {
  const t = useT();
  const locale = useLocale();
  const headingId = useId();
  const measures = tree.children.get(view.node.id) ?? [];
  const tasks = measures.reduce((n, m) => n + (tree.children.get(m.node.id)?.length ?? 0), 0);
  const name = pick(view.node.name, locale);
  return (
    <section className="panel action-campaign" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {name}
        {view.node.sample ? <SampleTag /> : null}
      </h2>
      <NodeFacts view={view} tree={tree} inherited={view.campaigns} />
      <details className="action-disclosure" open>
        <summary>{t('actions.tree.contents', { measures: measures.length, tasks })}</summary>
        <ul className="action-measures">
          {measures.map((m) => (
            <MeasureItem key={m.node.id} view={m} tree={tree} inherited={view.campaigns} />
          ))}
        </ul>
      </details>
    </section>
  );
}

function MeasureItem({ view, tree, inherited }: { view: ActionNodeView; tree: Tree; inherited: readonly Campaign[] }) {
  const locale = useLocale();
  const headingId = useId();
  const tasks = tree.children.get(view.node.id) ?? [];
  return (
    <li className="action-measure" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <KindLabel kind="measure" />
        {pick(view.node.name, locale)}
        {view.node.sample ? <SampleTag /> : null}
      </h3>
      <NodeFacts view={view} tree={tree} inherited={inherited} />
      {tasks.length > 0 ? (
        <ul className="action-tasks">
          {tasks.map((task) => (
            <TaskItem key={task.node.id} view={task} tree={tree} inherited={inherited} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

function TaskItem({ view, tree, inherited }: { view: ActionNodeView; tree: Tree; inherited: readonly Campaign[] }) {
  const t = useT();
  const locale = useLocale();
  const headingId = useId();
  const milestones = tree.milestones.get(view.node.id) ?? [];
  return (
    <li className="action-task" aria-labelledby={headingId}>
      <h4 id={headingId}>
        <KindLabel kind="task" />
        {pick(view.node.name, locale)}
        {view.node.sample ? <SampleTag /> : null}
      </h4>
      <NodeFacts view={view} tree={tree} inherited={inherited}>
        {view.node.start && view.node.end ? (
          <span>
            {t('actions.span', {
              start: formatDate(view.node.start, locale),
              end: formatDate(view.node.end, locale),
            })}
          </span>
        ) : null}
      </NodeFacts>
      {milestones.length > 0 ? (
        <ol className="milestone-list" aria-label={t('actions.milestonesOf', { name: pick(view.node.name, locale) })}>
          {milestones.map((m) => (
            <MilestoneItem key={m.milestone.id} view={m} asOf={tree.asOf} period={tree.period} />
          ))}
        </ol>
      ) : (
        <p className="muted">{t('actions.tree.noMilestones')}</p>
      )}
    </li>
  );
}

/** 举措 / 任务 before a name, so the level is said as well as shown by indentation. */
function KindLabel({ kind }: { kind: 'measure' | 'task' }) {
  const t = useT();
  return <span className="kind-label">{t(kind === 'measure' ? 'actions.kind.measure' : 'actions.kind.task')}</span>;
}

/** Roll-up, owner and the campaign tags a node has beyond those of its campaign. */
function NodeFacts({
  view,
  tree,
  inherited,
  children,
}: {
  view: ActionNodeView;
  tree: Tree;
  inherited: readonly Campaign[];
  children?: ReactNode;
}) {
  const t = useT();
  const locale = useLocale();
  const own = view.node.kind === 'campaign' ? [] : view.campaigns.filter((c) => !inherited.includes(c));
  return (
    <div className="node-facts">
      <RollUpLine rollUp={view.rollUp} name={pick(view.node.name, locale)} />
      <p className="node-meta">
        {children}
        {view.node.owner ? (
          <span>
            {t('actions.owner')}
            <OwnerLink owner={view.node.owner} period={tree.period} />
          </span>
        ) : null}
        {own.length > 0 ? (
          <span className="campaign-tags">
            {t('actions.tags')}
            {own.map((c) => (
              <span key={c} className="campaign-tag">
                {pick(CAMPAIGN_LABELS[c], locale)}
              </span>
            ))}
          </span>
        ) : null}
      </p>
    </div>
  );
}
