import { expect, test } from 'vitest';
import type { BenchmarkMember, BenchmarkSet } from '../../src/domain/benchmark';
import type { Observation } from '../../src/domain/observation';
import { testDataset } from '../test-dataset';
import { createMemoryStorage } from './memory-storage';
import { StorageConflictError } from './storage';

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

const member: BenchmarkMember = {
  id: 'huaxi',
  name: { zh: '华西村', en: 'Huaxi' },
  kind: 'peer-town',
  basis: { zh: '工业强村', en: 'An industrial village' },
  values: [{ indicatorId: 'gdp', value: 500, year: 2019, unit: '亿元', source: { title: '公报' }, sample: false }],
};
const newSet: BenchmarkSet = {
  id: 'new-set',
  name: { zh: '新对标组', en: 'New set' },
  description: { zh: '说明', en: 'About' },
  asOf: '2020-07-06',
  members: [member],
};

test('adds sets and members, frozen, after the seeded ones; reset forgets them', async () => {
  const storage = createMemoryStorage(testDataset);
  const mine = structuredClone(newSet);
  await storage.addBenchmarkSet(mine);
  mine.name.zh = '改过';
  await storage.addBenchmarkMember('new-set', { ...member, id: 'second', values: [] });
  const stored = await storage.getBenchmarkSet('new-set');
  expect(stored?.name.zh).toBe('新对标组');
  expect(stored?.members.map((m) => m.id)).toEqual(['huaxi', 'second']);
  expect(() => Object.assign(stored?.members[0] ?? {}, { id: 'x' })).toThrow();
  expect((await storage.listBenchmarkSets()).map((s) => s.id)).toEqual(['new-set']);
  // A value edit of a created member works like one of a seeded member.
  await storage.putBenchmarkValue({ setId: 'new-set', memberId: 'second', value: member.values[0]! });
  expect((await storage.getBenchmarkSet('new-set'))?.members[1]?.values).toHaveLength(1);
  await storage.reset();
  expect(await storage.listBenchmarkSets()).toEqual([]);
});

test('a taken id, an unknown set or indicator is a conflict and changes nothing', async () => {
  const storage = createMemoryStorage(testDataset);
  await storage.addBenchmarkSet(newSet);
  const before = await storage.listBenchmarkSets();
  const conflicts = [
    storage.addBenchmarkSet({ ...newSet, members: [] }),
    storage.addBenchmarkSet({ ...newSet, id: 'other', members: [member, member] }),
    storage.addBenchmarkSet({
      ...newSet,
      id: 'other',
      members: [{ ...member, values: [{ ...member.values[0]!, indicatorId: 'nope' }] }],
    }),
    storage.addBenchmarkMember('new-set', member),
    storage.addBenchmarkMember('nowhere', { ...member, id: 'x' }),
    storage.addBenchmarkMember('new-set', {
      ...member,
      id: 'x',
      values: [{ ...member.values[0]!, indicatorId: 'nope' }],
    }),
  ];
  for (const write of conflicts) await expect(write).rejects.toBeInstanceOf(StorageConflictError);
  expect(await storage.listBenchmarkSets()).toEqual(before);
});

test('a persist hook that throws cancels a new set or member', async () => {
  const storage = createMemoryStorage(() => ({ ...testDataset(), benchmarkSets: [newSet] }), {
    persistSetAdditions: () => {
      throw new Error('full');
    },
  });
  await expect(storage.addBenchmarkSet({ ...newSet, id: 'other' })).rejects.toThrow('full');
  await expect(storage.addBenchmarkMember('new-set', { ...member, id: 'x' })).rejects.toThrow('full');
  expect(await storage.listBenchmarkSets()).toEqual([newSet]);
});
