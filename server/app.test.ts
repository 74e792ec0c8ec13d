import { expect, test } from 'vitest';
import {
  apiErrorBodySchema,
  createObservationResponseSchema,
  indicatorDetailResponseSchema,
  indicatorListResponseSchema,
  summaryResponseSchema,
  type ApiErrorBody,
} from '../src/domain/contract';
import type { Observation } from '../src/domain/observation';
import { createApp } from './app';
import { createMemoryStorage } from './storage/memory-storage';
import type { Dataset, Storage } from './storage/storage';
import { testDataset } from './test-dataset';

const NOW = new Date('2020-07-05T08:00:00.000Z');

function setup(seed: () => Dataset = testDataset) {
  const storage = createMemoryStorage(seed);
  let n = 0;
  const app = createApp({ storage, now: () => NOW, newId: () => `new-${++n}` });
  return { app, storage };
}

async function getJson(app: ReturnType<typeof setup>['app'], path: string) {
  const res = await app.request(path);
  return { res, body: (await res.json()) as unknown };
}

async function list(app: ReturnType<typeof setup>['app'], query = '') {
  const { res, body } = await getJson(app, `/api/indicators${query}`);
  expect(res.status).toBe(200);
  return indicatorListResponseSchema.parse(body);
}

async function ids(app: ReturnType<typeof setup>['app'], query: string) {
  return (await list(app, query)).items.map((s) => s.indicator.id);
}

function post(app: ReturnType<typeof setup>['app'], path: string, body: unknown, headers?: Record<string, string>) {
  return app.request(path, {
    method: 'POST',
    headers: headers ?? { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function errorOf(res: Response): Promise<ApiErrorBody['error']> {
  expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
  expect(res.headers.get('Cache-Control')).toBe('no-store');
  return apiErrorBodySchema.parse(await res.json()).error;
}

/** The error message given for one field, failing the test if there is none. */
function fieldMessage(error: ApiErrorBody['error'], field: string) {
  const found = error.fields?.find((f) => f.field === field);
  expect(found, `a message for ${field} in ${JSON.stringify(error.fields)}`).toBeDefined();
  expect(found?.message.zh).not.toBe('');
  expect(found?.message.en).not.toBe('');
  return found?.message;
}

const validInput = { period: '2020-06', value: 55, stage: 'audited', asOf: '2020-07-03', source: '镇统计站' };

test('lists every indicator at the default period, worst first, without caching', async () => {
  const { app } = setup();
  const res = await app.request('/api/indicators');
  expect(res.headers.get('Cache-Control')).toBe('no-store');
  const body = indicatorListResponseSchema.parse(await res.json());
  expect(body.period).toBe('2020-06');
  expect(body.asOf).toBe('2020-06-30');
  expect(body.total).toBe(6);
  expect(body.counts).toEqual({ red: 1, yellow: 1, blue: 1, green: 1, grey: 2 });
  expect(body.owners).toEqual(['城建办', '经济发展局', '项目办']);
  expect(body.items.map((s) => [s.indicator.id, s.evaluation.status])).toEqual([
    ['gdp', 'red'],
    ['green-share', 'yellow'],
    ['road-works', 'blue'],
    ['new-projects', 'green'],
    ['large-firms', 'grey'],
    ['business-rank', 'grey'],
  ]);
});

test('judges the list at the period asked for', async () => {
  const { app } = setup();
  const body = await list(app, '?period=2020-05');
  expect(body.asOf).toBe('2020-05-31');
  const gdp = body.items.find((s) => s.indicator.id === 'gdp');
  // 33 of 100 at the end of May, when 5/12 is expected: 8.7 points behind.
  expect(gdp?.evaluation.status).toBe('yellow');
  expect(gdp?.evaluation.actual).toBe(33);
});

test('filters by category, status, owner and campaign, keeping total and counts of all', async () => {
  const { app } = setup();
  expect(await ids(app, '?category=wen')).toEqual(['gdp']);
  expect(await ids(app, '?status=grey')).toEqual(['large-firms', 'business-rank']);
  expect(await ids(app, `?owner=${encodeURIComponent('城建办')}`)).toEqual(['green-share', 'road-works']);
  expect(await ids(app, '?campaign=xiangmu-year')).toEqual(['gdp', 'new-projects']);
  expect(await ids(app, '?campaign=xiangmu-year&status=green')).toEqual(['new-projects']);
  const filtered = await list(app, '?category=mei');
  expect(filtered.items).toHaveLength(1);
  expect(filtered.total).toBe(6);
  expect(filtered.counts).toEqual({ red: 1, yellow: 1, blue: 1, green: 1, grey: 2 });
  expect(filtered.owners).toHaveLength(3);
});

test('an owner must match the unit exactly', async () => {
  const { app } = setup();
  expect(await ids(app, `?owner=${encodeURIComponent('城建')}`)).toEqual([]);
});

test('searches names, ids and definitions in both languages, ignoring case', async () => {
  const { app } = setup();
  expect(await ids(app, '?q=gdp')).toEqual(['gdp']);
  expect(await ids(app, '?q=GROSS')).toEqual(['gdp']);
  expect(await ids(app, `?q=${encodeURIComponent('项目')}`)).toEqual(['new-projects']);
  expect(await ids(app, `?q=${encodeURIComponent('现价')}`)).toEqual(['gdp']);
  expect(await ids(app, '?q=scope%20of%20green')).toEqual(['green-share']);
  expect(await ids(app, '?q=rank')).toEqual(['business-rank']);
  expect(await ids(app, '?q=nothing-like-this')).toEqual([]);
});

test('treats empty query values as absent', async () => {
  const { app } = setup();
  expect(await ids(app, '?category=&status=&q=&yellowWithin=&period=')).toHaveLength(6);
});

test('sorts by name in pinyin order, either way', async () => {
  const { app } = setup();
  const asc = ['road-works', 'gdp', 'large-firms', 'green-share', 'new-projects', 'business-rank'];
  expect(await ids(app, '?sort=name')).toEqual(asc);
  expect(await ids(app, '?sort=name&dir=desc')).toEqual([...asc].reverse());
});

test('sorts by completion with indicators without a rate last in both directions', async () => {
  const { app } = setup();
  // completion: road 33.3, gdp 40, projects 60, green 95; firms and rank have none.
  expect(await ids(app, '?sort=completion')).toEqual([
    'road-works',
    'gdp',
    'new-projects',
    'green-share',
    'large-firms',
    'business-rank',
  ]);
  expect(await ids(app, '?sort=completion&dir=desc')).toEqual([
    'green-share',
    'new-projects',
    'gdp',
    'road-works',
    'large-firms',
    'business-rank',
  ]);
});

test('sorts by category in the plan order, then by name', async () => {
  const { app } = setup();
  expect(await ids(app, '?sort=category')).toEqual([
    'gdp',
    'new-projects',
    'road-works',
    'green-share',
    'large-firms',
    'business-rank',
  ]);
});

test('sorts by status best first when asked descending', async () => {
  const { app } = setup();
  expect((await ids(app, '?sort=status&dir=desc')).slice(0, 4)).toEqual([
    'business-rank',
    'large-firms',
    'new-projects',
    'road-works',
  ]);
});

test('thresholds from the query change statuses', async () => {
  const { app } = setup();
  const body = await list(app, '?yellowWithin=20&blueDays=5');
  const status = Object.fromEntries(body.items.map((s) => [s.indicator.id, s.evaluation.status]));
  expect(status['gdp']).toBe('yellow');
  expect(status['road-works']).toBe('green');
  expect(body.counts).toEqual({ red: 0, yellow: 2, blue: 0, green: 2, grey: 2 });
  const tight = await list(app, '?yellowWithin=4');
  expect(tight.items.find((s) => s.indicator.id === 'green-share')?.evaluation.status).toBe('red');
});

test.each([
  ['?status=purple', 'status', 'must be one of: red, yellow, blue, green, grey'],
  ['?period=2020-13', 'period', 'must be a period written 2020, 2020Q2 or 2020-06'],
  ['?category=unknown', 'category', 'must be one of'],
  ['?campaign=x', 'campaign', 'must be one of'],
  ['?sort=size', 'sort', 'must be one of: status, name, completion, category'],
  ['?dir=up', 'dir', 'must be one of: asc, desc'],
  ['?yellowWithin=abc', 'yellowWithin', 'must be a number'],
  ['?yellowWithin=0', 'yellowWithin', 'must be greater than 0'],
  ['?yellowWithin=101', 'yellowWithin', 'must be at most 100'],
  ['?blueDays=1.5', 'blueDays', 'must be a whole number'],
  ['?blueDays=-1', 'blueDays', 'must be at least 0'],
  [`?q=${'x'.repeat(101)}`, 'q', 'must be at most 100 characters'],
  ['?status=red&status=green', 'status', 'must be given only once'],
])('rejects the list query %s with a message for the field', async (query, field, en) => {
  const { app } = setup();
  const res = await app.request(`/api/indicators${query}`);
  expect(res.status).toBe(400);
  const error = await errorOf(res);
  expect(error.code).toBe('validation');
  expect(error.message.zh).toBe('查询参数有误');
  expect(fieldMessage(error, field)?.en).toContain(en);
});

test('gives the period and date messages in Chinese too', async () => {
  const { app } = setup();
  const error = await errorOf(await app.request('/api/indicators?period=2020-13&yellowWithin=abc'));
  expect(fieldMessage(error, 'period')?.zh).toBe('期间格式应为 2020、2020Q2 或 2020-06');
  expect(fieldMessage(error, 'yellowWithin')?.zh).toBe('必须是数字');
});

test('shows one indicator with its evaluation and its observations in order', async () => {
  const { app } = setup();
  const { res, body } = await getJson(app, '/api/indicators/gdp');
  expect(res.status).toBe(200);
  const detail = indicatorDetailResponseSchema.parse(body);
  expect(detail.indicator.id).toBe('gdp');
  expect(detail.period).toBe('2020-06');
  expect(detail.evaluation.status).toBe('red');
  expect(detail.evaluation.actual).toBe(40);
  expect(detail.evaluation.reported?.value).toBe(42);
  const growth = detail.evaluation.growth;
  expect(growth.kind === 'ok' && growth.pct).toBeCloseTo(11.11, 2);
  expect(detail.evaluation.trend).toEqual([
    { period: '2020-05', value: 33, sample: true },
    { period: '2020-06', value: 40, sample: true },
  ]);
  expect(detail.observations.map((o) => o.id)).toEqual(['gdp-2019-06', 'gdp-2020-05', 'gdp-2020-06-r', 'gdp-2020-06']);
});

test('the detail follows the period and thresholds of the query', async () => {
  const { app } = setup();
  const detail = indicatorDetailResponseSchema.parse(
    (await getJson(app, '/api/indicators/gdp?period=2020Q2&yellowWithin=30')).body,
  );
  expect(detail.asOf).toBe('2020-06-30');
  expect(detail.evaluation.status).toBe('yellow');
});

test('answers 404 with a bilingual message for an unknown indicator', async () => {
  const { app } = setup();
  const res = await app.request('/api/indicators/no-such-thing');
  expect(res.status).toBe(404);
  const error = await errorOf(res);
  expect(error.code).toBe('not-found');
  expect(error.message.zh).toContain('no-such-thing');
  expect(error.message.en).toContain('no-such-thing');
});

test('rejects a bad period on the detail', async () => {
  const { app } = setup();
  const res = await app.request('/api/indicators/gdp?period=2020Q5');
  expect(res.status).toBe(400);
  fieldMessage(await errorOf(res), 'period');
});

test('answers 404 JSON for unknown API paths', async () => {
  const { app } = setup();
  for (const path of ['/api/nope', '/api', '/api/indicators/gdp/extra', '/api/summary/x']) {
    const res = await app.request(path);
    expect(res.status, path).toBe(404);
    expect((await errorOf(res)).code).toBe('not-found');
  }
});

test('answers 405 with Allow for a wrong method', async () => {
  const { app } = setup();
  const cases: [string, string, string][] = [
    ['DELETE', '/api/indicators', 'GET'],
    ['PUT', '/api/indicators/gdp', 'GET'],
    ['GET', '/api/indicators/gdp/observations', 'POST'],
    ['GET', '/api/demo/reset', 'POST'],
    ['POST', '/api/summary', 'GET'],
  ];
  for (const [method, path, allow] of cases) {
    const res = await app.request(path, { method });
    expect(res.status, `${method} ${path}`).toBe(405);
    expect(res.headers.get('Allow')).toBe(allow);
    expect((await errorOf(res)).code).toBe('method-not-allowed');
  }
});

test('records an observation and answers with the new evaluation at its period', async () => {
  const { app, storage } = setup();
  const res = await post(app, '/api/indicators/gdp/observations', validInput);
  expect(res.status).toBe(201);
  expect(res.headers.get('Cache-Control')).toBe('no-store');
  const body = createObservationResponseSchema.parse(await res.json());
  expect(body.observation).toEqual({
    id: 'new-1',
    indicatorId: 'gdp',
    ...validInput,
    sample: false,
    recordedAt: NOW.toISOString(),
    recordedBy: '演示用户',
  });
  expect(body.evaluation.status).toBe('green');
  expect(body.evaluation.actual).toBe(55);
  expect(await storage.listObservations('gdp')).toContainEqual(body.observation);
});

test('adding an observation changes the status in the list and the detail', async () => {
  const { app } = setup();
  const before = await list(app);
  expect(before.items[0]?.indicator.id).toBe('gdp');
  await post(app, '/api/indicators/gdp/observations', validInput);
  const after = await list(app);
  expect(after.counts).toEqual({ red: 0, yellow: 1, blue: 1, green: 2, grey: 2 });
  expect(after.items[0]?.indicator.id).toBe('green-share');
  const detail = indicatorDetailResponseSchema.parse((await getJson(app, '/api/indicators/gdp')).body);
  expect(detail.evaluation.status).toBe('green');
  expect(detail.evaluation.reason).toEqual({ code: 'ahead', points: 5 });
  expect(detail.observations.at(-1)?.id).toBe('new-1');
});

test('adding a later month extends the trend', async () => {
  const { app } = setup();
  const res = await post(app, '/api/indicators/gdp/observations?period=2020-07', {
    ...validInput,
    period: '2020-07',
    value: 60,
    stage: 'reported',
    asOf: '2020-08-02',
  });
  const body = createObservationResponseSchema.parse(await res.json());
  expect(body.evaluation.trend.map((p) => [p.period, p.value])).toEqual([
    ['2020-05', 33],
    ['2020-06', 40],
    ['2020-07', 60],
  ]);
  const detail = indicatorDetailResponseSchema.parse((await getJson(app, '/api/indicators/gdp?period=2020-07')).body);
  expect(detail.evaluation.trend.at(-1)).toEqual({ period: '2020-07', value: 60, sample: false });
});

test('answers with the evaluation at ?period= and its thresholds when given', async () => {
  const { app } = setup();
  const res = await post(app, '/api/indicators/gdp/observations?period=2020-05&yellowWithin=5', {
    ...validInput,
    period: '2020-05',
    value: 30,
  });
  expect(res.status).toBe(201);
  const body = createObservationResponseSchema.parse(await res.json());
  expect(body.evaluation.actual).toBe(30);
  expect(body.evaluation.status).toBe('red');
});

test('ignores fields a client may not set (id, sample, recordedAt)', async () => {
  const { app } = setup();
  const res = await post(app, '/api/indicators/gdp/observations', {
    ...validInput,
    id: 'gdp-2020-06',
    sample: true,
    recordedAt: '1999-01-01',
    source: '  镇统计站  ',
  });
  expect(res.status).toBe(201);
  const { observation } = createObservationResponseSchema.parse(await res.json());
  expect(observation).toMatchObject({ id: 'new-1', sample: false, recordedAt: NOW.toISOString(), source: '镇统计站' });
});

const badBodies: [string, string, unknown, string, { zh: string; en: string } | null][] = [
  [
    'a value that is not a number',
    'gdp',
    { ...validInput, value: 'abc' },
    'value',
    { zh: '必须是数字', en: 'must be a number' },
  ],
  [
    'a month 13',
    'gdp',
    { ...validInput, period: '2020-13' },
    'period',
    { zh: '期间格式应为 2020、2020Q2 或 2020-06', en: 'must be a period written 2020, 2020Q2 or 2020-06' },
  ],
  [
    'a 29 February in a common year',
    'gdp',
    { ...validInput, asOf: '2019-02-29' },
    'asOf',
    { zh: '日期格式应为 YYYY-MM-DD 且真实存在', en: 'must be a real date written YYYY-MM-DD' },
  ],
  ['a missing source', 'gdp', { ...validInput, source: undefined }, 'source', { zh: '缺少此项', en: 'is required' }],
  ['a blank source', 'gdp', { ...validInput, source: '   ' }, 'source', { zh: '不能为空', en: 'cannot be empty' }],
  ['a missing value', 'gdp', { ...validInput, value: undefined }, 'value', { zh: '缺少此项', en: 'is required' }],
  ['an unknown stage', 'gdp', { ...validInput, stage: 'guessed' }, 'stage', null],
  ['a note that is not text', 'gdp', { ...validInput, note: 5 }, 'note', { zh: '必须是文本', en: 'must be text' }],
  [
    'a negative count',
    'new-projects',
    { ...validInput, value: -1 },
    'value',
    { zh: '数量须为不小于 0 的整数', en: 'A count must be a whole number, 0 or more' },
  ],
  [
    'a share of 120',
    'green-share',
    { ...validInput, value: 120 },
    'value',
    { zh: '比重须在 0 到 100 之间', en: 'A share must lie between 0 and 100' },
  ],
  ['a year without a target', 'gdp', { ...validInput, period: '2018-06', asOf: '2018-07-01' }, 'period', null],
  ['an as-of date before the period', 'gdp', { ...validInput, asOf: '2020-05-31' }, 'asOf', null],
  ['a body that is a list', 'gdp', [validInput], 'body', { zh: '必须是 JSON 对象', en: 'must be a JSON object' }],
  ['a body that is null', 'gdp', null, 'body', null],
];

test.each(badBodies)('rejects %s with a field message and writes nothing', async (_, id, input, field, message) => {
  const { app, storage } = setup();
  const before = await storage.listObservations();
  const res = await post(app, `/api/indicators/${id}/observations`, input);
  expect(res.status).toBe(400);
  const error = await errorOf(res);
  expect(error.code).toBe('validation');
  const got = fieldMessage(error, field);
  if (message) expect(got).toEqual(message);
  expect(await storage.listObservations()).toEqual(before);
});

test('rejects malformed JSON with 400 and writes nothing', async () => {
  const { app, storage } = setup();
  const before = await storage.listObservations();
  const res = await post(app, '/api/indicators/gdp/observations', '{"period": "2020-06", value: }');
  expect(res.status).toBe(400);
  const error = await errorOf(res);
  expect(error.message.en).toBe('The request body is not valid JSON');
  expect(fieldMessage(error, 'body')?.zh).toBe('请求体不是有效的 JSON');
  expect(await storage.listObservations()).toEqual(before);
});

test('rejects a body that is not declared as JSON with 415', async () => {
  const { app, storage } = setup();
  const before = await storage.listObservations();
  const res = await post(app, '/api/indicators/gdp/observations', validInput, { 'Content-Type': 'text/plain' });
  expect(res.status).toBe(415);
  expect((await errorOf(res)).code).toBe('unsupported-media-type');
  expect(await storage.listObservations()).toEqual(before);
  // A charset parameter is fine.
  const ok = await post(app, '/api/indicators/gdp/observations', validInput, {
    'Content-Type': 'application/json; charset=utf-8',
  });
  expect(ok.status).toBe(201);
});

test('rejects a bad ?period= on a post before writing', async () => {
  const { app, storage } = setup();
  const before = await storage.listObservations();
  const res = await post(app, '/api/indicators/gdp/observations?period=June', validInput);
  expect(res.status).toBe(400);
  fieldMessage(await errorOf(res), 'period');
  expect(await storage.listObservations()).toEqual(before);
});

test('answers 404 for a post to an unknown indicator and writes nothing', async () => {
  const { app, storage } = setup();
  const before = await storage.listObservations();
  const res = await post(app, '/api/indicators/nope/observations', validInput);
  expect(res.status).toBe(404);
  expect((await errorOf(res)).code).toBe('not-found');
  expect(await storage.listObservations()).toEqual(before);
});

test('rejects a body over 64 KB with 413, with or without Content-Length', async () => {
  const { app, storage } = setup();
  const before = await storage.listObservations();
  const big = JSON.stringify({ ...validInput, note: 'x'.repeat(70_000) });
  const res = await post(app, '/api/indicators/gdp/observations', big);
  expect(res.status).toBe(413);
  expect((await errorOf(res)).code).toBe('too-large');
  // A streamed body carries no Content-Length, so the limit must count what arrives.
  const stream = new Blob([big]).stream();
  const streamed = await app.fetch(
    new Request('http://localhost/api/indicators/gdp/observations', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit),
  );
  expect(streamed.status).toBe(413);
  expect(await storage.listObservations()).toEqual(before);
});

test('answers 409 when the new id is taken, and writes nothing', async () => {
  const storage = createMemoryStorage(testDataset);
  const app = createApp({ storage, now: () => NOW, newId: () => 'gdp-2020-06' });
  const before = await storage.listObservations();
  const res = await post(app, '/api/indicators/gdp/observations', validInput);
  expect(res.status).toBe(409);
  expect((await errorOf(res)).code).toBe('conflict');
  expect(await storage.listObservations()).toEqual(before);
});

test('answers 500 JSON with code internal when something unexpected breaks', async () => {
  const broken: Storage = {
    ...createMemoryStorage(testDataset),
    listIndicators: () => Promise.reject(new Error('disk on fire')),
  };
  const reported: unknown[] = [];
  const app = createApp({ storage: broken, reportError: (e) => reported.push(e) });
  const res = await app.fetch(new Request('http://localhost/api/indicators'));
  expect(res.status).toBe(500);
  const error = await errorOf(res);
  expect(error.code).toBe('internal');
  expect(error.message.en).not.toContain('disk on fire');
  expect(reported).toHaveLength(1);
});

test('summarises the period: counts, headline indicators, the lagging ones and the periods with data', async () => {
  const { app } = setup();
  const { res, body } = await getJson(app, '/api/summary');
  expect(res.status).toBe(200);
  expect(res.headers.get('Cache-Control')).toBe('no-store');
  const summary = summaryResponseSchema.parse(body);
  expect(summary.period).toBe('2020-06');
  expect(summary.asOf).toBe('2020-06-30');
  expect(summary.total).toBe(6);
  expect(summary.counts).toEqual({ red: 1, yellow: 1, blue: 1, green: 1, grey: 2 });
  expect(summary.headline.map((s) => s.indicator.id)).toEqual(['gdp', 'business-rank']);
  expect(summary.behind.map((s) => s.indicator.id)).toEqual(['gdp', 'green-share']);
  expect(summary.periods).toEqual(['2019-06', '2020', '2020-05', '2020-06', '2021']);
});

test('the summary follows period and thresholds, and rejects bad ones', async () => {
  const { app } = setup();
  const relaxed = summaryResponseSchema.parse((await getJson(app, '/api/summary?yellowWithin=50&blueDays=0')).body);
  expect(relaxed.behind.map((s) => [s.indicator.id, s.evaluation.status])).toEqual([
    ['gdp', 'yellow'],
    ['green-share', 'yellow'],
  ]);
  expect(relaxed.counts.blue).toBe(0);
  const may = summaryResponseSchema.parse((await getJson(app, '/api/summary?period=2020-05')).body);
  expect(may.asOf).toBe('2020-05-31');
  const bad = await app.request('/api/summary?period=2020-00&blueDays=400');
  expect(bad.status).toBe(400);
  const error = await errorOf(bad);
  fieldMessage(error, 'period');
  expect(fieldMessage(error, 'blueDays')?.en).toBe('must be at most 365');
});

test('the summary lists at most ten lagging indicators, worst first', async () => {
  const many = (): Dataset => {
    const base = testDataset();
    const gdp = base.indicators[0];
    const june = base.observations.find((o) => o.id === 'gdp-2020-06');
    if (!gdp || !june) throw new Error('fixture changed');
    const extra = Array.from({ length: 12 }, (_, i) => ({ ...gdp, id: `lag-${i}`, headline: false }));
    const values: Observation[] = extra.map((ind, i) => ({
      ...june,
      id: `o-${ind.id}`,
      indicatorId: ind.id,
      value: 30 + i,
    }));
    return { indicators: [...base.indicators, ...extra], observations: [...base.observations, ...values] };
  };
  const { app } = setup(many);
  const summary = summaryResponseSchema.parse((await getJson(app, '/api/summary')).body);
  expect(summary.behind).toHaveLength(10);
  expect(summary.behind[0]?.indicator.id).toBe('lag-0');
  const gaps = summary.behind.map((s) => s.evaluation.gapPoints ?? 0);
  expect(gaps).toEqual([...gaps].sort((a, b) => a - b));
});

test('reset restores the seed', async () => {
  const { app, storage } = setup();
  const seeded = await storage.listObservations();
  await post(app, '/api/indicators/gdp/observations', validInput);
  expect(await storage.listObservations()).toHaveLength(seeded.length + 1);
  const res = await app.request('/api/demo/reset', { method: 'POST' });
  expect(res.status).toBe(204);
  expect(await res.text()).toBe('');
  expect(await storage.listObservations()).toEqual(seeded);
  expect((await list(app)).items[0]?.evaluation.status).toBe('red');
});

test('HEAD on a list answers like GET without a body', async () => {
  const { app } = setup();
  const res = await app.request('/api/summary', { method: 'HEAD' });
  expect(res.status).toBe(200);
  expect(await res.text()).toBe('');
});
