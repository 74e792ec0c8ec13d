import { expect, test } from 'vitest';
import type { Observation } from '../../src/domain/observation';
import { testDataset } from '../test-dataset';
import { createMemoryStorage } from './memory-storage';

const extra: Observation = {
  id: 'extra',
  indicatorId: 'gdp',
  period: '2020-07',
  value: 61,
  stage: 'reported',
  asOf: '2020-08-01',
  source: '镇统计站',
  sample: false,
  recordedAt: '2020-08-01T02:00:00.000Z',
};

test('serves the seed in dataset order and finds indicators by id', async () => {
  const storage = createMemoryStorage(testDataset);
  const seed = testDataset();
  expect(await storage.listIndicators()).toEqual(seed.indicators);
  expect((await storage.getIndicator('gdp'))?.name.zh).toBe('地区生产总值');
  expect(await storage.getIndicator('nope')).toBeUndefined();
  expect(await storage.listObservations()).toEqual(seed.observations);
  expect((await storage.listObservations('gdp')).every((o) => o.indicatorId === 'gdp')).toBe(true);
});

test('nobody outside can change what is stored', async () => {
  const seed = testDataset();
  const storage = createMemoryStorage(() => seed);
  seed.observations.length = 0;
  const listed = await storage.listObservations();
  expect(listed.length).toBeGreaterThan(0);
  listed.length = 0;
  expect(await storage.listObservations()).not.toHaveLength(0);
  const mine = { ...extra };
  await storage.addObservation(mine);
  mine.value = 0;
  expect((await storage.listObservations('gdp')).at(-1)?.value).toBe(61);
  const stored = (await storage.listObservations('gdp')).at(-1);
  expect(() => Object.assign(stored ?? {}, { value: 1 })).toThrow();
});

test('a persist hook that throws cancels the write', async () => {
  const storage = createMemoryStorage(testDataset, {
    persist: () => {
      throw new Error('full');
    },
  });
  const before = await storage.listObservations();
  await expect(storage.addObservation(extra)).rejects.toThrow('full');
  expect(await storage.listObservations()).toEqual(before);
});

test('reset calls the seed again and forgets additions', async () => {
  let calls = 0;
  const storage = createMemoryStorage(() => {
    calls += 1;
    return testDataset();
  });
  await storage.addObservation(extra);
  await storage.reset();
  expect(calls).toBe(2);
  expect(await storage.listObservations()).toEqual(testDataset().observations);
});
