import { describe, expect, it } from 'vitest';
import {
  dueSoonDays,
  isDone,
  milestoneAsOf,
  milestonesUnder,
  milestoneState,
  parentKindOf,
  rollUpMilestones,
  rollUpTree,
  tagsOf,
  withinSpan,
  type ActionKind,
  type ActionNode,
  type Milestone,
} from './action';
import { beijingToday } from './period';
import { SOURCE } from './test-fixtures';

const OWNER = { unit: '建设局', person: '局长' };

function actionNode(
  id: string,
  kind: ActionKind,
  parentId: string | null,
  extra: Partial<ActionNode> = {},
): ActionNode {
  return {
    id,
    kind,
    parentId,
    name: { zh: `节点${id}`, en: `Node ${id}` },
    tags: [],
    source: SOURCE,
    sample: false,
    ...extra,
  };
}

function milestone(id: string, taskId: string, due: string, extra: Partial<Milestone> = {}): Milestone {
  return {
    id,
    taskId,
    name: { zh: `节点${id}`, en: `Milestone ${id}` },
    due,
    owner: OWNER,
    evidence: [],
    source: SOURCE,
    sample: false,
    ...extra,
  };
}

const ids = (ms: readonly { id: string }[] | undefined) => (ms ?? []).map((m) => m.id).sort();

describe('milestoneState', () => {
  const due = '2020-06-30';

  it('is not overdue on the due date itself, and overdue the day after', () => {
    expect(milestoneState({ due }, '2020-06-30')).toBe('not-started');
    expect(milestoneState({ due }, '2020-07-01')).toBe('overdue');
  });

  it('is in progress from the day work began until the due date', () => {
    const m = { due, startedOn: '2020-06-10' };
    expect(milestoneState(m, '2020-06-09')).toBe('not-started');
    expect(milestoneState(m, '2020-06-10')).toBe('in-progress');
    expect(milestoneState(m, '2020-06-30')).toBe('in-progress');
  });

  it('is overdue after the due date even when work has begun', () => {
    expect(milestoneState({ due, startedOn: '2020-06-10' }, '2020-07-01')).toBe('overdue');
  });

  it('is done when done on or before the due date, whenever it is judged afterwards', () => {
    expect(milestoneState({ due, doneOn: '2020-05-01' }, '2020-05-01')).toBe('done');
    expect(milestoneState({ due, doneOn: '2020-06-30' }, '2020-06-30')).toBe('done');
    expect(milestoneState({ due, doneOn: '2020-06-30' }, '2021-12-31')).toBe('done');
  });

  it('is done late when done after the due date', () => {
    expect(milestoneState({ due, startedOn: '2020-06-01', doneOn: '2020-07-01' }, '2020-07-01')).toBe('done-late');
    expect(milestoneState({ due, doneOn: '2020-07-01' }, '2020-12-31')).toBe('done-late');
  });

  it('does not know a done date after the day it is judged on', () => {
    // A link "as of 2020-06-30" must not show a milestone done in July: it is still open then …
    expect(milestoneState({ due, startedOn: '2020-06-01', doneOn: '2020-07-05' }, '2020-06-30')).toBe('in-progress');
    expect(milestoneState({ due, doneOn: '2020-05-20' }, '2020-05-19')).toBe('not-started');
    // … and overdue on a day after the due date but before it was done.
    expect(milestoneState({ due, doneOn: '2020-07-05' }, '2020-07-04')).toBe('overdue');
  });

  it('is overdue at 00:30 on 1 July in Beijing although it is still 30 June in UTC', () => {
    const now = new Date('2020-06-30T16:30:00Z');
    expect(now.toISOString().slice(0, 10)).toBe('2020-06-30');
    expect(beijingToday(now)).toBe('2020-07-01');
    expect(milestoneState({ due }, beijingToday(now))).toBe('overdue');
    // One second before Beijing midnight it is still due today.
    expect(milestoneState({ due }, beijingToday(new Date('2020-06-30T15:59:59Z')))).toBe('not-started');
  });
});

describe('isDone', () => {
  it('counts done on time and done late, nothing else', () => {
    expect(isDone('done')).toBe(true);
    expect(isDone('done-late')).toBe(true);
    expect(isDone('overdue')).toBe(false);
    expect(isDone('in-progress')).toBe(false);
    expect(isDone('not-started')).toBe(false);
  });
});

describe('dueSoonDays (临期)', () => {
  it('is 0 for a milestone due today', () => {
    expect(dueSoonDays({ due: '2020-06-30' }, '2020-06-30', 7)).toBe(0);
    expect(dueSoonDays({ due: '2020-06-30' }, '2020-06-30', 0)).toBe(0);
  });

  it('includes the last day of the window and not the day after', () => {
    expect(dueSoonDays({ due: '2020-07-07' }, '2020-06-30', 7)).toBe(7);
    expect(dueSoonDays({ due: '2020-07-08' }, '2020-06-30', 7)).toBeUndefined();
  });

  it('counts calendar days across month and year ends and a leap day', () => {
    expect(dueSoonDays({ due: '2021-01-02' }, '2020-12-29', 7)).toBe(4);
    expect(dueSoonDays({ due: '2020-03-01' }, '2020-02-28', 7)).toBe(2);
  });

  it('counts milestones in progress as well as not started', () => {
    expect(dueSoonDays({ due: '2020-07-03', startedOn: '2020-06-01' }, '2020-06-30', 7)).toBe(3);
  });

  it('is undefined for a milestone that is done, even early', () => {
    expect(dueSoonDays({ due: '2020-07-03', doneOn: '2020-06-29' }, '2020-06-30', 7)).toBeUndefined();
  });

  it('treats a done date after the day judged on as not done yet', () => {
    expect(dueSoonDays({ due: '2020-07-03', doneOn: '2020-07-02' }, '2020-06-30', 7)).toBe(3);
  });

  it('is undefined for an overdue milestone (that is red, not blue)', () => {
    expect(dueSoonDays({ due: '2020-06-29' }, '2020-06-30', 7)).toBeUndefined();
  });
});

describe('rollUpMilestones', () => {
  it('is all zeros with no on-time share when there are no milestones', () => {
    expect(rollUpMilestones([], '2020-06-30', 7)).toEqual({
      total: 0,
      done: 0,
      doneLate: 0,
      overdue: 0,
      dueSoon: 0,
      onTimePct: null,
    });
  });

  const mixed = [
    milestone('on-time', 't', '2020-03-31', { doneOn: '2020-03-20' }),
    milestone('late', 't', '2020-04-30', { doneOn: '2020-05-10' }),
    milestone('overdue', 't', '2020-06-15'),
    milestone('due-today', 't', '2020-06-30', { startedOn: '2020-06-01' }),
    milestone('due-in-5', 't', '2020-07-05'),
    milestone('later', 't', '2020-09-30', { startedOn: '2020-06-01' }),
  ];

  it('counts each state once and the on-time share of all milestones', () => {
    expect(rollUpMilestones(mixed, '2020-06-30', 7)).toEqual({
      total: 6,
      done: 1,
      doneLate: 1,
      overdue: 1,
      // due-today (0 days) and due-in-5; later is in progress but outside the window.
      dueSoon: 2,
      onTimePct: (1 / 6) * 100,
    });
  });

  it('moves open milestones to overdue as the days pass', () => {
    expect(rollUpMilestones(mixed, '2020-07-31', 7)).toMatchObject({ done: 1, doneLate: 1, overdue: 3, dueSoon: 0 });
  });
});

describe('milestonesUnder and rollUpTree', () => {
  // campaign → measure → two tasks with milestones, plus a measure with no tasks yet.
  const nodes = [
    actionNode('projects-year', 'campaign', null, { tags: ['xiangmu-year'] }),
    actionNode('investment', 'measure', 'projects-year'),
    actionNode('road', 'task', 'investment', { tags: ['chengzhen-year'] }),
    actionNode('plant', 'task', 'investment'),
    actionNode('empty', 'measure', 'projects-year'),
  ];
  const milestones = [
    milestone('road-1', 'road', '2020-03-31', { doneOn: '2020-03-20' }),
    milestone('road-2', 'road', '2020-06-15'),
    milestone('plant-1', 'plant', '2020-07-03'),
    milestone('plant-2', 'plant', '2020-09-30', { startedOn: '2020-06-01' }),
  ];

  it('gives a task its own milestones and every node above it all the milestones below', () => {
    const under = milestonesUnder(nodes, milestones);
    expect(ids(under.get('road'))).toEqual(['road-1', 'road-2']);
    expect(ids(under.get('plant'))).toEqual(['plant-1', 'plant-2']);
    expect(ids(under.get('investment'))).toEqual(['plant-1', 'plant-2', 'road-1', 'road-2']);
    expect(ids(under.get('projects-year'))).toEqual(['plant-1', 'plant-2', 'road-1', 'road-2']);
  });

  it('gives a node without milestones an empty list', () => {
    expect(milestonesUnder(nodes, milestones).get('empty')).toEqual([]);
  });

  it('still gives a task whose parent is missing its own milestones', () => {
    const orphan = actionNode('orphan', 'task', 'deleted-measure');
    const under = milestonesUnder([orphan], [milestone('o-1', 'orphan', '2020-05-01')]);
    expect(ids(under.get('orphan'))).toEqual(['o-1']);
  });

  it('rolls up every level on the date judged on', () => {
    const tree = rollUpTree(nodes, milestones, '2020-06-30', 7);
    expect(tree.get('road')).toEqual({ total: 2, done: 1, doneLate: 0, overdue: 1, dueSoon: 0, onTimePct: 50 });
    expect(tree.get('plant')).toEqual({ total: 2, done: 0, doneLate: 0, overdue: 0, dueSoon: 1, onTimePct: 0 });
    const whole = { total: 4, done: 1, doneLate: 0, overdue: 1, dueSoon: 1, onTimePct: 25 };
    expect(tree.get('investment')).toEqual(whole);
    expect(tree.get('projects-year')).toEqual(whole);
    expect(tree.get('empty')).toMatchObject({ total: 0, onTimePct: null });
  });

  it('returns for a parent cycle in bad data instead of hanging', () => {
    const loop = [actionNode('a', 'measure', 'b'), actionNode('b', 'task', 'a'), actionNode('self', 'task', 'self')];
    const ms = [
      milestone('a-1', 'a', '2020-05-01'),
      milestone('b-1', 'b', '2020-05-01'),
      milestone('s-1', 'self', '2020-05-01'),
    ];
    const under = milestonesUnder(loop, ms);
    expect(ids(under.get('a'))).toContain('a-1');
    expect(ids(under.get('b'))).toContain('b-1');
    expect(ids(under.get('self'))).toEqual(['s-1']);
    expect(rollUpTree(loop, ms, '2020-06-30', 7).size).toBe(3);
  });
});

describe('tagsOf', () => {
  const campaign = actionNode('c', 'campaign', null, { tags: ['xiangmu-year'] });
  const measure = actionNode('m', 'measure', 'c', { tags: ['wuge-baipu'] });
  const task = actionNode('t', 'task', 'm', { tags: ['chengzhen-year', 'xiangmu-year'] });
  const byId = new Map([campaign, measure, task].map((n) => [n.id, n]));

  it('adds the tags of every node above to the node’s own, once each', () => {
    expect([...tagsOf(task, byId)].sort()).toEqual(['chengzhen-year', 'wuge-baipu', 'xiangmu-year']);
    expect([...tagsOf(measure, byId)].sort()).toEqual(['wuge-baipu', 'xiangmu-year']);
    expect([...tagsOf(campaign, byId)]).toEqual(['xiangmu-year']);
  });

  it('stops at a missing parent', () => {
    const orphan = actionNode('o', 'task', 'gone', { tags: ['jiceng-year'] });
    expect([...tagsOf(orphan, byId)]).toEqual(['jiceng-year']);
  });

  it('returns for a parent cycle in bad data instead of hanging', () => {
    const a = actionNode('a', 'measure', 'b', { tags: ['wuge-baipu'] });
    const b = actionNode('b', 'task', 'a', { tags: ['jiceng-year'] });
    const loop = new Map([a, b].map((n) => [n.id, n]));
    expect([...tagsOf(a, loop)].sort()).toEqual(['jiceng-year', 'wuge-baipu']);
  });
});

describe('parentKindOf', () => {
  it('puts measures under campaigns, tasks under measures and campaigns at the top', () => {
    expect(parentKindOf('campaign')).toBeNull();
    expect(parentKindOf('measure')).toBe('campaign');
    expect(parentKindOf('task')).toBe('measure');
  });
});

describe('withinSpan', () => {
  const task = { start: '2020-03-01', end: '2020-09-30' };

  it('includes the first and last day of the span', () => {
    expect(withinSpan('2020-03-01', task)).toBe(true);
    expect(withinSpan('2020-09-30', task)).toBe(true);
  });

  it('excludes the day before the start and the day after the end', () => {
    expect(withinSpan('2020-02-29', task)).toBe(false);
    expect(withinSpan('2020-10-01', task)).toBe(false);
  });

  it('accepts any date on an open end', () => {
    expect(withinSpan('1990-01-01', { end: '2020-09-30' })).toBe(true);
    expect(withinSpan('2020-10-01', { end: '2020-09-30' })).toBe(false);
    expect(withinSpan('2099-12-31', { start: '2020-03-01' })).toBe(true);
    expect(withinSpan('2020-02-29', { start: '2020-03-01' })).toBe(false);
    expect(withinSpan('2020-06-30', {})).toBe(true);
  });
});

describe('milestoneAsOf', () => {
  const m: Milestone = {
    id: 'road-start',
    taskId: 'road',
    name: { zh: '开工', en: 'Works started' },
    due: '2020-07-10',
    owner: { unit: '规划建设局', person: '局长' },
    startedOn: '2020-06-19',
    doneOn: '2020-07-05',
    evidence: [
      { date: '2020-06-19', note: '施工许可', recordedAt: '2020-06-19T02:00:00.000Z' },
      { date: '2020-07-05', note: '开工仪式', recordedAt: '2020-07-05T02:00:00.000Z' },
    ],
    source: SOURCE,
    sample: true,
  };

  it('leaves out a completion and evidence dated after the day, keeping what was known then', () => {
    const june = milestoneAsOf(m, '2020-06-30');
    expect(june.doneOn).toBeUndefined();
    expect(june.startedOn).toBe('2020-06-19');
    expect(june.evidence.map((e) => e.note)).toEqual(['施工许可']);
    expect(milestoneState(june, '2020-06-30')).toBe(milestoneState(m, '2020-06-30'));
  });

  it('keeps everything dated on the day itself, and does not change its input', () => {
    expect(milestoneAsOf(m, '2020-07-05')).toEqual(m);
    expect(milestoneAsOf(m, '2020-06-18').startedOn).toBeUndefined();
    expect(m.doneOn).toBe('2020-07-05');
  });
});
