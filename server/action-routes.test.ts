import { expect, test } from 'vitest';
import {
  actionResponseSchema,
  actionTreeResponseSchema,
  indicatorLinksResponseSchema,
  linkResponseSchema,
  milestoneResponseSchema,
  ownersResponseSchema,
} from '../src/domain/action-contract';
import { indicatorDetailResponseSchema } from '../src/domain/contract';
import { errorOf, expectMethodNotAllowed, fieldMessage, getOk, post, setup, type TestApp } from './test-api';
import { TEST_OWNERS } from './test-ledger';

const tree = (app: TestApp, query = '') => getOk(app, `/api/actions${query}`, actionTreeResponseSchema);
const nodeIds = async (app: TestApp, query: string) => (await tree(app, query)).nodes.map((n) => n.node.id);
const milestoneIds = async (app: TestApp, query: string) =>
  (await tree(app, query)).milestones.map((m) => m.milestone.id);
const links = (app: TestApp, id: string, query = '') =>
  getOk(app, `/api/indicators/${id}/links${query}`, indicatorLinksResponseSchema);

const validTask = {
  kind: 'task',
  parentId: 'm-roads',
  name: { zh: '路灯改造', en: 'Street lights' },
  owner: { unit: '城建办', person: '主任' },
  start: '2020-07-01',
  end: '2020-11-30',
};
const validMilestone = {
  taskId: 't-bridge',
  name: { zh: '桥梁完工' },
  due: '2020-09-30',
  owner: { unit: '城建办', person: '主任' },
};

test('shows the tree at the period end in plan order, each node with its roll-up, campaigns and indicators', async () => {
  const { app } = setup();
  const body = await tree(app);
  expect(body.period).toBe('2020-06');
  expect(body.asOf).toBe('2020-06-30');
  expect(body.dueSoonDays).toBe(15);
  expect(body.nodes.map((n) => n.node.id)).toEqual([
    'c-wuge',
    'm-roads',
    't-road',
    't-bridge',
    'c-xiangmu',
    'm-projects',
    't-ledger',
  ]);
  const view = (id: string) => body.nodes.find((n) => n.node.id === id);
  expect(view('t-road')?.rollUp).toEqual({
    total: 3,
    done: 1,
    doneLate: 0,
    overdue: 0,
    dueSoon: 1,
    onTimePct: expect.closeTo(100 / 3) as number,
  });
  expect(view('t-bridge')?.rollUp).toEqual({ total: 2, done: 0, doneLate: 0, overdue: 1, dueSoon: 1, onTimePct: 0 });
  expect(view('m-roads')?.rollUp).toMatchObject({ total: 5, done: 1, overdue: 1, dueSoon: 2 });
  expect(view('c-xiangmu')?.rollUp).toMatchObject({ total: 2, done: 1, doneLate: 1, onTimePct: 50 });
  expect(view('t-ledger')?.campaigns).toEqual(['xiangmu-year', 'jiceng-year']);
  expect(view('t-road')?.campaigns).toEqual(['wuge-baipu']);
  expect(view('t-road')?.indicatorIds).toEqual(['road-works']);
  expect(view('t-bridge')?.indicatorIds).toEqual(['green-share']);
  expect(view('m-roads')?.indicatorIds).toEqual([]);

  // Milestones by due date (ties in storage order), with their state on 2020-06-30.
  expect(body.milestones.map((m) => [m.milestone.id, m.state, m.dueInDays])).toEqual([
    ['design', 'done', null],
    ['ledger-q1', 'done-late', null],
    ['bridge-design', 'overdue', null],
    ['bridge-tender', 'not-started', 0],
    ['ledger-q2', 'done', null],
    ['start', 'in-progress', 10],
    ['finish', 'not-started', null],
  ]);
  expect(body.states).toEqual({ 'not-started': 2, 'in-progress': 1, done: 2, 'done-late': 1, overdue: 1 });
  expect(body.owners).toEqual(['城建办', '项目办']);
});

test('a milestone due on the view’s date is not overdue; one due the day before is', async () => {
  const { app } = setup();
  const res = await post(app, '/api/milestones', { ...validMilestone, due: '2020-06-29' });
  const { milestone } = milestoneResponseSchema.parse(await res.json());
  const body = await tree(app, '?period=2020-06');
  const state = (id: string) => body.milestones.find((m) => m.milestone.id === id);
  expect(state('bridge-tender')).toMatchObject({ state: 'not-started', dueInDays: 0 });
  expect(state(milestone.id)).toMatchObject({ state: 'overdue', dueInDays: null });
  // A month later the one due on 2020-06-30 is overdue too.
  expect((await tree(app, '?period=2020-07')).milestones.find((m) => m.milestone.id === 'bridge-tender')?.state).toBe(
    'overdue',
  );
});

test('filters by campaign, owner unit and state, keeping the nodes above a match', async () => {
  const { app } = setup();
  expect(await nodeIds(app, '?campaign=xiangmu-year')).toEqual(['c-xiangmu', 'm-projects', 't-ledger']);
  expect(await milestoneIds(app, '?campaign=xiangmu-year')).toEqual(['ledger-q1', 'ledger-q2']);
  // A tag of the task itself: the nodes above are kept to place it.
  expect(await nodeIds(app, '?campaign=jiceng-year')).toEqual(['c-xiangmu', 'm-projects', 't-ledger']);
  expect(await nodeIds(app, '?campaign=chengzhen-year')).toEqual([]);
  // An owned measure brings the tasks under it, whoever owns them.
  expect(await nodeIds(app, '?owner=城建办')).toEqual(['c-wuge', 'm-roads', 't-road', 't-bridge']);
  expect(await milestoneIds(app, '?owner=城建办')).toEqual([
    'design',
    'bridge-design',
    'bridge-tender',
    'start',
    'finish',
  ]);
  expect(await nodeIds(app, '?owner=经济发展局')).toEqual([]);
  // A state keeps only the tasks with such milestones (and the nodes above).
  const overdue = await tree(app, '?state=overdue');
  expect(overdue.nodes.map((n) => n.node.id)).toEqual(['c-wuge', 'm-roads', 't-bridge']);
  expect(overdue.milestones.map((m) => m.milestone.id)).toEqual(['bridge-design']);
  // The counts are over the campaign and owner filters only, so they stay whole while a state is chosen.
  const all = await tree(app, '');
  expect(overdue.states).toEqual(all.states);
  expect(overdue.dueSoon).toBe(all.dueSoon);
  expect(all.states.overdue).toBe(1);
  // 临期 is a filter too: the open milestones due within the window.
  const soon = await tree(app, '?state=due-soon');
  expect(soon.milestones.length).toBe(all.dueSoon);
  expect(soon.milestones.every((m) => m.dueInDays !== null)).toBe(true);
  // Roll-ups are the nodes' own, whatever the filter.
  expect(overdue.nodes.find((n) => n.node.id === 't-bridge')?.rollUp.total).toBe(2);
  expect(await milestoneIds(app, '?state=done&campaign=wuge-baipu')).toEqual(['design']);
  expect(await nodeIds(app, '?state=done&campaign=wuge-baipu')).toEqual(['c-wuge', 'm-roads', 't-road']);
  expect(await milestoneIds(app, '?state=done&owner=项目办')).toEqual(['ledger-q2']);
  // The owners list is of the whole tree.
  expect((await tree(app, '?owner=项目办')).owners).toEqual(['城建办', '项目办']);
});

test('the 临期 window is the blueDays threshold', async () => {
  const { app } = setup();
  const body = await tree(app, '?blueDays=5');
  expect(body.dueSoonDays).toBe(5);
  expect(body.milestones.find((m) => m.milestone.id === 'start')?.dueInDays).toBeNull();
  expect(body.nodes.find((n) => n.node.id === 't-road')?.rollUp.dueSoon).toBe(0);
});

test.each([
  ['?state=late', 'state'],
  ['?campaign=other', 'campaign'],
  ['?blueDays=-1', 'blueDays'],
  ['?period=June', 'period'],
])('rejects the tree query %s', async (query, field) => {
  const { app } = setup();
  fieldMessage(await errorOf(await app.request(`/api/actions${query}`), 400), field);
});

test('adds a measure under a campaign and a task under a measure, in plan order', async () => {
  const { app } = setup();
  const measure = await post(app, '/api/actions', {
    kind: 'measure',
    parentId: 'c-wuge',
    name: { zh: '绿化提升' },
    tags: ['chengzhen-year', 'chengzhen-year'],
  });
  expect(measure.status).toBe(201);
  const created = actionResponseSchema.parse(await measure.json()).node;
  expect(created).toEqual({
    id: 'a-test-1',
    kind: 'measure',
    parentId: 'c-wuge',
    name: { zh: '绿化提升', en: '绿化提升' },
    tags: ['chengzhen-year'],
    source: { title: '看板录入', date: '2020-07-05' },
    sample: false,
  });
  const task = await post(app, '/api/actions', { ...validTask, parentId: 'a-test-1' });
  expect(task.status).toBe(201);
  expect(actionResponseSchema.parse(await task.json()).node).toMatchObject({
    id: 'a-test-2',
    kind: 'task',
    owner: { unit: '城建办', person: '主任' },
    start: '2020-07-01',
    end: '2020-11-30',
  });
  const body = await tree(app);
  expect(body.nodes.map((n) => n.node.id).slice(0, 6)).toEqual([
    'c-wuge',
    'm-roads',
    't-road',
    't-bridge',
    'a-test-1',
    'a-test-2',
  ]);
  expect(body.nodes.find((n) => n.node.id === 'a-test-2')?.campaigns).toEqual(['wuge-baipu', 'chengzhen-year']);
  // A task without milestones has an empty roll-up.
  expect(body.nodes.find((n) => n.node.id === 'a-test-2')?.rollUp).toEqual({
    total: 0,
    done: 0,
    doneLate: 0,
    overdue: 0,
    dueSoon: 0,
    onTimePct: null,
  });
});

const badActions: [string, unknown, string[], string?][] = [
  ['a task under a campaign', { ...validTask, parentId: 'c-wuge' }, ['parentId'], '举措'],
  ['a measure under a measure', { ...validTask, kind: 'measure', parentId: 'm-roads' }, ['parentId'], '专项行动'],
  ['an unknown parent', { ...validTask, parentId: 'nowhere' }, ['parentId']],
  ['a campaign', { ...validTask, kind: 'campaign' }, ['kind']],
  ['a task without a span', { ...validTask, start: undefined, end: undefined }, ['start', 'end']],
  ['a task ending before it starts', { ...validTask, end: '2020-06-30' }, ['end'], '2020-06-30'],
  ['an unknown owner unit', { ...validTask, owner: { unit: '外星办', person: '主任' } }, ['owner']],
  ['a person not of the unit', { ...validTask, owner: { unit: '城建办', person: '局长' } }, ['owner']],
  ['an unknown tag', { ...validTask, tags: ['other'] }, ['tags.0']],
];

test.each(badActions)('rejects %s and writes nothing', async (_, body, fields, words) => {
  const { app } = setup();
  const error = await errorOf(await post(app, '/api/actions', body), 400);
  for (const field of fields) fieldMessage(error, field);
  if (words) expect(fieldMessage(error, fields[0] ?? '').zh).toContain(words);
  expect((await tree(app)).nodes).toHaveLength(7);
});

test('adds a milestone within its task’s span, its ends included', async () => {
  const { app } = setup();
  for (const due of ['2020-09-30', '2020-03-01']) {
    const res = await post(app, '/api/milestones', { ...validMilestone, due });
    expect(res.status, due).toBe(201);
  }
  const body = await tree(app);
  expect(body.nodes.find((n) => n.node.id === 't-bridge')?.rollUp.total).toBe(4);
  const created = body.milestones.find((m) => m.milestone.due === '2020-09-30')?.milestone;
  expect(created).toEqual({
    id: 'm-test-1',
    taskId: 't-bridge',
    name: { zh: '桥梁完工', en: '桥梁完工' },
    due: '2020-09-30',
    owner: { unit: '城建办', person: '主任' },
    evidence: [],
    source: { title: '看板录入', date: '2020-07-05' },
    sample: false,
  });
});

const badMilestones: [string, unknown, string, string?][] = [
  ['a due date after the task ends', { ...validMilestone, due: '2020-10-01' }, 'due', '2020-03-01 至 2020-09-30'],
  ['a due date before the task starts', { ...validMilestone, due: '2020-02-29' }, 'due', '2020-03-01 至 2020-09-30'],
  ['a measure for a task', { ...validMilestone, taskId: 'm-roads' }, 'taskId'],
  ['an unknown task', { ...validMilestone, taskId: 'nowhere' }, 'taskId'],
  ['a person not of the unit', { ...validMilestone, owner: { unit: '城建办', person: '站长' } }, 'owner', '站长'],
  ['no owner', { ...validMilestone, owner: undefined }, 'owner'],
  ['a date that does not exist', { ...validMilestone, due: '2020-09-31' }, 'due'],
];

test.each(badMilestones)('rejects a milestone with %s and writes nothing', async (_, body, field, words) => {
  const { app } = setup();
  const error = await errorOf(await post(app, '/api/milestones', body), 400);
  const message = fieldMessage(error, field);
  if (words) expect(message.zh).toContain(words);
  expect((await tree(app)).milestones).toHaveLength(7);
});

test('marking a node done moves the milestone indicator and the roll-up, from its date on', async () => {
  const { app } = setup();
  const road = async (period: string) =>
    (await getOk(app, `/api/indicators/road-works?period=${period}`, indicatorDetailResponseSchema)).evaluation.actual;
  const onTime = async (period: string) =>
    (await tree(app, `?period=${period}`)).nodes.find((n) => n.node.id === 't-road')?.rollUp.onTimePct;
  expect(await road('2020-07')).toBe(1);
  expect(await onTime('2020-07')).toBeCloseTo(100 / 3);

  const res = await post(app, '/api/milestones/start/state', { state: 'done', date: '2020-07-03', note: '已开工' });
  expect(res.status).toBe(200);
  const { milestone } = milestoneResponseSchema.parse(await res.json());
  expect(milestone).toMatchObject({
    startedOn: '2020-06-01',
    doneOn: '2020-07-03',
    evidence: [{ date: '2020-07-03', note: '已开工', recordedAt: '2020-07-05T08:00:00.000Z' }],
  });
  expect(await road('2020-07')).toBe(2);
  expect(await onTime('2020-07')).toBeCloseTo(200 / 3);
  // June is judged on 2020-06-30: it does not know about July.
  expect(await road('2020-06')).toBe(1);
  expect((await tree(app, '?period=2020-06')).milestones.find((m) => m.milestone.id === 'start')?.state).toBe(
    'in-progress',
  );
});

test('marks a milestone in progress, without evidence when no note is given', async () => {
  const { app } = setup();
  const res = await post(app, '/api/milestones/finish/state', { state: 'in-progress', date: '2020-07-05' });
  expect(res.status).toBe(200);
  const { milestone } = milestoneResponseSchema.parse(await res.json());
  expect(milestone.startedOn).toBe('2020-07-05');
  expect(milestone.evidence).toEqual([]);
  expect((await tree(app, '?period=2020-07')).milestones.find((m) => m.milestone.id === 'finish')?.state).toBe(
    'in-progress',
  );
});

const badStates: [string, string, unknown, string, string?][] = [
  ['a date after today', 'finish', { state: 'done', date: '2020-07-06' }, 'date', '2020-07-06'],
  [
    'done before it started',
    'start',
    { state: 'done', date: '2020-05-30' },
    'date',
    '完成日期 2020-05-30 早于开始日期 2020-06-01',
  ],
  ['started after it was done', 'design', { state: 'in-progress', date: '2020-04-01' }, 'date', '2020-03-20'],
  ['an unknown state', 'finish', { state: 'overdue', date: '2020-07-01' }, 'state'],
  ['an empty note', 'finish', { state: 'done', date: '2020-07-01', note: ' ' }, 'note'],
];

test.each(badStates)('rejects %s and writes nothing', async (_, id, body, field, words) => {
  const { app } = setup();
  const before = await tree(app);
  const error = await errorOf(await post(app, `/api/milestones/${id}/state`, body), 400);
  const message = fieldMessage(error, field);
  if (words) expect(message.zh).toContain(words);
  expect(await tree(app)).toEqual(before);
});

test('a state of an unknown milestone is a 404', async () => {
  const { app } = setup();
  const error = await errorOf(
    await post(app, '/api/milestones/nope/state', { state: 'done', date: '2020-07-01' }),
    404,
  );
  expect(error.message.zh).toContain('nope');
});

test('links an indicator to a task or project; the same link again changes nothing', async () => {
  const { app } = setup();
  const link = { indicatorId: 'gdp', kind: 'task', targetId: 't-road' };
  const first = await post(app, '/api/links', link);
  expect(first.status).toBe(201);
  expect(linkResponseSchema.parse(await first.json())).toEqual({ link });
  const again = await post(app, '/api/links', link);
  expect(again.status).toBe(200);
  expect(linkResponseSchema.parse(await again.json())).toEqual({ link });
  expect((await tree(app)).nodes.find((n) => n.node.id === 't-road')?.indicatorIds).toEqual(['gdp', 'road-works']);
  expect((await links(app, 'gdp')).tasks.map((t) => t.node.id)).toEqual(['t-road']);

  expect(
    (await post(app, '/api/links', { indicatorId: 'green-share', kind: 'project', targetId: 'p-beta' })).status,
  ).toBe(201);
  expect((await links(app, 'green-share')).projects.map((p) => p.project.id)).toEqual(['p-beta']);
});

const badLinks: [string, unknown, string][] = [
  ['an unknown indicator', { indicatorId: 'nope', kind: 'task', targetId: 't-road' }, 'indicatorId'],
  ['an unknown project', { indicatorId: 'gdp', kind: 'project', targetId: 'p-nope' }, 'targetId'],
  ['a measure for a task', { indicatorId: 'gdp', kind: 'task', targetId: 'm-roads' }, 'targetId'],
  ['a task for a project', { indicatorId: 'gdp', kind: 'project', targetId: 't-road' }, 'targetId'],
  ['another kind', { indicatorId: 'gdp', kind: 'measure', targetId: 'm-roads' }, 'kind'],
];

test.each(badLinks)('rejects a link to %s and writes nothing', async (_, body, field) => {
  const { app, storage } = setup();
  const before = await storage.listLinks();
  fieldMessage(await errorOf(await post(app, '/api/links', body), 400), field);
  expect(await storage.listLinks()).toEqual(before);
});

test('the links of a ledger indicator are the projects behind its number at the period', async () => {
  const { app } = setup();
  const started = await links(app, 'projects-started');
  expect(started.asOf).toBe('2020-06-30');
  expect(started.projects.map((p) => [p.project.id, p.stage])).toEqual([
    ['p-delta', 'started'],
    ['p-beta', 'started'],
  ]);
  expect(started.tasks).toEqual([]);
  expect(started.milestones).toEqual([]);
  expect((await links(app, 'projects-started', '?period=2019')).projects.map((p) => p.project.id)).toEqual([
    'p-gamma',
    'p-alpha',
    'p-zeta',
  ]);
  // A rate: the projects it divides by.
  expect((await links(app, 'completion-rate')).projects.map((p) => p.project.id)).toEqual([
    'p-gamma',
    'p-delta',
    'p-beta',
  ]);
  expect((await links(app, 'conversion-rate', '?period=2019')).projects.map((p) => p.project.id)).toEqual([
    'p-alpha',
    'p-zeta',
  ]);
  // Any other indicator: its linked projects.
  expect((await links(app, 'gdp')).projects.map((p) => p.project.id)).toEqual(['p-gamma', 'p-alpha']);
});

test('the links of an indicator give its tasks with roll-ups and the milestones, by due date, at the period', async () => {
  const { app } = setup();
  const green = await links(app, 'green-share');
  expect(green.tasks.map((t) => [t.node.id, t.rollUp.overdue])).toEqual([['t-bridge', 1]]);
  expect(green.milestones.map((m) => [m.milestone.id, m.state])).toEqual([
    ['bridge-design', 'overdue'],
    ['bridge-tender', 'not-started'],
  ]);
  // A milestone indicator: its own nodes' milestones.
  const road = await links(app, 'road-works', '?blueDays=12');
  expect(road.milestones.map((m) => [m.milestone.id, m.state, m.dueInDays])).toEqual([
    ['design', 'done', null],
    ['start', 'in-progress', 10],
    ['finish', 'not-started', null],
  ]);
  expect((await links(app, 'road-works', '?period=2020-03')).milestones.map((m) => m.state)).toEqual([
    'done',
    'not-started',
    'not-started',
  ]);
  const none = await links(app, 'business-rank');
  expect([none.projects, none.tasks, none.milestones]).toEqual([[], [], []]);
  expect((await errorOf(await app.request('/api/indicators/nope/links'), 404)).code).toBe('not-found');
  fieldMessage(await errorOf(await app.request('/api/indicators/gdp/links?period=x'), 400), 'period');
});

test('serves the owner directory', async () => {
  const { app } = setup();
  expect(await getOk(app, '/api/owners', ownersResponseSchema)).toEqual({ items: TEST_OWNERS });
});

test('answers 405 with Allow on the action routes', async () => {
  const { app } = setup();
  await expectMethodNotAllowed(app, [
    ['DELETE', '/api/actions', 'GET, POST'],
    ['GET', '/api/milestones', 'POST'],
    ['GET', '/api/milestones/start/state', 'POST'],
    ['GET', '/api/links', 'POST'],
    ['POST', '/api/indicators/gdp/links', 'GET'],
    ['POST', '/api/owners', 'GET'],
  ]);
});

test('a view shows a milestone as it stood on its date: a completion and evidence dated later are left out', async () => {
  const { app } = setup();
  const done = await post(app, '/api/milestones/start/state', {
    state: 'done',
    date: '2020-07-02',
    note: '7月2日开工',
  });
  expect(done.status).toBe(200);
  const june = (await tree(app, '?period=2020-06')).milestones.find((m) => m.milestone.id === 'start');
  expect(june?.milestone.doneOn).toBeUndefined();
  expect(june?.milestone.evidence.map((e) => e.note)).not.toContain('7月2日开工');
  expect(june?.state).toBe('in-progress');
  const july = (await tree(app, '?period=2020-07')).milestones.find((m) => m.milestone.id === 'start');
  expect(july?.milestone.doneOn).toBe('2020-07-02');
  expect(july?.milestone.evidence.map((e) => e.note)).toContain('7月2日开工');
  expect(july?.state).toBe('done');
});
