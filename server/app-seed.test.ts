import { expect, test } from 'vitest';
import {
  createObservationResponseSchema,
  indicatorDetailResponseSchema,
  indicatorListResponseSchema,
  summaryResponseSchema,
} from '../src/domain/contract';
import {
  actionTreeResponseSchema,
  indicatorLinksResponseSchema,
  ownersResponseSchema,
  responsibilityResponseSchema,
} from '../src/domain/action-contract';
import { benchmarkSetListResponseSchema, gapsResponseSchema } from '../src/domain/benchmark-contract';
import { projectDetailResponseSchema, projectListResponseSchema } from '../src/domain/project-contract';
import { createApp } from './app';
import { seedDataset } from './seed/index';
import { createMemoryStorage } from './storage/memory-storage';

test('the real seed serves every route within the contract', async () => {
  const storage = createMemoryStorage(seedDataset);
  const app = createApp({ storage, now: () => new Date('2020-07-05T08:00:00.000Z'), newId: () => 'smoke-1' });

  const list = indicatorListResponseSchema.parse(await (await app.request('/api/indicators')).json());
  expect(list.total).toBe(seedDataset().indicators.length);
  expect(list.items).toHaveLength(list.total);
  expect(Object.values(list.counts).reduce((a, b) => a + b, 0)).toBe(list.total);

  const summary = summaryResponseSchema.parse(await (await app.request('/api/summary')).json());
  expect(summary.total).toBe(list.total);
  expect(summary.periods).toContain('2020-06');

  for (const { indicator } of list.items) {
    const res = await app.request(`/api/indicators/${indicator.id}`);
    expect(res.status, indicator.id).toBe(200);
    indicatorDetailResponseSchema.parse(await res.json());
  }

  // Entering a value that the form would accept works for a real indicator.
  const amount = list.items.find(
    (s) => s.indicator.kind === 'amount' && s.indicator.targets.some((t) => t.year === 2020) && s.indicator.cumulative,
  );
  expect(amount).toBeDefined();
  const res = await app.request(`/api/indicators/${amount?.indicator.id}/observations`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ period: '2020-07', value: 1, stage: 'reported', asOf: '2020-08-01', source: 'smoke test' }),
  });
  expect(res.status).toBe(201);
  createObservationResponseSchema.parse(await res.json());

  // Every benchmark set's gaps are within the contract, at the default and at an early period.
  const sets = benchmarkSetListResponseSchema.parse(await (await app.request('/api/benchmark-sets')).json());
  expect(sets.items.length).toBeGreaterThanOrEqual(3);
  for (const set of sets.items) {
    for (const period of ['2020-06', '2020-01', '2019']) {
      const gaps = await app.request(`/api/gaps?set=${set.id}&period=${period}`);
      expect(gaps.status, `${set.id} ${period}`).toBe(200);
      expect(gapsResponseSchema.parse(await gaps.json()).items.length, set.id).toBeGreaterThan(0);
    }
  }
});

test('the ledger, the campaign tree and the 责任 view of the real seed are within the contract', async () => {
  const storage = createMemoryStorage(seedDataset);
  const app = createApp({ storage, now: () => new Date('2020-07-05T08:00:00.000Z') });
  const json = async (path: string) => {
    const res = await app.request(path);
    expect(res.status, path).toBe(200);
    return (await res.json()) as unknown;
  };

  // At the end of the seed's data every project of the ledger is listed.
  const projects = projectListResponseSchema.parse(await json('/api/projects?period=2020-10'));
  expect(projects.total).toBe(seedDataset().projects.length);
  for (const { project } of projects.items) {
    projectDetailResponseSchema.parse(await json(`/api/projects/${project.id}`));
  }
  const tree = actionTreeResponseSchema.parse(await json('/api/actions'));
  expect(tree.nodes).toHaveLength(seedDataset().actionNodes.length);
  expect(tree.milestones).toHaveLength(seedDataset().milestones.length);
  const owners = ownersResponseSchema.parse(await json('/api/owners'));
  for (const { unit } of owners.items) {
    responsibilityResponseSchema.parse(await json(`/api/responsibilities?unit=${encodeURIComponent(unit)}`));
  }
  for (const indicator of seedDataset().indicators) {
    indicatorLinksResponseSchema.parse(await json(`/api/indicators/${indicator.id}/links`));
  }
});

test('the report’s 2019 counts 7 / 14 / 10 and the 2020 values come out of the ledger', async () => {
  const storage = createMemoryStorage(seedDataset);
  const app = createApp({ storage, now: () => new Date('2020-07-05T08:00:00.000Z') });
  const detail = async (id: string, period: string) => {
    const res = await app.request(`/api/indicators/${id}?period=${period}`);
    expect(res.status, id).toBe(200);
    return indicatorDetailResponseSchema.parse(await res.json());
  };
  const valueAt = async (id: string, period: string) =>
    (await detail(id, period)).observations.find((o) => o.period === period);

  for (const [id, value] of [
    ['new-billion-projects', 7],
    ['completed-billion-projects', 14],
    ['converted-projects', 10],
  ] as const) {
    const year = await valueAt(id, '2019');
    expect(year?.value, id).toBe(value);
    expect(year?.source, id).toBe('项目台账（自动计算）');
    // Behind each number: that many projects of the ledger.
    const links = indicatorLinksResponseSchema.parse(
      await (await app.request(`/api/indicators/${id}/links?period=2019`)).json(),
    );
    expect(links.projects, id).toHaveLength(value);
  }
  const summary = summaryResponseSchema.parse(await (await app.request('/api/summary')).json());
  expect(summary.ledgerBaselines).toEqual(
    expect.arrayContaining([
      { indicatorId: 'new-billion-projects', year: 2019, value: 7 },
      { indicatorId: 'completed-billion-projects', year: 2019, value: 14 },
      { indicatorId: 'converted-projects', year: 2019, value: 10 },
    ]),
  );

  // 2020, 1–6月累计: the ledger's counts (the series the seed used to store), and they are what the lights judge.
  expect((await valueAt('new-billion-projects', '2020-06'))?.value).toBe(5);
  expect((await valueAt('completed-billion-projects', '2020-03'))?.value).toBe(2);
  expect((await valueAt('converted-projects', '2020-06'))?.value).toBe(5);
  expect((await detail('new-billion-projects', '2020-06')).evaluation.actual).toBe(5);
  // Months past today are not computed.
  const months = (await detail('new-billion-projects', '2020-06')).observations.map((o) => o.period);
  expect(months.at(-1)).toBe('2020-07');

  // Recording a stage moves the count at once.
  const list = projectListResponseSchema.parse(await (await app.request('/api/projects?stage=signed')).json());
  const signed = list.items.find(
    (s) => s.project.stages.signed !== undefined && s.project.stages.signed <= '2020-06-01',
  );
  expect(signed).toBeDefined();
  const res = await app.request(`/api/projects/${signed?.project.id}/stages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ stage: 'started', date: '2020-06-10' }),
  });
  expect(res.status).toBe(200);
  expect((await detail('new-billion-projects', '2020-06')).evaluation.actual).toBe(6);
});
