import { expect, test } from 'vitest';
import type { BenchmarkMember, BenchmarkSet } from '../../src/domain/benchmark';
import type { Observation } from '../../src/domain/observation';
import { testDataset } from '../test-dataset';
import {
  BENCHMARK_SETS_KEY,
  BENCHMARK_VALUES_KEY,
  createBrowserStorage,
  OBSERVATIONS_KEY,
  type KeyValueStore,
} from './browser-storage';
import { StorageConflictError } from './storage';

/** A localStorage stand-in that can be told to fail like a full or disabled one. */
class FakeKv implements KeyValueStore {
  readonly data = new Map<string, string>();
  setItemCalls = 0;
  failSet = false;
  failGet = false;
  failRemove = false;
  getItem(key: string): string | null {
    if (this.failGet) throw new Error('SecurityError');
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.setItemCalls += 1;
    if (this.failSet) throw new Error('QuotaExceededError');
    this.data.set(key, value);
  }
  removeItem(key: string): void {
    if (this.failRemove) throw new Error('SecurityError');
    this.data.delete(key);
  }
}

function added(id: string, overrides: Partial<Observation> = {}): Observation {
  return {
    id,
    indicatorId: 'gdp',
    period: '2020-07',
    value: 61,
    stage: 'reported',
    asOf: '2020-08-01',
    source: '镇统计站',
    sample: false,
    recordedAt: '2020-08-01T02:00:00.000Z',
    ...overrides,
  };
}

const seedCount = testDataset().observations.length;

test('keeps added observations across re-creation with the same store', async () => {
  const kv = new FakeKv();
  const first = createBrowserStorage(testDataset, kv);
  await first.addObservation(added('a'));
  await first.addObservation(added('b', { note: '补报' }));
  expect(kv.setItemCalls).toBe(2);
  expect([...kv.data.keys()]).toEqual([OBSERVATIONS_KEY]);

  const second = createBrowserStorage(testDataset, kv);
  const all = await second.listObservations();
  expect(all).toHaveLength(seedCount + 2);
  expect(all.slice(-2)).toEqual([added('a'), added('b', { note: '补报' })]);
  expect(await second.listObservations('gdp')).toContainEqual(added('a'));
});

test('stores only what users added, under one versioned key', async () => {
  const kv = new FakeKv();
  const storage = createBrowserStorage(testDataset, kv);
  await storage.addObservation(added('a'));
  expect(OBSERVATIONS_KEY).toMatch(/\/v1\//);
  expect(JSON.parse(kv.data.get(OBSERVATIONS_KEY) ?? 'null')).toEqual([added('a')]);
});

test('ignores corrupt JSON and content that is not a list', async () => {
  for (const raw of ['{not json', '{"a":1}', '42', 'null', '']) {
    const kv = new FakeKv();
    kv.data.set(OBSERVATIONS_KEY, raw);
    const storage = createBrowserStorage(testDataset, kv);
    expect(await storage.listObservations(), raw).toHaveLength(seedCount);
    // And it still works: the next write replaces the bad content.
    await storage.addObservation(added('a'));
    expect(JSON.parse(kv.data.get(OBSERVATIONS_KEY) ?? 'null')).toEqual([added('a')]);
  }
});

test('drops malformed records, unknown indicators and duplicate ids, keeping the rest', async () => {
  const kv = new FakeKv();
  kv.data.set(
    OBSERVATIONS_KEY,
    JSON.stringify([
      added('good'),
      { ...added('bad-period'), period: '2020-13' },
      { ...added('bad-value'), value: 'abc' },
      'nonsense',
      null,
      added('orphan', { indicatorId: 'gone-indicator' }),
      added('gdp-2020-06'), // the id of a seed observation
      added('good'),
    ]),
  );
  const storage = createBrowserStorage(testDataset, kv);
  const all = await storage.listObservations();
  expect(all).toHaveLength(seedCount + 1);
  expect(all.filter((o) => o.id === 'good')).toHaveLength(1);
  expect(all.find((o) => o.id === 'gdp-2020-06')?.value).toBe(40);
});

test('starts from the seed when the store cannot even be read', async () => {
  const kv = new FakeKv();
  kv.failGet = true;
  const storage = createBrowserStorage(testDataset, kv);
  expect(await storage.listObservations()).toHaveLength(seedCount);
});

test('a failing setItem (quota) rejects and leaves memory and the store unchanged', async () => {
  const kv = new FakeKv();
  const storage = createBrowserStorage(testDataset, kv);
  await storage.addObservation(added('a'));
  const stored = kv.data.get(OBSERVATIONS_KEY);
  const before = await storage.listObservations();

  kv.failSet = true;
  await expect(storage.addObservation(added('b'))).rejects.toThrow('QuotaExceededError');
  expect(await storage.listObservations()).toEqual(before);
  expect(kv.data.get(OBSERVATIONS_KEY)).toBe(stored);

  // Once there is room again the same observation can be stored.
  kv.failSet = false;
  await storage.addObservation(added('b'));
  expect(await storage.listObservations()).toHaveLength(before.length + 1);
});

test('rejects a duplicate id or an unknown indicator without touching the store', async () => {
  const kv = new FakeKv();
  const storage = createBrowserStorage(testDataset, kv);
  await expect(storage.addObservation(added('gdp-2020-06'))).rejects.toBeInstanceOf(StorageConflictError);
  await expect(storage.addObservation(added('x', { indicatorId: 'nope' }))).rejects.toBeInstanceOf(
    StorageConflictError,
  );
  expect(kv.setItemCalls).toBe(0);
  expect(await storage.listObservations()).toHaveLength(seedCount);
});

test('reset removes the key and goes back to the seed', async () => {
  const kv = new FakeKv();
  const storage = createBrowserStorage(testDataset, kv);
  await storage.addObservation(added('a'));
  await storage.reset();
  expect(kv.data.has(OBSERVATIONS_KEY)).toBe(false);
  expect(await storage.listObservations()).toEqual(testDataset().observations);
  expect(await createBrowserStorage(testDataset, kv).listObservations()).toHaveLength(seedCount);
});

test('a reset that cannot clear the store changes nothing', async () => {
  const kv = new FakeKv();
  const storage = createBrowserStorage(testDataset, kv);
  await storage.addObservation(added('a'));
  kv.failRemove = true;
  await expect(storage.reset()).rejects.toThrow();
  expect(await storage.listObservations()).toHaveLength(seedCount + 1);
  expect(kv.data.has(OBSERVATIONS_KEY)).toBe(true);
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

test('created sets and members survive re-creation under their own versioned key, before value edits', async () => {
  const kv = new FakeKv();
  const first = createBrowserStorage(testDataset, kv);
  await first.addBenchmarkSet(newSet);
  await first.addBenchmarkMember('new-set', { ...member, id: 'second', values: [] });
  await first.putBenchmarkValue({ setId: 'new-set', memberId: 'second', value: member.values[0]! });
  expect(BENCHMARK_SETS_KEY).toMatch(/\/v1\//);
  expect([...kv.data.keys()].sort()).toEqual([BENCHMARK_SETS_KEY, BENCHMARK_VALUES_KEY].sort());

  const second = createBrowserStorage(testDataset, kv);
  expect(await second.listBenchmarkSets()).toEqual(await first.listBenchmarkSets());
  expect((await second.getBenchmarkSet('new-set'))?.members[1]?.values).toEqual(member.values);
});

test('invalid or stale stored sets and members are dropped, keeping the rest', async () => {
  for (const raw of ['{not json', '{"kind":"set"}', '7']) {
    const kv = new FakeKv();
    kv.data.set(BENCHMARK_SETS_KEY, raw);
    expect(await createBrowserStorage(testDataset, kv).listBenchmarkSets(), raw).toEqual([]);
  }
  const kv = new FakeKv();
  kv.data.set(
    BENCHMARK_SETS_KEY,
    JSON.stringify([
      { kind: 'set', set: { ...newSet, id: 'Bad Id' } },
      { kind: 'set', set: { ...newSet, members: [{ ...member, basis: undefined }] } },
      { kind: 'set', set: newSet },
      { kind: 'set', set: { ...newSet, name: { zh: '重复', en: 'Again' } } },
      { kind: 'member', setId: 'gone', member: { ...member, id: 'x' } },
      {
        kind: 'member',
        setId: 'new-set',
        member: { ...member, values: [{ ...member.values[0], indicatorId: 'gone' }] },
      },
      { kind: 'member', setId: 'new-set', member: { ...member, id: 'second' } },
      { kind: 'unknown' },
      null,
    ]),
  );
  const sets = await createBrowserStorage(testDataset, kv).listBenchmarkSets();
  expect(sets).toHaveLength(1);
  expect(sets[0]?.name.zh).toBe('新对标组');
  expect(sets[0]?.members.map((m) => m.id)).toEqual(['huaxi', 'second']);
});

test('a failing setItem rejects a new set and leaves memory and the store unchanged; reset removes the key', async () => {
  const kv = new FakeKv();
  const storage = createBrowserStorage(testDataset, kv);
  await storage.addBenchmarkSet(newSet);
  const stored = kv.data.get(BENCHMARK_SETS_KEY);
  kv.failSet = true;
  await expect(storage.addBenchmarkMember('new-set', { ...member, id: 'x' })).rejects.toThrow('QuotaExceededError');
  expect((await storage.getBenchmarkSet('new-set'))?.members).toHaveLength(1);
  expect(kv.data.get(BENCHMARK_SETS_KEY)).toBe(stored);
  kv.failSet = false;
  await storage.reset();
  expect(kv.data.has(BENCHMARK_SETS_KEY)).toBe(false);
  expect(await storage.listBenchmarkSets()).toEqual([]);
});
