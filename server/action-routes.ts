/**
 * The 行动 routes: the campaign tree at a period with roll-ups and milestone states, new measures,
 * tasks and milestones, a milestone started or done, links between indicators and what moves them,
 * and the owner directory. Mounted by app.ts with the same discipline as the other routes: 400 with
 * bilingual field messages, 404 for unknown ids, nothing written on a rejected request. States are
 * judged on the period's last day (decision 0008); the rules are in src/domain/action.ts.
 */
import type { Hono } from 'hono';
import {
  milestonesUnder,
  MILESTONE_STATES,
  parentKindOf,
  tagsOf,
  withinSpan,
  type ActionKind,
  type ActionNode,
  type Milestone,
  type MilestoneState,
} from '../src/domain/action';
import {
  actionInputSchema,
  actionQuerySchema,
  indicatorLinkSchema,
  milestoneInputSchema,
  milestoneStateInputSchema,
  type ActionQuery,
  type ActionResponse,
  type ActionTreeResponse,
  type IndicatorLinksResponse,
  type MilestoneResponse,
  type OwnersResponse,
} from '../src/domain/action-contract';
import { periodQuerySchema } from '../src/domain/contract';
import type { Bilingual } from '../src/domain/indicator';
import type { FieldError } from '../src/domain/observation-input';
import { beijingToday, compareIso, parsePeriod } from '../src/domain/period';
import { asOfDate, thresholdsOf } from './indicator-evaluation';
import {
  ancestorsOf,
  milestoneView,
  planOrder,
  projectsBehind,
  projectSummary,
  sortByDue,
  sortByInvestment,
  treeView,
} from './ledger-views';
import { parseQuery, readJsonBody } from './request';
import {
  bilingualName,
  enteredSource,
  futureDateProblem,
  mountMethodTable,
  notFound,
  ownerProblem,
  uniqueSorted,
} from './route-helpers';
import type { Storage } from './storage/storage';
import { MESSAGES, parseWith, validationError } from './validation';

export interface ActionRouteOptions {
  readonly storage: Storage;
  readonly now: () => Date;
  /** Makes ids for new measures and tasks (`a-…`). */
  readonly newActionId: () => string;
  /** Makes ids for new milestones (`m-…`). */
  readonly newMilestoneId: () => string;
}

/** The methods each route accepts; anything else on these paths is a 405 with `Allow`. */
export const ACTION_ROUTES = {
  '/api/actions': ['GET', 'POST'],
  '/api/milestones': ['POST'],
  '/api/milestones/:id/state': ['POST'],
  '/api/links': ['POST'],
  '/api/indicators/:id/links': ['GET'],
  '/api/owners': ['GET'],
} as const;

const KIND_NAMES: Record<ActionKind, Bilingual> = {
  campaign: { zh: '专项行动', en: 'a campaign' },
  measure: { zh: '举措', en: 'a measure' },
  task: { zh: '任务', en: 'a task' },
};

/** Adds the 行动 routes (and their 405s) to the app. */
export function mountActionRoutes(app: Hono, options: ActionRouteOptions): void {
  const { storage, now, newActionId, newMilestoneId } = options;

  // GET /api/actions: the tree at the period's end, filtered by campaign, owner unit and milestone state.
  app.get('/api/actions', async (c) => {
    const query = parseQuery(c, actionQuerySchema);
    if (!query.ok) return validationError(MESSAGES.invalidQuery, query.fields);
    const q = query.data;
    const asOf = asOfDate(q.period);
    const window = thresholdsOf(q).blueDays;
    const [nodes, milestones, links, indicators] = await Promise.all([
      storage.listActionNodes(),
      storage.listMilestones(),
      storage.listLinks(),
      storage.listIndicators(),
    ]);
    const tree = treeView(nodes, milestones, links, indicators, asOf, window);
    const { byId } = tree;
    const tagsOfTask = (m: Milestone): Set<string> => {
      const task = byId.get(m.taskId);
      return task ? tagsOf(task, byId) : new Set();
    };
    const inScope = sortByDue(
      milestones.filter(
        (m) =>
          (q.campaign === undefined || tagsOfTask(m).has(q.campaign)) &&
          (q.owner === undefined || m.owner.unit === q.owner),
      ),
    );
    const scopeViews = inScope.map((m) => milestoneView(m, asOf, window));
    const states = Object.fromEntries(MILESTONE_STATES.map((s) => [s, 0])) as Record<MilestoneState, number>;
    for (const v of scopeViews) states[v.state] += 1;
    const dueSoon = scopeViews.filter((v) => v.dueInDays !== null).length;
    const views = scopeViews.filter(
      (v) => q.state === undefined || (q.state === 'due-soon' ? v.dueInDays !== null : v.state === q.state),
    );
    const matching = views.map((v) => v.milestone);
    const kept = keptNodes(nodes, matching, q, tree.byId);
    const body: ActionTreeResponse = {
      period: q.period,
      asOf,
      dueSoonDays: window,
      nodes: planOrder(nodes)
        .filter((n) => kept.has(n.id))
        .map(tree.view),
      milestones: views,
      states,
      dueSoon,
      owners: uniqueSorted([
        ...nodes.flatMap((n) => (n.owner ? [n.owner.unit] : [])),
        ...milestones.map((m) => m.owner.unit),
      ]),
    };
    return c.json(body);
  });

  // POST /api/actions: a measure under a campaign, or a task (with its span) under a measure. 201.
  app.post('/api/actions', async (c) => {
    const received = await readJsonBody(c);
    if (!received.ok) return received.response;
    const input = parseWith(actionInputSchema, received.json, 'body');
    if (!input.ok) return validationError(MESSAGES.invalidBody, input.fields);
    const { kind, parentId, name, tags, owner, start, end } = input.data;
    const [nodes, owners] = await Promise.all([storage.listActionNodes(), storage.listOwners()]);
    const problems: FieldError[] = [];
    const parent = nodes.find((n) => n.id === parentId);
    const expected = parentKindOf(kind);
    if (!parent) {
      problems.push({ field: 'parentId', message: { zh: '没有这个上级节点', en: 'there is no such node' } });
    } else if (parent.kind !== expected) {
      const want = expected ? KIND_NAMES[expected] : { zh: '无', en: 'nothing' };
      problems.push({
        field: 'parentId',
        message: {
          zh: `${KIND_NAMES[kind].zh}须挂在${want.zh}下，“${parent.id}”是${KIND_NAMES[parent.kind].zh}`,
          en: `${capitalise(KIND_NAMES[kind].en)} belongs under ${want.en}; "${parent.id}" is ${KIND_NAMES[parent.kind].en}`,
        },
      });
    }
    const ownerIssue = owner && ownerProblem(owner, owners);
    if (ownerIssue) problems.push(ownerIssue);
    if (kind === 'task') {
      if (start === undefined) problems.push({ field: 'start', message: TASK_SPAN_REQUIRED });
      if (end === undefined) problems.push({ field: 'end', message: TASK_SPAN_REQUIRED });
    }
    if (start !== undefined && end !== undefined && compareIso(start, end) > 0) {
      problems.push({
        field: 'end',
        message: { zh: `结束日期 ${end} 早于开始日期 ${start}`, en: `The end ${end} is before the start ${start}` },
      });
    }
    if (problems.length > 0) return validationError(MESSAGES.invalidBody, problems);
    const node: ActionNode = {
      id: newActionId(),
      kind,
      parentId,
      name: bilingualName(name),
      tags: [...new Set(tags)],
      ...(owner ? { owner } : {}),
      ...(start !== undefined ? { start } : {}),
      ...(end !== undefined ? { end } : {}),
      source: enteredSource(beijingToday(now())),
      sample: false,
    };
    await storage.addActionNode(node);
    const body: ActionResponse = { node };
    return c.json(body, 201);
  });

  // POST /api/milestones: a milestone of a task, due within the task's span. 201.
  app.post('/api/milestones', async (c) => {
    const received = await readJsonBody(c);
    if (!received.ok) return received.response;
    const input = parseWith(milestoneInputSchema, received.json, 'body');
    if (!input.ok) return validationError(MESSAGES.invalidBody, input.fields);
    const { taskId, name, due, owner } = input.data;
    const [nodes, owners] = await Promise.all([storage.listActionNodes(), storage.listOwners()]);
    const task = nodes.find((n) => n.id === taskId && n.kind === 'task');
    const problems: FieldError[] = [];
    if (!task) problems.push({ field: 'taskId', message: { zh: '没有这个任务', en: 'there is no such task' } });
    if (task && !withinSpan(due, task)) {
      const from = task.start ?? '…';
      const to = task.end ?? '…';
      problems.push({
        field: 'due',
        message: {
          zh: `截止日期 ${due} 不在任务期限 ${from} 至 ${to} 内`,
          en: `The due date ${due} is outside the task's span, ${from} to ${to}`,
        },
      });
    }
    const ownerIssue = ownerProblem(owner, owners);
    if (ownerIssue) problems.push(ownerIssue);
    if (problems.length > 0) return validationError(MESSAGES.invalidBody, problems);
    const milestone: Milestone = {
      id: newMilestoneId(),
      taskId,
      name: bilingualName(name),
      due,
      owner,
      evidence: [],
      source: enteredSource(beijingToday(now())),
      sample: false,
    };
    await storage.addMilestone(milestone);
    const body: MilestoneResponse = { milestone };
    return c.json(body, 201);
  });

  // POST /api/milestones/:id/state: work began or it is done, on a past date, with evidence. 200.
  app.post('/api/milestones/:id/state', async (c) => {
    const id = c.req.param('id');
    const milestone = await storage.getMilestone(id);
    if (!milestone) return milestoneNotFound(id);
    const received = await readJsonBody(c);
    if (!received.ok) return received.response;
    const input = parseWith(milestoneStateInputSchema, received.json, 'body');
    if (!input.ok) return validationError(MESSAGES.invalidBody, input.fields);
    const { state, date, note } = input.data;
    const problem = futureDateProblem(date, beijingToday(now()), 'date') ?? stateDateProblem(milestone, state, date);
    if (problem) return validationError(MESSAGES.invalidBody, [problem]);
    const updated: Milestone = {
      ...milestone,
      ...(state === 'done' ? { doneOn: date } : { startedOn: date }),
      evidence: note ? [...milestone.evidence, { date, note, recordedAt: now().toISOString() }] : milestone.evidence,
    };
    await storage.updateMilestone(updated);
    const body: MilestoneResponse = { milestone: (await storage.getMilestone(id)) ?? updated };
    return c.json(body);
  });

  // POST /api/links: links an indicator to a project or task. 201 when new; 200 with the same link
  // when it already exists (a repeated click or a retried request changes nothing).
  app.post('/api/links', async (c) => {
    const received = await readJsonBody(c);
    if (!received.ok) return received.response;
    const input = parseWith(indicatorLinkSchema, received.json, 'body');
    if (!input.ok) return validationError(MESSAGES.invalidBody, input.fields);
    const link = input.data;
    const [indicator, links, target] = await Promise.all([
      storage.getIndicator(link.indicatorId),
      storage.listLinks(),
      link.kind === 'project'
        ? storage.getProject(link.targetId)
        : storage.listActionNodes().then((ns) => ns.find((n) => n.id === link.targetId && n.kind === 'task')),
    ]);
    const problems: FieldError[] = [];
    if (!indicator) {
      problems.push({ field: 'indicatorId', message: { zh: '没有这个指标', en: 'there is no such indicator' } });
    }
    if (!target) {
      problems.push({
        field: 'targetId',
        message:
          link.kind === 'project'
            ? { zh: '没有这个项目', en: 'there is no such project' }
            : { zh: '没有这个任务', en: 'there is no such task' },
      });
    }
    if (problems.length > 0) return validationError(MESSAGES.invalidBody, problems);
    const exists = links.some(
      (l) => l.indicatorId === link.indicatorId && l.kind === link.kind && l.targetId === link.targetId,
    );
    if (!exists) await storage.addLink(link);
    return c.json({ link }, exists ? 200 : 201);
  });

  // GET /api/indicators/:id/links: the projects, tasks and milestones that move an indicator at a period.
  app.get('/api/indicators/:id/links', async (c) => {
    const id = c.req.param('id');
    const indicator = await storage.getIndicator(id);
    if (!indicator) {
      return notFound({ zh: `未找到指标“${id}”`, en: `There is no indicator "${id}"` });
    }
    const query = parseQuery(c, periodQuerySchema);
    if (!query.ok) return validationError(MESSAGES.invalidQuery, query.fields);
    const { period } = query.data;
    const asOf = asOfDate(period);
    const year = parsePeriod(period)?.year ?? 0;
    const window = thresholdsOf(query.data).blueDays;
    const [projects, nodes, milestones, links, indicators] = await Promise.all([
      storage.listProjects(),
      storage.listActionNodes(),
      storage.listMilestones(),
      storage.listLinks(),
      storage.listIndicators(),
    ]);
    const own = links.filter((l) => l.indicatorId === id);
    const linkedProjects = new Set(own.filter((l) => l.kind === 'project').map((l) => l.targetId));
    const linkedTasks = new Set(own.filter((l) => l.kind === 'task').map((l) => l.targetId));
    const behind = projectsBehind(indicator, projects, year, asOf) ?? projects.filter((p) => linkedProjects.has(p.id));
    const tree = treeView(nodes, milestones, links, indicators, asOf, window);
    const under = milestonesUnder(nodes, milestones);
    const nodeIds = new Set((indicator.nodes ?? []).map((n) => n.id));
    const moving = new Map<string, Milestone>();
    for (const taskId of linkedTasks) for (const m of under.get(taskId) ?? []) moving.set(m.id, m);
    for (const m of milestones) if (nodeIds.has(m.id)) moving.set(m.id, m);
    const body: IndicatorLinksResponse = {
      period,
      asOf,
      projects: sortByInvestment(behind).map((p) => projectSummary(p, asOf)),
      tasks: planOrder(nodes)
        .filter((n) => linkedTasks.has(n.id))
        .map(tree.view),
      milestones: sortByDue([...moving.values()]).map((m) => milestoneView(m, asOf, window)),
    };
    return c.json(body);
  });

  // GET /api/owners: the owner directory, for the pickers.
  app.get('/api/owners', async (c) => {
    const body: OwnersResponse = { items: await storage.listOwners() };
    return c.json(body);
  });

  mountMethodTable(app, ACTION_ROUTES);
}

const TASK_SPAN_REQUIRED: Bilingual = { zh: '任务须有开始和结束日期', en: 'a task needs a start and an end date' };

function milestoneNotFound(id: string): Response {
  return notFound({ zh: `未找到任务节点“${id}”`, en: `There is no milestone "${id}"` });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A start after the recorded done date, or done before the recorded start, cannot be. */
function stateDateProblem(m: Milestone, state: 'in-progress' | 'done', date: string): FieldError | undefined {
  if (state === 'done' && m.startedOn !== undefined && compareIso(date, m.startedOn) < 0) {
    return {
      field: 'date',
      message: {
        zh: `完成日期 ${date} 早于开始日期 ${m.startedOn}`,
        en: `The done date ${date} is before the start date ${m.startedOn}`,
      },
    };
  }
  if (state === 'in-progress' && m.doneOn !== undefined && compareIso(date, m.doneOn) > 0) {
    return {
      field: 'date',
      message: {
        zh: `开始日期 ${date} 晚于完成日期 ${m.doneOn}`,
        en: `The start date ${date} is after the done date ${m.doneOn}`,
      },
    };
  }
  return undefined;
}

/**
 * The ids of the nodes the tree shows: the tasks of matching milestones and the nodes above them,
 * and nodes matching by their own (inherited) tags and owner with the nodes above and below them.
 * With a state filter only milestones can match: a node has no state.
 */
function keptNodes(
  nodes: readonly ActionNode[],
  matching: readonly Milestone[],
  q: ActionQuery,
  byId: ReadonlyMap<string, ActionNode>,
): Set<string> {
  const kept = new Set<string>();
  const keepUp = (n: ActionNode | undefined) => {
    if (n) for (const id of ancestorsOf(n, byId)) kept.add(id);
  };
  for (const m of matching) keepUp(byId.get(m.taskId));
  if (q.state !== undefined) return kept;
  const own = nodes.filter(
    (n) =>
      (q.campaign === undefined || tagsOf(n, byId).has(q.campaign)) &&
      (q.owner === undefined || n.owner?.unit === q.owner),
  );
  const ownIds = new Set(own.map((n) => n.id));
  for (const n of own) keepUp(n);
  // Below an own match: every node whose chain up reaches one.
  for (const n of nodes) if (ancestorsOf(n, byId).some((a) => ownIds.has(a))) kept.add(n.id);
  return kept;
}
