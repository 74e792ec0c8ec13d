import { expect, test } from 'vitest';
import {
  createObservationResponseSchema,
  indicatorDetailResponseSchema,
  indicatorListResponseSchema,
  summaryResponseSchema,
} from '../src/domain/contract';
import { benchmarkSetListResponseSchema, gapsResponseSchema } from '../src/domain/benchmark-contract';
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
