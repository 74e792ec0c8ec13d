import { expect, test } from 'vitest';
import {
  benchmarkSetListResponseSchema,
  benchmarkSetResponseSchema,
  gapNoteResponseSchema,
  gapsResponseSchema,
  type GapsResponse,
} from '../src/domain/benchmark-contract';
import { apiErrorBodySchema, type ApiErrorBody } from '../src/domain/contract';
import { createApp } from './app';
import { seedDataset } from './seed/index';
import { SAMPLE_TITLE } from './seed/sources';
import {
  BENCHMARK_SETS_KEY,
  BENCHMARK_VALUES_KEY,
  createBrowserStorage,
  GAP_NOTES_KEY,
  OBSERVATIONS_KEY,
  type KeyValueStore,
} from './storage/browser-storage';
import { createMemoryStorage } from './storage/memory-storage';
import type { Storage } from './storage/storage';

/** 20:00 UTC on 5 July is already 6 July in Beijing. */
const NOW = new Date('2020-07-05T20:00:00.000Z');

function setup(storage: Storage = createMemoryStorage(seedDataset)) {
  let n = 0;
  const app = createApp({ storage, now: () => NOW, newNoteId: () => `note-${++n}` });
  return { app, storage };
}
type App = ReturnType<typeof setup>['app'];

class MapKv implements KeyValueStore {
  readonly data = new Map<string, string>();
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.data.set(key, value);
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
}

function send(app: App, method: string, path: string, body: unknown, contentType = 'application/json') {
  return app.request(path, {
    method,
    headers: { 'Content-Type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function gaps(app: App, query = ''): Promise<GapsResponse> {
  const res = await app.request(`/api/gaps${query}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return gapsResponseSchema.parse(await res.json());
}

function item(body: GapsResponse, indicatorId: string) {
  const found = body.items.find((i) => i.indicator.id === indicatorId);
  if (!found) throw new Error(`no gaps for ${indicatorId}`);
  return found;
}

function card(body: GapsResponse, indicatorId: string, memberId: string) {
  const found = item(body, indicatorId).cards.find((c) => c.memberId === memberId);
  if (!found) throw new Error(`no card ${indicatorId}/${memberId}`);
  return found;
}

async function errorOf(res: Response): Promise<ApiErrorBody['error']> {
  expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
  return apiErrorBodySchema.parse(await res.json()).error;
}

function fieldOf(error: ApiErrorBody['error'], field: string) {
  const found = error.fields?.find((f) => f.field === field);
  expect(found, `a message for ${field} in ${JSON.stringify(error.fields)}`).toBeDefined();
  expect(found?.message.zh).not.toBe('');
  expect(found?.message.en).not.toBe('');
  return found?.message;
}

const ZHOUZHUANG_VALUE = '/api/benchmark-sets/sunan-benchmark/members/kunshan-zhouzhuang/values';
const validValue = { value: 52.1, year: 2020, unit: '亿元', source: { title: '周庄镇2020年统计公报' }, sample: false };
const validNote = {
  setId: 'sunan-benchmark',
  indicatorId: 'fiscal-revenue',
  kind: 'cause',
  text: '税源以传统纺织为主，高附加值企业少',
  author: '经济发展局 张科长',
};

// ----- sets -----------------------------------------------------------------------------------

test('GET /api/benchmark-sets lists the sets without values, the default first', async () => {
  const { app } = setup();
  const res = await app.request('/api/benchmark-sets');
  expect(res.status).toBe(200);
  expect(res.headers.get('Cache-Control')).toBe('no-store');
  const raw = (await res.json()) as { items: Record<string, unknown>[] };
  const body = benchmarkSetListResponseSchema.parse(raw);
  expect(body.items.map((s) => s.id)).toEqual(['sunan-benchmark', 'rugao-peers', 'own-plan']);
  expect(body.items[0]).toMatchObject({ memberCount: 4, name: { zh: '苏南标杆镇' } });
  expect(body.items[0]?.members.map((m) => m.id)).toEqual([
    'kunshan-zhouzhuang',
    'wujiang-zhenze',
    'jiangyin-zhouzhuang',
    'top100-towns-average',
  ]);
  expect(JSON.stringify(raw)).not.toContain('"values"');
});

test('GET /api/benchmark-sets/:id gives the full set; 404 for an unknown id', async () => {
  const { app } = setup();
  const res = await app.request('/api/benchmark-sets/rugao-peers');
  expect(res.status).toBe(200);
  const { set } = benchmarkSetResponseSchema.parse(await res.json());
  expect(set.members.map((m) => m.kind)).toEqual(['county-average', 'city-best']);
  const missing = await app.request('/api/benchmark-sets/nowhere');
  expect(missing.status).toBe(404);
  const error = await errorOf(missing);
  expect(error).toMatchObject({ code: 'not-found' });
  expect(error.message.zh).toContain('nowhere');
});

test('wrong methods are 405 with Allow', async () => {
  const { app } = setup();
  const del = await app.request('/api/benchmark-sets/sunan-benchmark', { method: 'DELETE' });
  expect(del.status).toBe(405);
  expect(del.headers.get('Allow')).toBe('GET');
  const get = await app.request('/api/gap-notes');
  expect(get.status).toBe(405);
  expect(get.headers.get('Allow')).toBe('POST');
  const post = await send(app, 'POST', `${ZHOUZHUANG_VALUE}/gdp`, validValue);
  expect(post.status).toBe(405);
  expect(post.headers.get('Allow')).toBe('PUT');
});

// ----- gaps -----------------------------------------------------------------------------------

test('GET /api/gaps: defaults, the first member sorts the items, cards in member order', async () => {
  const { app } = setup();
  const body = await gaps(app);
  expect(body).toMatchObject({ period: '2020-06', closeBy: 2023, set: { id: 'sunan-benchmark' } });
  expect(body.items.map((i) => i.indicator.id).sort()).toEqual(
    ['gdp', 'fiscal-revenue', 'fixed-asset-investment', 'industrial-output', 'disposable-income'].sort(),
  );
  const pct = body.items.map((i) => i.cards.find((c) => c.memberId === 'kunshan-zhouzhuang')?.size.pctOfTheirs);
  expect(pct.every((p) => typeof p === 'number')).toBe(true);
  expect([...pct].sort((a, b) => (b ?? 0) - (a ?? 0))).toEqual(pct);
  expect(item(body, 'fiscal-revenue').cards.map((c) => c.memberId)).toEqual([
    'kunshan-zhouzhuang',
    'wujiang-zhenze',
    'jiangyin-zhouzhuang',
    'top100-towns-average',
  ]);
});

test('our value: the 2019 baseline when no annual value of 2020 is known, marked sample', async () => {
  const { app } = setup();
  const c = card(await gaps(app), 'gdp', 'kunshan-zhouzhuang');
  expect(c.ours).toEqual({
    value: 88.6,
    year: 2019,
    period: '2019',
    basis: 'baseline',
    partialYear: false,
    sample: true,
  });
  expect(c.theirs).toMatchObject({ value: 49.5, year: 2019, method: 'same-year', yearMismatch: false, sample: false });
  expect(c.size.standing).toBe('ahead');
  expect(c.size.absolute).toBeCloseTo(49.5 - 88.6);
  expect(c.yearsBehind).toEqual({ kind: 'ok', standing: 'ahead', toReach: 0, toCatch: 0 });
  // 同比 on the same cut-off: 1–6月 2020 (44.0) against 1–6月 2019 (41.2).
  expect(c.ourGrowthPct).toBeCloseTo((44 / 41.2 - 1) * 100, 6);
});

test('震泽 2016 against our 2019: flagged as another year, or projected with its own growth', async () => {
  const { app } = setup();
  const body = await gaps(app);
  const gdp = card(body, 'gdp', 'wujiang-zhenze');
  expect(gdp.ours.year).toBe(2019);
  expect(gdp.theirs).toMatchObject({
    value: 118.36,
    year: 2016,
    sourceYear: 2016,
    yearMismatch: true,
    method: 'as-is',
  });
  expect(gdp.theirGrowthPct).toBeNull();
  const revenue = card(body, 'fiscal-revenue', 'wujiang-zhenze');
  expect(revenue.theirs).toMatchObject({ year: 2019, sourceYear: 2016, yearMismatch: false, method: 'projected' });
  expect(revenue.theirs.value).toBeCloseTo(6.38 * 1.317 ** 3, 9);
  expect(revenue.theirGrowthPct).toBe(31.7);
});

test("years behind is 'never' to catch a peer growing faster; required growth includes their growth", async () => {
  const { app } = setup();
  const c = card(await gaps(app, '?closeBy=2025'), 'fiscal-revenue', 'kunshan-zhouzhuang');
  expect(c.size.standing).toBe('behind');
  expect(c.ourGrowthPct).not.toBeNull();
  expect(c.ourGrowthPct!).toBeLessThan(27.8);
  expect(c.yearsBehind).toMatchObject({ kind: 'ok', standing: 'behind', toCatch: 'never' });
  if (c.yearsBehind.kind !== 'ok') throw new Error('unreachable');
  expect(typeof c.yearsBehind.toReach).toBe('number');
  expect(c.closeBy).toBe(2025);
  expect(c.required.kind).toBe('ok');
  if (c.required.kind !== 'ok') throw new Error('unreachable');
  // Six years from our 2019 value to theirs grown at 27.8% a year.
  expect(c.required.targetValue).toBeCloseTo(4.3 * 1.278 ** 6, 9);
  expect(c.required.annualPct).toBeCloseTo(((4.3 * 1.278 ** 6) / 3.52) ** (1 / 6) * 100 - 100, 9);
});

test('rank among the members with a value, and its change against last year', async () => {
  const { app } = setup();
  const sunan = await gaps(app);
  // 5 ranked (us + 4), no previous-year values for the peers: no change.
  expect(item(sunan, 'fiscal-revenue').rank).toMatchObject({ rank: 5, of: 5, change: null, text: { zh: '—' } });
  const rugao = await gaps(app, '?set=rugao-peers');
  // 2018: 3.30 below the average 3.4 (3rd of 3); 2019: 3.52 above 3.1 (2nd): up one.
  expect(item(rugao, 'fiscal-revenue').rank).toMatchObject({ rank: 2, of: 3, change: 1, text: { zh: '↑1' } });
  expect(item(rugao, 'gdp').rank).toMatchObject({ rank: 2, of: 3, change: 0, words: { zh: '位次持平' } });
  // Values the source does not give are sample, and the card says so.
  expect(card(rugao, 'gdp', 'rugao-town-average').theirs).toMatchObject({
    sample: true,
    source: { title: SAMPLE_TITLE },
  });
});

test('own-plan: a year-to-date value is marked as part of the year', async () => {
  const { app } = setup();
  const body = await gaps(app, '?set=own-plan');
  const c = card(body, 'industrial-investment', 'plan-2020');
  expect(c.ours).toMatchObject({ period: '2020-06', basis: 'year-to-date', partialYear: true, year: 2020 });
  expect(c.theirs).toMatchObject({ value: 30, year: 2020, method: 'same-year' });
});

test('GET /api/gaps rejects bad queries with field messages, and an unknown set with 404', async () => {
  const { app } = setup();
  const cases: [string, string][] = [
    ['?closeBy=2020', 'closeBy'],
    ['?closeBy=2036', 'closeBy'],
    ['?closeBy=soon', 'closeBy'],
    ['?closeBy=2022.5', 'closeBy'],
    ['?period=2020-13', 'period'],
    ['?set=Not%20An%20Id', 'set'],
    ['?set=own-plan&set=rugao-peers', 'set'],
  ];
  for (const [query, field] of cases) {
    const res = await app.request(`/api/gaps${query}`);
    expect(res.status, query).toBe(400);
    fieldOf(await errorOf(res), field);
  }
  expect((await app.request('/api/gaps?period=2021&closeBy=2036')).status).toBe(200);
  const missing = await app.request('/api/gaps?set=nowhere');
  expect(missing.status).toBe(404);
  expect((await errorOf(missing)).code).toBe('not-found');
});

// ----- values ---------------------------------------------------------------------------------

test('PUT a value: stored in the set, replacing the same year, and used by the gaps', async () => {
  const { app } = setup();
  const res = await send(app, 'PUT', `${ZHOUZHUANG_VALUE}/gdp`, validValue);
  expect(res.status).toBe(200);
  const { set } = benchmarkSetResponseSchema.parse(await res.json());
  const zhouzhuang = set.members.find((m) => m.id === 'kunshan-zhouzhuang')!;
  expect(zhouzhuang.values.filter((v) => v.indicatorId === 'gdp').map((v) => [v.year, v.value])).toEqual([
    [2019, 49.5],
    [2020, 52.1],
  ]);
  const again = await send(app, 'PUT', `${ZHOUZHUANG_VALUE}/gdp`, { ...validValue, value: 53, growthPct: 7.1 });
  const after = benchmarkSetResponseSchema.parse(await again.json()).set.members[0]!.values;
  expect(after.filter((v) => v.indicatorId === 'gdp' && v.year === 2020)).toEqual([
    {
      indicatorId: 'gdp',
      value: 53,
      year: 2020,
      unit: '亿元',
      growthPct: 7.1,
      source: validValue.source,
      sample: false,
    },
  ]);
  // A peer value for 2019 on a new indicator makes it appear in the gaps.
  await send(app, 'PUT', `${ZHOUZHUANG_VALUE}/above-scale-firms`, { ...validValue, value: 40, year: 2019, unit: '家' });
  const c = card(await gaps(app), 'above-scale-firms', 'kunshan-zhouzhuang');
  expect(c.theirs).toMatchObject({ value: 40, year: 2019 });
  expect(c.ours).toMatchObject({ value: 50, basis: 'baseline', sample: false });
});

test('PUT converts 万元 to the indicator’s 亿元 and says so', async () => {
  const { app } = setup();
  const res = await send(app, 'PUT', `${ZHOUZHUANG_VALUE}/fiscal-revenue`, {
    ...validValue,
    value: 43000,
    year: 2019,
    unit: '万元',
    growthPct: 27.8,
  });
  expect(res.status).toBe(200);
  const { set } = benchmarkSetResponseSchema.parse(await res.json());
  const v = set.members[0]!.values.find((x) => x.indicatorId === 'fiscal-revenue' && x.year === 2019);
  expect(v).toMatchObject({ value: 4.3, unit: '亿元', growthPct: 27.8 });
  expect(v?.note?.zh).toContain('43000万元');
  expect(card(await gaps(app), 'fiscal-revenue', 'kunshan-zhouzhuang').theirs.value).toBe(4.3);
});

test('PUT rejects bad input with 400 (units that do not convert too), 404s and 415, writing nothing', async () => {
  const { app, storage } = setup();
  const before = JSON.stringify(await storage.listBenchmarkSets());
  const bad: [unknown, string][] = [
    [{ ...validValue, unit: '个' }, 'unit'],
    [{ ...validValue, unit: '元' }, 'unit'],
    [{ ...validValue, value: '52.1' }, 'value'],
    [{ ...validValue, year: undefined }, 'year'],
    [{ ...validValue, year: 2020.5 }, 'year'],
    [{ ...validValue, source: { title: ' ' } }, 'source.title'],
    [{ ...validValue, sample: 'no' }, 'sample'],
    [{ ...validValue, growthPct: -120 }, 'growthPct'],
    [[], 'body'],
    ['{not json', 'body'],
  ];
  for (const [body, field] of bad) {
    const res = await send(app, 'PUT', `${ZHOUZHUANG_VALUE}/gdp`, body);
    expect(res.status, JSON.stringify(body)).toBe(400);
    fieldOf(await errorOf(res), field);
  }
  const unit = await send(app, 'PUT', `${ZHOUZHUANG_VALUE}/above-scale-firms`, validValue);
  expect(unit.status).toBe(400);
  expect(fieldOf(await errorOf(unit), 'unit')?.zh).toContain('无法换算');
  for (const path of [
    '/api/benchmark-sets/nowhere/members/kunshan-zhouzhuang/values/gdp',
    '/api/benchmark-sets/sunan-benchmark/members/nobody/values/gdp',
    `${ZHOUZHUANG_VALUE}/no-such-indicator`,
  ]) {
    const res = await send(app, 'PUT', path, validValue);
    expect(res.status, path).toBe(404);
    expect((await errorOf(res)).code).toBe('not-found');
  }
  const text = await send(app, 'PUT', `${ZHOUZHUANG_VALUE}/gdp`, JSON.stringify(validValue), 'text/plain');
  expect(text.status).toBe(415);
  expect(JSON.stringify(await storage.listBenchmarkSets())).toBe(before);
});

// ----- notes ----------------------------------------------------------------------------------

test('POST /api/gap-notes: 201, dated in Beijing, and in the gaps newest first with its owner', async () => {
  const { app } = setup();
  const res = await send(app, 'POST', '/api/gap-notes', validNote);
  expect(res.status).toBe(201);
  const { note } = gapNoteResponseSchema.parse(await res.json());
  expect(note).toEqual({ id: 'note-1', ...validNote, date: '2020-07-06' });
  const measure = {
    ...validNote,
    kind: 'measure',
    text: '  招引高新技术企业，培育新税源  ',
    owner: { unit: '招商服务中心', person: '主任' },
  };
  expect((await send(app, 'POST', '/api/gap-notes', measure)).status).toBe(201);
  const body = await gaps(app);
  const revenue = item(body, 'fiscal-revenue');
  expect(revenue.notes.map((n) => [n.id, n.kind, n.text])).toEqual([
    ['note-2', 'measure', '招引高新技术企业，培育新税源'],
    ['note-1', 'cause', validNote.text],
  ]);
  expect(revenue.owner).toEqual({ unit: '招商服务中心', person: '主任' });
  // Other indicators keep their own owner and no notes; other sets do not see the notes.
  expect(item(body, 'gdp')).toMatchObject({ notes: [], owner: { unit: '统计站' } });
  expect(item(await gaps(app, '?set=rugao-peers'), 'fiscal-revenue').notes).toEqual([]);
});

test('POST /api/gap-notes rejects bad input with field messages and writes nothing', async () => {
  const { app, storage } = setup();
  const bad: [unknown, string][] = [
    [{ ...validNote, kind: 'idea' }, 'kind'],
    [{ ...validNote, text: '   ' }, 'text'],
    [{ ...validNote, text: '长'.repeat(1001) }, 'text'],
    [{ ...validNote, author: undefined }, 'author'],
    [{ ...validNote, author: 'x'.repeat(51) }, 'author'],
    [{ ...validNote, owner: { unit: '招商服务中心' } }, 'owner.person'],
    [{ ...validNote, setId: 'nowhere' }, 'setId'],
    [{ ...validNote, indicatorId: 'no-such-indicator' }, 'indicatorId'],
    [{ ...validNote, setId: 'Bad Id' }, 'setId'],
    ['null', 'body'],
    ['{"text":', 'body'],
  ];
  for (const [body, field] of bad) {
    const res = await send(app, 'POST', '/api/gap-notes', body);
    expect(res.status, JSON.stringify(body)).toBe(400);
    fieldOf(await errorOf(res), field);
  }
  expect((await send(app, 'POST', '/api/gap-notes', JSON.stringify(validNote), 'text/plain')).status).toBe(415);
  expect(await storage.listGapNotes()).toEqual([]);
});

// ----- persistence ----------------------------------------------------------------------------

test('notes and edited values survive re-creating the browser storage with the same store; reset clears them', async () => {
  const kv = new MapKv();
  const first = setup(createBrowserStorage(seedDataset, kv)).app;
  expect((await send(first, 'POST', '/api/gap-notes', validNote)).status).toBe(201);
  expect(
    (await send(first, 'PUT', `${ZHOUZHUANG_VALUE}/gdp`, { ...validValue, value: 500000, year: 2019, unit: '万元' }))
      .status,
  ).toBe(200);
  expect([...kv.data.keys()].sort()).toEqual([BENCHMARK_VALUES_KEY, GAP_NOTES_KEY].sort());

  const second = setup(createBrowserStorage(seedDataset, kv)).app;
  const body = await gaps(second);
  expect(item(body, 'fiscal-revenue').notes).toEqual([{ id: 'note-1', ...validNote, date: '2020-07-06' }]);
  expect(card(body, 'gdp', 'kunshan-zhouzhuang').theirs).toMatchObject({ value: 50, year: 2019 });

  expect((await second.request('/api/demo/reset', { method: 'POST' })).status).toBe(204);
  expect(kv.data.has(GAP_NOTES_KEY) || kv.data.has(BENCHMARK_VALUES_KEY) || kv.data.has(OBSERVATIONS_KEY)).toBe(false);
  const third = setup(createBrowserStorage(seedDataset, kv)).app;
  const fresh = await gaps(third);
  expect(item(fresh, 'fiscal-revenue').notes).toEqual([]);
  expect(card(fresh, 'gdp', 'kunshan-zhouzhuang').theirs.value).toBe(49.5);
});

test('corrupt or stale stored notes and edits are dropped, not fatal', async () => {
  const kv = new MapKv();
  kv.data.set(
    GAP_NOTES_KEY,
    JSON.stringify([{ id: 'x' }, { id: 'n', ...validNote, setId: 'gone', date: '2020-07-01' }]),
  );
  kv.data.set(BENCHMARK_VALUES_KEY, '{not json');
  const { app, storage } = setup(createBrowserStorage(seedDataset, kv));
  expect(await storage.listGapNotes()).toEqual([]);
  expect((await gaps(app)).items.length).toBeGreaterThan(0);
});

// ----- creating sets and members --------------------------------------------------------------

const newMember = {
  id: 'huaxi-village',
  name: { zh: '华西村', en: 'Huaxi' },
  kind: 'peer-town',
  basis: { zh: '同为工业强村', en: 'Also an industrial village' },
};
const newSet = {
  id: 'jiangyin-peers',
  name: { zh: '江阴对标', en: 'Jiangyin peers' },
  description: { zh: '江阴强镇', en: 'Strong towns of Jiangyin' },
  members: [
    {
      ...newMember,
      values: [
        { ...validValue, indicatorId: 'fiscal-revenue', value: 60000, year: 2019, unit: '万元' },
        { ...validValue, indicatorId: 'gdp', value: 120, year: 2019 },
      ],
    },
  ],
};

test('POST /api/benchmark-sets: 201, values converted, listed, and its gaps computed', async () => {
  const { app } = setup();
  const res = await send(app, 'POST', '/api/benchmark-sets', newSet);
  expect(res.status, await res.clone().text()).toBe(201);
  const { set } = benchmarkSetResponseSchema.parse(await res.json());
  expect(set).toMatchObject({ id: 'jiangyin-peers', asOf: '2020-07-06' });
  const revenue = set.members[0]!.values.find((v) => v.indicatorId === 'fiscal-revenue');
  expect(revenue).toMatchObject({ value: 6, unit: '亿元', year: 2019 });
  expect(revenue?.note?.zh).toContain('60000万元');
  const list = benchmarkSetListResponseSchema.parse(await (await app.request('/api/benchmark-sets')).json());
  expect(list.items.map((s) => s.id)).toEqual(['sunan-benchmark', 'rugao-peers', 'own-plan', 'jiangyin-peers']);
  const body = await gaps(app, '?set=jiangyin-peers');
  expect(body.items.map((i) => i.indicator.id).sort()).toEqual(['fiscal-revenue', 'gdp']);
  expect(card(body, 'fiscal-revenue', 'huaxi-village').theirs).toMatchObject({ value: 6, year: 2019 });
  expect(card(body, 'gdp', 'huaxi-village').size.standing).toBe('behind');
});

test('POST /api/benchmark-sets rejects bad bodies with field messages, 409 for a taken id, writing nothing', async () => {
  const { app, storage } = setup();
  const before = JSON.stringify(await storage.listBenchmarkSets());
  const withValue = (value: object) => ({
    ...newSet,
    members: [{ ...newMember, values: [{ ...validValue, ...value }] }],
  });
  const bad: [unknown, string, string?][] = [
    [{ ...newSet, id: 'ab' }, 'id'],
    [{ ...newSet, id: 'Jiangyin Peers' }, 'id'],
    [{ ...newSet, name: { zh: ' ', en: 'x' } }, 'name.zh'],
    [{ ...newSet, description: undefined }, 'description'],
    [{ ...newSet, members: [] }, 'members'],
    [{ ...newSet, members: [{ ...newMember, basis: undefined }] }, 'members.0.basis'],
    [{ ...newSet, members: [{ ...newMember, kind: 'friend' }] }, 'members.0.kind'],
    [{ ...newSet, members: [newMember, newMember] }, 'members.1.id', '成员编号重复'],
    [withValue({ indicatorId: 'above-scale-firms' }), 'members.0.values.0.unit', '无法换算'],
    [withValue({ indicatorId: 'gdp', unit: '个' }), 'members.0.values.0.unit', '无法换算'],
    [withValue({ indicatorId: 'no-such-indicator' }), 'members.0.values.0.indicatorId', '没有这个指标'],
    [withValue({ indicatorId: 'gdp', year: 2020.5 }), 'members.0.values.0.year'],
    [[], 'body'],
    ['{not json', 'body'],
  ];
  for (const [body, field, zh] of bad) {
    const res = await send(app, 'POST', '/api/benchmark-sets', body);
    expect(res.status, JSON.stringify(body)).toBe(400);
    const message = fieldOf(await errorOf(res), field);
    if (zh) expect(message?.zh).toContain(zh);
  }
  const taken = await send(app, 'POST', '/api/benchmark-sets', { ...newSet, id: 'sunan-benchmark' });
  expect(taken.status).toBe(409);
  expect((await errorOf(taken)).code).toBe('conflict');
  expect((await send(app, 'POST', '/api/benchmark-sets', JSON.stringify(newSet), 'text/plain')).status).toBe(415);
  const huge = { ...newSet, description: { zh: '说明', en: 'x'.repeat(70 * 1024) } };
  expect((await send(app, 'POST', '/api/benchmark-sets', huge)).status).toBe(413);
  expect(JSON.stringify(await storage.listBenchmarkSets())).toBe(before);
});

test('POST /api/benchmark-sets/:setId/members: 201, then 404, 409 and 400 writing nothing', async () => {
  const { app, storage } = setup();
  const path = '/api/benchmark-sets/rugao-peers/members';
  const res = await send(app, 'POST', path, {
    ...newMember,
    values: [{ ...validValue, indicatorId: 'fiscal-revenue', value: 35000, year: 2019, unit: '万元' }],
  });
  expect(res.status, await res.clone().text()).toBe(201);
  const { set } = benchmarkSetResponseSchema.parse(await res.json());
  expect(set.members.map((m) => m.id)).toEqual(['rugao-town-average', 'rugao-best-town', 'huaxi-village']);
  expect(card(await gaps(app, '?set=rugao-peers'), 'fiscal-revenue', 'huaxi-village').theirs.value).toBe(3.5);

  const before = JSON.stringify(await storage.listBenchmarkSets());
  expect((await send(app, 'POST', '/api/benchmark-sets/nowhere/members', newMember)).status).toBe(404);
  const dup = await send(app, 'POST', path, newMember);
  expect(dup.status).toBe(409);
  expect((await errorOf(dup)).message.zh).toContain('huaxi-village');
  const bad: [unknown, string][] = [
    [{ ...newMember, id: 'other', basis: { zh: '', en: '' } }, 'basis.zh'],
    [{ ...newMember, id: 'other', values: [{ ...validValue, indicatorId: 'above-scale-firms' }] }, 'values.0.unit'],
    [{ ...newMember, id: 'other', values: [{ ...validValue, indicatorId: 'nope' }] }, 'values.0.indicatorId'],
  ];
  for (const [body, field] of bad) {
    const r = await send(app, 'POST', path, body);
    expect(r.status, JSON.stringify(body)).toBe(400);
    fieldOf(await errorOf(r), field);
  }
  expect((await send(app, 'POST', path, JSON.stringify(newMember), 'text/plain')).status).toBe(415);
  const wrong = await app.request(path);
  expect(wrong.status).toBe(405);
  expect(wrong.headers.get('Allow')).toBe('POST');
  expect(JSON.stringify(await storage.listBenchmarkSets())).toBe(before);
});

test('created sets survive re-creating the browser storage; reset clears them', async () => {
  const kv = new MapKv();
  const first = setup(createBrowserStorage(seedDataset, kv)).app;
  expect((await send(first, 'POST', '/api/benchmark-sets', newSet)).status).toBe(201);
  expect(kv.data.has(BENCHMARK_SETS_KEY)).toBe(true);
  const second = setup(createBrowserStorage(seedDataset, kv)).app;
  expect(card(await gaps(second, '?set=jiangyin-peers'), 'fiscal-revenue', 'huaxi-village').theirs.value).toBe(6);
  expect((await second.request('/api/demo/reset', { method: 'POST' })).status).toBe(204);
  expect(kv.data.has(BENCHMARK_SETS_KEY)).toBe(false);
  expect((await second.request('/api/benchmark-sets/jiangyin-peers')).status).toBe(404);
});
