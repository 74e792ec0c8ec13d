import { expect, test } from 'vitest';
import {
  createObservationResponseSchema,
  indicatorDetailResponseSchema,
  summaryResponseSchema,
} from '../src/domain/contract';
import {
  projectDetailResponseSchema,
  projectListResponseSchema,
  projectResponseSchema,
} from '../src/domain/project-contract';
import { derivedWindow } from './derived-storage';
import { errorOf, expectMethodNotAllowed, fieldMessage, getOk, post, setup, type TestApp } from './test-api';
import { testDataset } from './test-dataset';

const list = (app: TestApp, query = '') => getOk(app, `/api/projects${query}`, projectListResponseSchema);
const ids = async (app: TestApp, query: string) => (await list(app, query)).items.map((s) => s.project.id);
const actual = async (app: TestApp, id: string, period = '2020-06') =>
  (await getOk(app, `/api/indicators/${id}?period=${period}`, indicatorDetailResponseSchema)).evaluation.actual;

const validProject = {
  name: { zh: '新材料产业园二期' },
  industry: 'new-materials',
  park: 'materials-park',
  investment: 15,
  owner: { unit: '招商中心', person: '主任' },
  stages: { signed: '2020-05-01', started: '2020-06-01' },
  note: '签约仪式',
};

test('lists the ledger at the period end, largest investment first, with funnel, groups and rates', async () => {
  const { app } = setup();
  const body = await list(app);
  expect(body.period).toBe('2020-06');
  expect(body.asOf).toBe('2020-06-30');
  expect(body.total).toBe(6);
  // Ties (p-delta and p-zeta, 8亿元) keep ledger order. p-eta, signed on 1 July, was not in the
  // ledger yet at the end of June.
  expect(body.items.map((s) => [s.project.id, s.stage])).toEqual([
    ['p-gamma', 'completed'],
    ['p-alpha', 'converted'],
    ['p-delta', 'started'],
    ['p-zeta', 'converted'],
    ['p-beta', 'started'],
    ['p-epsilon', 'signed'],
  ]);
  expect(body.funnel).toEqual([
    { stage: 'signed', reached: 6, inPeriod: 2 },
    { stage: 'started', reached: 5, inPeriod: 2 },
    { stage: 'completed', reached: 3, inPeriod: 1 },
    { stage: 'converted', reached: 2, inPeriod: 1 },
  ]);
  // Signed by the period end only (p-eta signs in July); ties in the plan's order of industries.
  expect(body.byIndustry).toEqual([
    { key: 'new-materials', investment: 20, count: 1 },
    { key: 'hydraulic-casting', investment: 12, count: 1 },
    { key: 'high-end-equipment', investment: 8, count: 1 },
    { key: 'smart-manufacturing', investment: 8, count: 1 },
    { key: 'textile-apparel', investment: 5, count: 1 },
    { key: 'optical-cable', investment: 3, count: 1 },
  ]);
  expect(body.byPark).toEqual([
    { key: 'none', investment: 23, count: 2 },
    { key: 'equipment-park', investment: 20, count: 2 },
    { key: 'materials-park', investment: 13, count: 2 },
  ]);
  expect(body.completionRate).toEqual({ numerator: 1, denominator: 3, pct: 33.3 });
  expect(body.conversionRate).toEqual({ numerator: 1, denominator: 2, pct: 50 });
  expect(body.owners).toEqual(['经济发展局', '项目办', '招商中心']);
});

test('filters by industry, park, stage at the period end, owner, search and the stage reached in the year', async () => {
  const { app } = setup();
  expect(await ids(app, '?industry=hydraulic-casting')).toEqual(['p-alpha']);
  expect(await ids(app, '?industry=hydraulic-casting&period=2020-07')).toEqual(['p-alpha', 'p-eta']);
  expect(await ids(app, '?park=none')).toEqual(['p-gamma', 'p-epsilon']);
  expect(await ids(app, '?park=materials-park')).toEqual(['p-zeta', 'p-beta']);
  expect(await ids(app, '?stage=started')).toEqual(['p-delta', 'p-beta']);
  expect(await ids(app, '?stage=started&period=2019')).toEqual(['p-gamma']);
  expect(await ids(app, '?owner=招商中心')).toEqual(['p-gamma']);
  expect(await ids(app, '?q=PROJECT%20P-GAM')).toEqual(['p-gamma']);
  expect(await ids(app, '?q=epsilon项目')).toEqual(['p-epsilon']);
  expect(await ids(app, '?reachedIn=started')).toEqual(['p-delta', 'p-beta']);
  expect(await ids(app, '?reachedIn=started&period=2019')).toEqual(['p-gamma', 'p-alpha', 'p-zeta']);
  expect(await ids(app, '?reachedIn=converted&period=2020-02')).toEqual([]);
  expect(await ids(app, '?reachedIn=converted&period=2020Q1')).toEqual(['p-alpha']);
  expect(await ids(app, '?industry=hydraulic-casting&stage=converted')).toEqual(['p-alpha']);
  // Filters leave the totals, funnel and rates of the whole ledger alone.
  const filtered = await list(app, '?owner=招商中心');
  const all = await list(app);
  expect(filtered.total).toBe(all.total);
  expect(filtered.funnel).toEqual(all.funnel);
  expect(filtered.completionRate).toEqual(all.completionRate);
});

test('the ledger at 2019 has its own funnel and rates', async () => {
  const { app } = setup();
  const body = await list(app, '?period=2019');
  expect(body.asOf).toBe('2019-12-31');
  expect(body.funnel.map((s) => s.inPeriod)).toEqual([3, 3, 2, 1]);
  expect(body.completionRate).toEqual({ numerator: 2, denominator: 3, pct: 66.7 });
  expect(body.conversionRate).toEqual({ numerator: 1, denominator: 2, pct: 50 });
});

test.each([
  ['?stage=bogus', 'stage'],
  ['?park=elsewhere', 'park'],
  ['?industry=steel', 'industry'],
  ['?period=2020-13', 'period'],
  ['?reachedIn=x', 'reachedIn'],
  ['?q=' + 'x'.repeat(101), 'q'],
])('rejects the list query %s', async (query, field) => {
  const { app } = setup();
  const error = await errorOf(await app.request(`/api/projects${query}`), 400);
  fieldMessage(error, field);
});

test('shows one project with its stage and the indicators it moves at the period', async () => {
  const { app } = setup();
  const june = await getOk(app, '/api/projects/p-gamma', projectDetailResponseSchema);
  expect(june.asOf).toBe('2020-06-30');
  expect(june.stage).toBe('completed');
  expect(june.indicators.map((i) => i.id)).toEqual(['gdp', 'projects-completed', 'completion-rate', 'conversion-rate']);
  const y2019 = await getOk(app, '/api/projects/p-gamma?period=2019', projectDetailResponseSchema);
  expect(y2019.stage).toBe('started');
  expect(y2019.indicators.map((i) => i.id)).toEqual(['gdp', 'projects-started', 'completion-rate']);
  const eta = await getOk(app, '/api/projects/p-eta', projectDetailResponseSchema);
  expect(eta.stage).toBeNull();
  expect(eta.indicators).toEqual([]);

  const missing = await errorOf(await app.request('/api/projects/p-nope'), 404);
  expect(missing.code).toBe('not-found');
  expect(missing.message.zh).toContain('p-nope');
  fieldMessage(await errorOf(await app.request('/api/projects/p-gamma?period=20'), 400), 'period');
});

test('adds a project with the stages it reached, one history event each', async () => {
  const { app } = setup();
  const res = await post(app, '/api/projects', validProject);
  expect(res.status).toBe(201);
  const { project } = projectResponseSchema.parse(await res.json());
  expect(project).toEqual({
    id: 'p-test-1',
    name: { zh: '新材料产业园二期', en: '新材料产业园二期' },
    industry: 'new-materials',
    park: 'materials-park',
    investment: 15,
    stages: { signed: '2020-05-01', started: '2020-06-01' },
    owner: { unit: '招商中心', person: '主任' },
    source: { title: '看板录入', date: '2020-07-05' },
    sample: false,
    history: [
      { stage: 'signed', date: '2020-05-01', recordedAt: '2020-07-05T08:00:00.000Z', note: '签约仪式' },
      { stage: 'started', date: '2020-06-01', recordedAt: '2020-07-05T08:00:00.000Z', note: '签约仪式' },
    ],
  });
  expect(await ids(app, '?owner=招商中心')).toEqual(['p-gamma', 'p-test-1']);
  expect((await getOk(app, '/api/projects/p-test-1', projectDetailResponseSchema)).stage).toBe('started');
  // The new project counts in the derived indicators at once.
  expect(await actual(app, 'projects-started')).toBe(3);

  const bare = await post(app, '/api/projects', { ...validProject, stages: undefined, note: undefined });
  expect(bare.status).toBe(201);
  const created = projectResponseSchema.parse(await bare.json()).project;
  expect(created.stages).toEqual({});
  expect(created.history).toEqual([]);
});

const badProjects: [string, unknown, string, string?][] = [
  ['no name', { ...validProject, name: undefined }, 'name'],
  ['an empty name', { ...validProject, name: { zh: '  ' } }, 'name.zh'],
  ['an unknown industry', { ...validProject, industry: 'steel' }, 'industry'],
  ['an investment under 1亿元', { ...validProject, investment: 0.5 }, 'investment'],
  ['an unknown owner unit', { ...validProject, owner: { unit: '外星办', person: '主任' } }, 'owner', '外星办'],
  ['a person not of the unit', { ...validProject, owner: { unit: '招商中心', person: '局长' } }, 'owner', '局长'],
  [
    'a start before the signing',
    { ...validProject, stages: { signed: '2020-04-01', started: '2020-03-01' } },
    'stages.started',
    '开工日期 2020-03-01 早于签约日期 2020-04-01',
  ],
  ['a start without a signing', { ...validProject, stages: { started: '2020-03-01' } }, 'stages.started', '签约'],
  ['a date after today', { ...validProject, stages: { signed: '2020-07-06' } }, 'stages.signed', '2020-07-06'],
  ['a date that does not exist', { ...validProject, stages: { signed: '2020-02-30' } }, 'stages.signed'],
];

test.each(badProjects)('rejects a project with %s and writes nothing', async (_, body, field, words) => {
  const { app } = setup();
  const error = await errorOf(await post(app, '/api/projects', body), 400);
  expect(error.code).toBe('validation');
  const message = fieldMessage(error, field);
  if (words) expect(message.zh).toContain(words);
  // The whole ledger: a view after every date of the test ledger.
  expect((await list(app, '?period=2030')).total).toBe(7);
});

test('a new project dated today is accepted; the body must be JSON', async () => {
  const { app } = setup();
  expect((await post(app, '/api/projects', { ...validProject, stages: { signed: '2020-07-05' } })).status).toBe(201);
  expect(
    (await errorOf(await post(app, '/api/projects', validProject, { 'Content-Type': 'text/plain' }), 415)).code,
  ).toBe('unsupported-media-type');
  await errorOf(await post(app, '/api/projects', '{oops'), 400);
  expect((await list(app, '?period=2030')).total).toBe(8);
});

test('records a stage and the derived indicators move with it', async () => {
  const { app } = setup();
  expect(await actual(app, 'projects-started')).toBe(2);
  expect(await actual(app, 'completion-rate')).toBe(33.3);
  const res = await post(app, '/api/projects/p-epsilon/stages', { stage: 'started', date: '2020-06-15', note: '开工' });
  expect(res.status).toBe(200);
  const { project } = projectResponseSchema.parse(await res.json());
  expect(project.stages).toEqual({ signed: '2020-05-10', started: '2020-06-15' });
  expect(project.history).toEqual([
    { stage: 'started', date: '2020-06-15', recordedAt: '2020-07-05T08:00:00.000Z', note: '开工' },
  ]);
  expect(await actual(app, 'projects-started')).toBe(3);
  // 竣工率 = 1 / 4 once p-epsilon is under construction.
  expect(await actual(app, 'completion-rate')).toBe(25);
  expect(await ids(app, '?stage=started')).toEqual(['p-delta', 'p-beta', 'p-epsilon']);
  // A month before, nothing changed.
  expect(await actual(app, 'projects-started', '2020-05')).toBe(2);

  // A corrected date keeps the one it replaced in the history.
  const corrected = await post(app, '/api/projects/p-epsilon/stages', { stage: 'started', date: '2020-07-01' });
  const history = projectResponseSchema.parse(await corrected.json()).project.history;
  expect(history.at(-1)).toEqual({
    stage: 'started',
    date: '2020-07-01',
    previous: '2020-06-15',
    recordedAt: '2020-07-05T08:00:00.000Z',
  });
  expect(await actual(app, 'projects-started')).toBe(2);
});

const badStages: [string, string, unknown, string, string?][] = [
  [
    'a start before the signing',
    'p-epsilon',
    { stage: 'started', date: '2020-05-01' },
    'date',
    '开工日期 2020-05-01 早于签约日期 2020-05-10',
  ],
  [
    'a signing moved after the start',
    'p-beta',
    { stage: 'signed', date: '2020-03-01' },
    'date',
    '开工日期 2020-02-01 早于签约日期 2020-03-01',
  ],
  ['a completion without a start', 'p-epsilon', { stage: 'completed', date: '2020-06-01' }, 'stage', '开工日期'],
  ['a date after today', 'p-epsilon', { stage: 'started', date: '2020-07-06' }, 'date', '2020-07-06'],
  ['an unknown stage', 'p-epsilon', { stage: 'approved', date: '2020-06-01' }, 'stage'],
  ['no date', 'p-epsilon', { stage: 'started' }, 'date'],
];

test.each(badStages)('rejects %s and writes nothing', async (_, id, body, field, words) => {
  const { app } = setup();
  const before = await getOk(app, `/api/projects/${id}`, projectDetailResponseSchema);
  const error = await errorOf(await post(app, `/api/projects/${id}/stages`, body), 400);
  const message = fieldMessage(error, field);
  if (words) expect(message.zh).toContain(words);
  expect(message.en).not.toMatch(/[\u4e00-\u9fff]/);
  expect(await getOk(app, `/api/projects/${id}`, projectDetailResponseSchema)).toEqual(before);
});

test('the stage message names both stages and dates in English too', async () => {
  const { app } = setup();
  const error = await errorOf(
    await post(app, '/api/projects/p-epsilon/stages', { stage: 'started', date: '2020-05-01' }),
    400,
  );
  expect(fieldMessage(error, 'date').en).toBe('The start date 2020-05-01 is before the signing date 2020-05-10');
});

test('a stage of an unknown project is a 404; a stage dated today is accepted', async () => {
  const { app } = setup();
  expect(
    (await errorOf(await post(app, '/api/projects/p-nope/stages', { stage: 'signed', date: '2020-06-01' }), 404)).code,
  ).toBe('not-found');
  expect((await post(app, '/api/projects/p-eta/stages', { stage: 'started', date: '2020-07-05' })).status).toBe(200);
});

test('answers 405 with Allow on the project routes', async () => {
  const { app } = setup();
  await expectMethodNotAllowed(app, [
    ['DELETE', '/api/projects', 'GET, POST'],
    ['PUT', '/api/projects/p-alpha', 'GET'],
    ['GET', '/api/projects/p-alpha/stages', 'POST'],
  ]);
});

test('derived indicators get their values from the ledger, and refuse entered ones', async () => {
  const { app, storage } = setup();
  const detail = await getOk(app, '/api/indicators/projects-started?period=2020-06', indicatorDetailResponseSchema);
  expect(detail.evaluation.actual).toBe(2);
  expect(detail.observations.find((o) => o.period === '2019')?.value).toBe(3);
  expect(detail.observations.every((o) => o.source === '项目台账（自动计算）')).toBe(true);
  // Months run up to the last recorded date (p-eta signed 2020-07-01), never past today.
  expect(detail.observations.map((o) => o.period).at(-1)).toBe('2020-07');
  expect(await actual(app, 'conversion-rate')).toBe(50);
  const converted = await getOk(app, '/api/indicators/projects-converted', indicatorDetailResponseSchema);
  expect(converted.observations.find((o) => o.period === '2019')?.value).toBe(1);
  // Stored observations of a derived indicator are ignored: road-works had a typed-in June value.
  const road = await getOk(app, '/api/indicators/road-works', indicatorDetailResponseSchema);
  expect(road.observations.map((o) => o.id)).not.toContain('road-2020-06');
  expect(road.observations.find((o) => o.period === '2020-06')?.value).toBe(1);

  const before = await storage.listObservations();
  const res = await post(app, '/api/indicators/projects-started/observations', {
    period: '2020-06',
    value: 9,
    stage: 'reported',
    asOf: '2020-07-01',
    source: '项目办',
  });
  const error = await errorOf(res, 400);
  expect(error.message.zh).toBe('该指标由项目台账自动计算，请在项目台账中更新项目阶段');
  expect(error.message.en).not.toBe('');
  const milestone = await errorOf(
    await post(app, '/api/indicators/road-works/observations', {
      period: '2020-06',
      value: 3,
      stage: 'reported',
      asOf: '2020-07-01',
      source: '城建办',
    }),
    400,
  );
  expect(milestone.message.zh).toBe('该指标由任务节点自动计算，请在行动页标记节点完成');
  expect(await storage.listObservations()).toEqual(before);
  // Other indicators still take values.
  const ok = await post(app, '/api/indicators/gdp/observations', {
    period: '2020-06',
    value: 55,
    stage: 'audited',
    asOf: '2020-07-03',
    source: '镇统计站',
  });
  expect(ok.status).toBe(201);
  createObservationResponseSchema.parse(await ok.json());
});

test('the summary gives each derived baseline as the ledger computes it', async () => {
  const { app } = setup();
  const summary = await getOk(app, '/api/summary', summaryResponseSchema);
  expect(summary.ledgerBaselines).toEqual([
    { indicatorId: 'projects-started', year: 2019, value: 3 },
    { indicatorId: 'projects-completed', year: 2019, value: 2 },
    { indicatorId: 'projects-converted', year: 2019, value: 1 },
    { indicatorId: 'conversion-rate', year: 2019, value: 50 },
  ]);
  // Without a ledger there is nothing to show.
  const plain = setup(testDataset).app;
  expect((await getOk(plain, '/api/summary', summaryResponseSchema)).ledgerBaselines).toEqual([]);
});

test('derived values run from the first stored year to the last record, never past today', () => {
  const sources = { projects: [], milestones: [] };
  const obs = (period: string) => ({
    id: period,
    indicatorId: 'x',
    period,
    value: 1,
    stage: 'reported' as const,
    asOf: '2020-01-01',
    source: 's',
    sample: false,
    recordedAt: '2020-01-01T00:00:00.000Z',
  });
  expect(derivedWindow([], sources, '2020-07-05')).toBeUndefined();
  expect(derivedWindow([obs('2019-03'), obs('2020-06')], sources, '2020-07-05')).toEqual({
    fromYear: 2019,
    horizon: '2020-06-30',
  });
  expect(derivedWindow([obs('2020')], sources, '2020-07-05')).toEqual({ fromYear: 2020, horizon: '2020-07-05' });
  const ledger = {
    projects: [],
    milestones: [
      {
        id: 'm',
        taskId: 't',
        name: { zh: 'm', en: 'm' },
        due: '2020-08-01',
        owner: { unit: 'u', person: 'p' },
        doneOn: '2020-08-03',
        evidence: [],
        source: { title: 's' },
        sample: false,
      },
    ],
  };
  expect(derivedWindow([obs('2020-06')], ledger, '2020-09-01')).toEqual({ fromYear: 2020, horizon: '2020-08-03' });
  expect(derivedWindow([], ledger, '2020-09-01')).toEqual({ fromYear: 2020, horizon: '2020-08-03' });
});
