/**
 * How projects, nodes and milestones are shown at a view's date (decision 0008: a view's "today"
 * is its period's last day): shared by the project, action, link and 责任 routes.
 */
import {
  dueSoonDays,
  milestoneAsOf,
  milestoneState,
  rollUpTree,
  tagsOf,
  type ActionNode,
  type Milestone,
  type RollUp,
} from '../src/domain/action';
import type { ActionNodeView, IndicatorLink, MilestoneView } from '../src/domain/action-contract';
import { CAMPAIGNS, type Indicator } from '../src/domain/indicator';
import { compareIso } from '../src/domain/period';
import {
  completionPool,
  conversionPool,
  reachedInYear,
  projectAsOf,
  stageAt,
  type LedgerRate,
  type Project,
  type ProjectStage,
} from '../src/domain/project';
import type { ProjectSummary } from '../src/domain/project-contract';

/**
 * A project as it stood on `asOf` (later stage dates and history left out, decision 0008) with the
 * furthest stage it had reached then.
 */
export function projectSummary(project: Project, asOf: string): ProjectSummary {
  return { project: projectAsOf(project, asOf), stage: stageAt(project, asOf) ?? null };
}

/** Largest planned investment first; the sort is stable, so ties keep ledger order. */
export function sortByInvestment(projects: readonly Project[]): Project[] {
  return [...projects].sort((a, b) => b.investment - a.investment);
}

/** A rate with its percentage rounded to 0.1, as the derived indicator's value is. */
export function roundedRate(r: LedgerRate): LedgerRate {
  return { ...r, pct: r.pct === null ? null : Math.round(r.pct * 10) / 10 };
}

const STAGE_OF: Partial<Record<NonNullable<Indicator['derived']>, ProjectStage>> = {
  'ledger-started': 'started',
  'ledger-completed': 'completed',
  'ledger-converted': 'converted',
};

/**
 * The projects behind a ledger-derived indicator's value for `year` up to `asOf`: those that reached
 * its stage in the year, or for a rate those in its denominator. Undefined for any other indicator.
 */
export function projectsBehind(
  indicator: Pick<Indicator, 'derived'>,
  projects: readonly Project[],
  year: number,
  asOf: string,
): Project[] | undefined {
  const derived = indicator.derived;
  if (derived === undefined) return undefined;
  const stage = STAGE_OF[derived];
  if (stage) return reachedInYear(projects, stage, year, asOf);
  if (derived === 'ledger-completion-rate') return completionPool(projects, year, asOf);
  if (derived === 'ledger-conversion-rate') return conversionPool(projects, year, asOf);
  return undefined;
}

/** A milestone with its state on `asOf` and, when open and due within `window` days, the days left. */
export function milestoneView(milestone: Milestone, asOf: string, window: number): MilestoneView {
  return {
    // As it stood on the view's date: a start, completion or evidence dated later is left out.
    milestone: milestoneAsOf(milestone, asOf),
    state: milestoneState(milestone, asOf),
    dueInDays: dueSoonDays(milestone, asOf, window) ?? null,
  };
}

/** Earliest due first; the sort is stable. */
export function sortByDue(milestones: readonly Milestone[]): Milestone[] {
  return [...milestones].sort((a, b) => compareIso(a.due, b.due));
}

/**
 * The nodes in plan order with parents before children: each root (a campaign, or a node whose
 * parent is missing) in storage order, followed by its subtree, children in storage order.
 */
export function planOrder(nodes: readonly ActionNode[]): ActionNode[] {
  const ids = new Set(nodes.map((n) => n.id));
  const children = new Map<string, ActionNode[]>();
  for (const n of nodes) {
    if (n.parentId === null || !ids.has(n.parentId)) continue;
    children.set(n.parentId, [...(children.get(n.parentId) ?? []), n]);
  }
  const out: ActionNode[] = [];
  const seen = new Set<string>();
  const visit = (n: ActionNode): void => {
    if (seen.has(n.id)) return;
    seen.add(n.id);
    out.push(n);
    for (const c of children.get(n.id) ?? []) visit(c);
  };
  for (const n of nodes) if (n.parentId === null || !ids.has(n.parentId)) visit(n);
  // A cycle has no root; it cannot be stored through the API, but a bad record must still be shown.
  for (const n of nodes) visit(n);
  return out;
}

/** The ids of a node and every node above it. */
export function ancestorsOf(node: ActionNode, byId: ReadonlyMap<string, ActionNode>): string[] {
  const out: string[] = [];
  for (
    let n: ActionNode | undefined = node;
    n && !out.includes(n.id);
    n = n.parentId ? byId.get(n.parentId) : undefined
  ) {
    out.push(n.id);
  }
  return out;
}

/** Everything needed to show nodes of the tree at a date. */
export interface TreeView {
  readonly byId: ReadonlyMap<string, ActionNode>;
  readonly rollUps: ReadonlyMap<string, RollUp>;
  /** The view of one node. */
  view(node: ActionNode): ActionNodeView;
}

const NO_ROLL_UP: RollUp = { total: 0, done: 0, doneLate: 0, overdue: 0, dueSoon: 0, onTimePct: null };

/**
 * The tree at `asOf`: roll-ups over all milestones (a filter never changes a node's progress), the
 * campaign tags each node inherits, and the indicators linked to it — by a link, or for a task by
 * being a milestone indicator whose nodes are the task's milestones.
 */
export function treeView(
  nodes: readonly ActionNode[],
  milestones: readonly Milestone[],
  links: readonly IndicatorLink[],
  indicators: readonly Indicator[],
  asOf: string,
  window: number,
): TreeView {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const rollUps = rollUpTree(nodes, milestones, asOf, window);
  const taskOf = new Map(milestones.map((m) => [m.id, m.taskId]));
  const linked = new Map<string, Set<string>>();
  const link = (nodeId: string, indicatorId: string) =>
    linked.set(nodeId, (linked.get(nodeId) ?? new Set()).add(indicatorId));
  for (const l of links) if (l.kind === 'task') link(l.targetId, l.indicatorId);
  for (const i of indicators) {
    for (const n of i.nodes ?? []) {
      const task = taskOf.get(n.id);
      if (task !== undefined) link(task, i.id);
    }
  }
  const order = new Map(indicators.map((i, at) => [i.id, at]));
  return {
    byId,
    rollUps,
    view: (node) => {
      const tags = tagsOf(node, byId);
      return {
        node,
        rollUp: rollUps.get(node.id) ?? NO_ROLL_UP,
        campaigns: CAMPAIGNS.filter((c) => tags.has(c)),
        indicatorIds: [...(linked.get(node.id) ?? [])].sort(
          (a, b) => (order.get(a) ?? order.size) - (order.get(b) ?? order.size),
        ),
      };
    },
  };
}
