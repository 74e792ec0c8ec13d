import { expect, test } from 'vitest';
import type { BenchmarkSet, BenchmarkValue } from '../src/domain/benchmark';
import {
  apiErrorBodySchema,
  indicatorDetailResponseSchema,
  indicatorListResponseSchema,
  summaryResponseSchema,
  type IndicatorSummary,
} from '../src/domain/contract';
import { createApp } from './app';
import { createMemoryStorage } from './storage/memory-storage';
import type { Dataset } from './storage/storage';
import { testDataset } from './test-dataset';

const source = { title: '测试数据 test fixture' };

function value(indicatorId: string, v: number, extra: Partial<BenchmarkValue> = {}): BenchmarkValue {
  return {
    indicatorId,
    value: v,
    year: 2020,
    unit: indicatorId === 'gdp' ? '亿元' : '个',
    source,
    sample: true,
    ...extra,
  };
}

/** Three peers: gdp growing 8 % and 12 % (average 10 %), and more new projects than our 6. */
const peers: BenchmarkSet = {
  id: 'peers',
  name: { zh: '测试标杆', en: 'Test peers' },
  description: { zh: '测试', en: 'Test' },
  asOf: '2020-06-30',
  members: ['a', 'b', 'c'].map((id, i) => ({
    id,
    name: { zh: id, en: id },
    kind: 'peer-town' as const,
    basis: { zh: '测试', en: 'test' },
    values: [value('new-projects', 8 + 2 * i), ...(i < 2 ? [value('gdp', 120, { growthPct: 8 + 4 * i })] : [])],
  })),
};

/** The test dataset with a 2019 baseline for gdp (so 天津 has a planned growth) and the set above. */
function dataset(): Dataset {
  const d = testDataset();
  return {
    ...d,
    indicators: d.indicators.map((i) =>
      i.id === 'gdp' ? { ...i, baseline: { year: 2019, value: 95, source, sample: true } } : i,
    ),
    benchmarkSets: [peers],
  };
}

function setup(seed: () => Dataset = dataset) {
  const storage = createMemoryStorage(seed);
  return { app: createApp({ storage, now: () => new Date('2020-07-05T08:00:00.000Z') }), storage };
}

async function list(app: ReturnType<typeof setup>['app'], query = '') {
  const res = await app.request(`/api/indicators${query}`);
  expect(res.status).toBe(200);
  return indicatorListResponseSchema.parse(await res.json());
}

function find(items: readonly IndicatorSummary[], id: string): IndicatorSummary {
  const found = items.find((s) => s.indicator.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}

test('without presets every light comes from the default rule, and says so', async () => {
  const { app } = setup();
  const { items } = await list(app);
  for (const s of items) expect(s.evaluation.rule.preset).toBe('default');
  expect(find(items, 'gdp').evaluation).toMatchObject({
    status: 'red',
    rule: { preset: 'default', ruleId: 'default/red', reason: { code: 'behind', points: 10 } },
  });
});

test('a preset for a category changes its lights and their rule, and only that category', async () => {
  const { app } = setup();
  const before = await list(app);
  const after = await list(app, '?presets=wen:yinchuan');
  const gdp = find(after.items, 'gdp').evaluation;
  expect(gdp.status).toBe('yellow');
  // The factual reason stays the default rule's; the rule says which preset gave the light.
  expect(gdp.reason).toEqual({ code: 'behind', points: 10 });
  expect(gdp.rule).toEqual({
    preset: 'yinchuan',
    ruleId: 'yinchuan/behind-10-30',
    reason: { code: 'behind-band', points: 10, min: 10, max: 30 },
  });
  expect(after.counts).toEqual({ ...before.counts, red: before.counts.red - 1, yellow: before.counts.yellow + 1 });
  for (const s of after.items.filter((x) => x.indicator.category !== 'wen')) {
    expect(s.evaluation).toEqual(find(before.items, s.indicator.id).evaluation);
  }
  // The status filter sees the preset's light.
  expect((await list(app, '?presets=wen:yinchuan&status=yellow')).items.map((s) => s.indicator.id)).toContain('gdp');
});

test('the detail and the summary use the same presets', async () => {
  const { app } = setup();
  const res = await app.request('/api/indicators/gdp?presets=wen:yinchuan');
  expect(res.status).toBe(200);
  const detail = indicatorDetailResponseSchema.parse(await res.json());
  expect(detail.evaluation.rule.preset).toBe('yinchuan');
  expect(detail.evaluation.status).toBe('yellow');
  const summary = summaryResponseSchema.parse(await (await app.request('/api/summary?presets=wen:yinchuan')).json());
  expect(find(summary.headline, 'gdp').evaluation.rule.ruleId).toBe('yinchuan/behind-10-30');
  const plain = summaryResponseSchema.parse(await (await app.request('/api/summary')).json());
  expect(summary.counts.yellow).toBe(plain.counts.yellow + 1);
});

test('天津 compares our growth with the plan and the set members’ average growth', async () => {
  const { app } = setup();
  const gdp = find((await list(app, '?presets=wen:tianjin&set=peers')).items, 'gdp').evaluation;
  expect(gdp.status).toBe('green');
  expect(gdp.rule).toEqual({
    preset: 'tianjin',
    ruleId: 'tianjin/meets-plan-and-peers',
    reason: { code: 'growth-meets', growthPct: 11.1, planPct: 5.3, peerPct: 10 },
  });
});

test('天津 without the set’s growth rates is grey: no comparison with the peers', async () => {
  // The default set is not in this dataset: nothing to compare with, which is not a request error.
  const { app } = setup();
  const gdp = find((await list(app, '?presets=wen:tianjin')).items, 'gdp').evaluation;
  expect(gdp.status).toBe('grey');
  expect(gdp.rule.reason).toEqual({ code: 'no-comparison', missing: 'peers' });
});

test('商城县 colours by our rank among the set members', async () => {
  const { app } = setup();
  const { items } = await list(app, '?presets=jin:shangcheng&set=peers');
  // 6 projects against 8, 10 and 12: last of four, the bottom quartile.
  expect(find(items, 'new-projects').evaluation).toMatchObject({
    status: 'red',
    rule: { preset: 'shangcheng', reason: { code: 'rank-quartile', rank: 4, of: 4, quartile: 4 } },
  });
  const { items: noSet } = await list(app, '?presets=jin:shangcheng');
  expect(find(noSet, 'new-projects').evaluation.rule.reason).toEqual({ code: 'no-rank' });
});

const badPresets = [
  ['an unknown category', 'nope:yinchuan', '没有指标组', 'there is no category'],
  ['an unknown preset', 'wen:beijing', '没有预设', 'there is no preset'],
  ['a pair without a preset', 'wen', '应写作', 'must be written'],
  ['a repeated category', 'wen:sanya,wen:ouhai', '只能出现一次', 'only once'],
] as const;

test.each(badPresets)('refuses %s in presets with 400 and a bilingual field message', async (_, presets, zh, en) => {
  const { app } = setup();
  for (const path of ['/api/indicators', '/api/indicators/gdp', '/api/summary']) {
    const res = await app.request(`${path}?presets=${encodeURIComponent(presets)}`);
    expect(res.status, path).toBe(400);
    const { error } = apiErrorBodySchema.parse(await res.json());
    expect(error.code).toBe('validation');
    const field = error.fields?.find((f) => f.field === 'presets');
    expect(field?.message.zh).toContain(zh);
    expect(field?.message.en).toContain(en);
  }
});

test('refuses an unknown or malformed set with 400', async () => {
  const { app } = setup();
  for (const set of ['no-such-set', 'Not An Id']) {
    const res = await app.request(`/api/indicators?presets=wen:tianjin&set=${encodeURIComponent(set)}`);
    expect(res.status).toBe(400);
    const { error } = apiErrorBodySchema.parse(await res.json());
    expect(error.fields?.map((f) => f.field)).toEqual(['set']);
  }
});

test('a rejected presets parameter changes nothing: no observation written, the lights as before', async () => {
  const { app, storage } = setup();
  const before = await list(app);
  const count = (await storage.listObservations()).length;
  const res = await app.request('/api/indicators/gdp/observations?presets=wen:nope', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ period: '2020-06', value: 60, stage: 'reported', asOf: '2020-07-03', source: '统计站' }),
  });
  expect(res.status).toBe(400);
  expect(apiErrorBodySchema.parse(await res.json()).error.fields?.map((f) => f.field)).toEqual(['presets']);
  expect((await storage.listObservations()).length).toBe(count);
  expect(await list(app)).toEqual(before);
});
