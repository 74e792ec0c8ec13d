import { expect, test } from 'vitest';
import type { TargetRevision } from '../../src/domain/history-contract';
import type { Observation } from '../../src/domain/observation';
import type { ValueNote } from '../../src/domain/value-note';
import { withDerivedObservations } from '../derived-storage';
import { seedDataset } from '../seed/index';
import { testDataset } from '../test-dataset';
import { testLedgerDataset } from '../test-ledger';
import {
  BENCHMARK_VALUES_KEY,
  createBrowserStorage,
  OBSERVATIONS_KEY,
  TARGET_REVISIONS_KEY,
  VALUE_NOTES_KEY,
  type KeyValueStore,
} from './browser-storage';
import { createMemoryStorage } from './memory-storage';
import { StorageConflictError, type Storage } from './storage';

/** A localStorage stand-in that can be told to fail like a full one. */
class FakeKv implements KeyValueStore {
  readonly data = new Map<string, string>();
  setItemCalls = 0;
  failSet = false;
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.setItemCalls += 1;
    if (this.failSet) throw new Error('QuotaExceededError');
    this.data.set(key, value);
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
}

function obs(id: string, extra: Partial<Observation> = {}): Observation {
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
    recordedBy: '张三',
    importId: 'imp-1',
    ...extra,
  };
}

function revision(id: string, value: number, extra: Partial<TargetRevision> = {}): TargetRevision {
  const before = { year: 2020, value: 100, source: { title: '测试数据 test fixture' }, sample: true };
  return {
    id,
    indicatorId: 'gdp',
    year: 2020,
    target: { year: 2020, value, source: { title: '看板录入', date: '2020-07-05' }, sample: false },
    before,
    by: '王五',
    at: '2020-07-05T08:00:00.000Z',
    ...extra,
  };
}

const note: ValueNote = {
  id: 'n1',
  indicatorId: 'gdp',
  period: '2020-06',
  kind: 'cause',
  text: '疫情影响',
  by: '张三',
  at: '2020-07-05T08:00:00.000Z',
};

const snapshot = async (storage: Storage) =>
  JSON.stringify([
    await storage.listObservations(),
    await storage.listTargetRevisions(),
    await storage.listValueNotes(),
    await storage.listIndicators(),
  ]);

test('a batch is stored whole, or not at all when any row conflicts', async () => {
  const storage = createMemoryStorage(testDataset);
  const before = await snapshot(storage);
  const cases: Observation[][] = [
    [obs('a'), obs('b', { indicatorId: 'nope' }), obs('c')],
    [obs('a'), obs('a')],
    [obs('a'), obs('gdp-2020-06')],
  ];
  for (const batch of cases) {
    await expect(storage.addObservations(batch)).rejects.toBeInstanceOf(StorageConflictError);
    expect(await snapshot(storage)).toBe(before);
  }
  await storage.addObservations([obs('a'), obs('b', { period: '2020-08' })]);
  expect((await storage.listObservations()).slice(-2).map((o) => o.id)).toEqual(['a', 'b']);
  await expect(storage.addObservations([obs('a')])).rejects.toBeInstanceOf(StorageConflictError);
  await storage.addObservations([]);
  expect(await storage.listObservations()).toHaveLength(testDataset().observations.length + 2);
});

test('the derived wrapper refuses a batch holding a value of a derived indicator, writing nothing', async () => {
  const raw = createMemoryStorage(testLedgerDataset);
  const storage = withDerivedObservations(raw, () => new Date('2020-07-05T08:00:00Z'));
  const before = await raw.listObservations();
  await expect(storage.addObservations([obs('a'), obs('b', { indicatorId: 'projects-started' })])).rejects.toThrow(
    'derived indicator: projects-started',
  );
  expect(await raw.listObservations()).toEqual(before);
});

test('a target revision puts its target in force; revisions are append-only and checked', async () => {
  const storage = createMemoryStorage(testDataset);
  await storage.addTargetRevision(revision('r1', 80));
  await storage.addTargetRevision(revision('r2', 90));
  expect((await storage.getIndicator('gdp'))?.targets).toEqual([revision('r2', 90).target]);
  expect((await storage.listIndicators()).find((i) => i.id === 'gdp')?.targets[0]?.value).toBe(90);
  expect((await storage.listTargetRevisions('gdp')).map((r) => r.id)).toEqual(['r1', 'r2']);
  expect(await storage.listTargetRevisions('green-share')).toEqual([]);
  const before = await snapshot(storage);
  for (const bad of [
    revision('r1', 70),
    revision('r3', 70, { indicatorId: 'nope' }),
    revision('r3', 70, { year: 2021 }),
    revision('r3', 70, { target: { ...revision('x', 70).target, year: 2021 } }),
  ]) {
    await expect(storage.addTargetRevision(bad)).rejects.toBeInstanceOf(StorageConflictError);
  }
  expect(await snapshot(storage)).toBe(before);
  const listed = await storage.getIndicator('gdp');
  expect(Object.isFrozen(listed?.targets[0])).toBe(true);
  await storage.reset();
  expect((await storage.getIndicator('gdp'))?.targets[0]?.value).toBe(100);
  expect(await storage.listTargetRevisions()).toEqual([]);
});

test('value notes are added, listed by indicator and checked', async () => {
  const storage = createMemoryStorage(testDataset);
  await storage.addValueNote(note);
  await expect(storage.addValueNote(note)).rejects.toBeInstanceOf(StorageConflictError);
  await expect(storage.addValueNote({ ...note, id: 'n2', indicatorId: 'nope' })).rejects.toBeInstanceOf(
    StorageConflictError,
  );
  expect(await storage.listValueNotes('gdp')).toEqual([note]);
  expect(await storage.listValueNotes('green-share')).toEqual([]);
});

test('the browser keeps a batch, the revisions, the notes and the edits’ history across re-creation', async () => {
  const kv = new FakeKv();
  const first = createBrowserStorage(seedDataset, kv);
  await first.addObservations([obs('a'), obs('b', { period: '2020-08', reason: '月报' })]);
  expect(kv.setItemCalls).toBe(1);
  const gdpTarget = (await first.getIndicator('gdp'))?.targets[0];
  if (!gdpTarget) throw new Error('seed changed');
  const rev = revision('r1', 95, { before: gdpTarget, reason: '调整', restoredFrom: 'target:x' });
  await first.addTargetRevision(rev);
  await first.addValueNote(note);
  const set = await first.getBenchmarkSet('sunan-benchmark');
  const old = set?.members[0]?.values.find((v) => v.indicatorId === 'gdp');
  if (!old) throw new Error('seed changed');
  const edit = {
    id: 'e1',
    setId: 'sunan-benchmark',
    memberId: 'kunshan-zhouzhuang',
    value: { ...old, value: 53 },
    before: old,
    by: '赵六',
    at: '2020-07-05T08:00:00.000Z',
    reason: '公报修订',
  };
  await first.putBenchmarkValue(edit);
  expect([...kv.data.keys()].sort()).toEqual(
    [OBSERVATIONS_KEY, TARGET_REVISIONS_KEY, VALUE_NOTES_KEY, BENCHMARK_VALUES_KEY].sort(),
  );

  const second = createBrowserStorage(seedDataset, kv);
  expect((await second.listObservations()).slice(-2)).toEqual([
    obs('a'),
    obs('b', { period: '2020-08', reason: '月报' }),
  ]);
  expect(await second.listTargetRevisions()).toEqual([rev]);
  expect((await second.getIndicator('gdp'))?.targets[0]?.value).toBe(95);
  expect(await second.listValueNotes()).toEqual([note]);
  expect(await second.listBenchmarkValueEdits({ indicatorId: 'gdp' })).toEqual([edit]);
  expect(await second.listBenchmarkValueEdits({ indicatorId: 'fiscal-revenue' })).toEqual([]);

  await second.reset();
  expect(kv.data.size).toBe(0);
  expect((await second.getIndicator('gdp'))?.targets[0]).toEqual(gdpTarget);
});

test('a full store (quota) fails a batch, a revision or a note and leaves memory and the store as they were', async () => {
  const kv = new FakeKv();
  const storage = createBrowserStorage(testDataset, kv);
  await storage.addObservations([obs('a')]);
  const stored = new Map(kv.data);
  const before = await snapshot(storage);
  kv.failSet = true;
  await expect(storage.addObservations([obs('b'), obs('c', { period: '2020-08' })])).rejects.toThrow(
    'QuotaExceededError',
  );
  await expect(storage.addTargetRevision(revision('r1', 80))).rejects.toThrow('QuotaExceededError');
  await expect(storage.addValueNote(note)).rejects.toThrow('QuotaExceededError');
  expect(await snapshot(storage)).toBe(before);
  expect(kv.data).toEqual(stored);
  // Nothing half-written either: a new session sees exactly the one stored batch.
  kv.failSet = false;
  expect(await snapshot(createBrowserStorage(testDataset, kv))).toBe(before);
});

test('stored revisions and notes are validated on restore: malformed, stale or mismatched ones are dropped', async () => {
  const kv = new FakeKv();
  kv.data.set(
    TARGET_REVISIONS_KEY,
    JSON.stringify([
      revision('ok', 70),
      { ...revision('bad-year', 70), year: 2021 },
      { ...revision('mismatch', 70), target: { ...revision('x', 70).target, year: 2019 } },
      revision('unknown', 70, { indicatorId: 'nope' }),
      revision('ok', 75),
      { id: 'junk' },
    ]),
  );
  kv.data.set(
    VALUE_NOTES_KEY,
    JSON.stringify([note, { ...note, id: 'n2', kind: 'rumour' }, { ...note, id: 'n3', indicatorId: 'nope' }]),
  );
  kv.data.set(BENCHMARK_VALUES_KEY, '{not json');
  const storage = createBrowserStorage(testDataset, kv);
  expect((await storage.listTargetRevisions()).map((r) => r.id)).toEqual(['ok']);
  expect((await storage.getIndicator('gdp'))?.targets[0]?.value).toBe(70);
  expect((await storage.listValueNotes()).map((n) => n.id)).toEqual(['n1']);
  expect(await storage.listBenchmarkValueEdits()).toEqual([]);
});
