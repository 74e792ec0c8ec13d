import { expect, test } from 'vitest';
import type { BenchmarkValue, GapNote } from './benchmark';
import { DEFAULT_USER_NAME } from './contract';
import {
  beijingDayStart,
  buildHistory,
  editedTarget,
  findRestorable,
  targetValueProblems,
  type HistorySources,
} from './history';
import { SEED_AUTHOR, UNKNOWN_TIME, type TargetRevision } from './history-contract';
import type { Target } from './indicator';
import type { ValueNote } from './value-note';
import {
  countIndicator,
  makeIndicator,
  makeObservation,
  makeTarget,
  milestoneIndicator,
  node,
  ratioIndicator,
} from './test-fixtures';

const seedTarget = makeTarget(2020, 10, { source: { title: '报告', date: '2020-04-27' }, sample: true });
const indicator = makeIndicator({ targets: [seedTarget] });

function sources(extra: Partial<HistorySources> = {}): HistorySources {
  return {
    indicator,
    observations: [],
    targetRevisions: [],
    benchmarkEdits: [],
    gapNotes: [],
    valueNotes: [],
    ...extra,
  };
}

function revision(id: string, value: number, at: string, before: Target, extra: Partial<TargetRevision> = {}) {
  const target = { ...seedTarget, value, sample: false };
  return { id, indicatorId: indicator.id, year: 2020, target, before, by: '王五', at, ...extra } as TargetRevision;
}

const peerValue = (value: number, extra: Partial<BenchmarkValue> = {}): BenchmarkValue => ({
  indicatorId: indicator.id,
  value,
  year: 2019,
  unit: '亿元',
  source: { title: '周庄统计公报', date: '2020-03-01' },
  sample: false,
  ...extra,
});

test('an observation chain: before is the previous version, the seed names its author, only the current is not restorable', () => {
  const seed = makeObservation('2020-06', 3, { id: 'seed', recordedAt: '2020-07-01T00:00:00.000Z' });
  const fix = makeObservation('2020-06', 4, {
    id: 'fix',
    recordedAt: '2020-07-03T00:00:00.000Z',
    recordedBy: '张三',
    reason: '补报',
    importId: 'imp-1',
  });
  const audited = makeObservation('2020-06', 5, {
    id: 'aud',
    stage: 'audited',
    recordedAt: '2020-07-02T00:00:00.000Z',
  });
  const entries = buildHistory(sources({ observations: [fix, seed, audited] }));
  expect(entries.map((e) => [e.id, e.before, e.after, e.by, e.restorable])).toEqual([
    ['observation:fix', 3, 4, '张三', false],
    ['observation:aud', null, 5, SEED_AUTHOR, false],
    ['observation:seed', null, 3, SEED_AUTHOR, true],
    ['target:seed:2020', null, 10, SEED_AUTHOR, false],
  ]);
  expect(entries[0]).toMatchObject({
    kind: 'observation',
    period: '2020-06',
    stage: 'reported',
    reason: '补报',
    importId: 'imp-1',
  });
  expect(entries[0]).not.toHaveProperty('restoredFrom');
});

test('targets: the seed is the first version, each revision follows; restoring brings back the whole record', () => {
  const r1 = revision('r1', 12, '2020-07-05T00:00:00.000Z', seedTarget, { reason: '上调' });
  const r2 = revision('r2', 14, '2020-07-06T00:00:00.000Z', r1.target, { restoredFrom: 'x' });
  const current = makeIndicator({ targets: [r2.target] });
  const s = sources({ indicator: current, targetRevisions: [r1, r2] });
  const entries = buildHistory(s);
  expect(entries.map((e) => [e.id, e.before, e.after, e.restorable])).toEqual([
    ['target:r2', 12, 14, false],
    ['target:r1', 10, 12, true],
    ['target:seed:2020', null, 10, true],
  ]);
  expect(entries[2]?.at).toBe(beijingDayStart('2020-04-27'));
  expect(entries[1]).toMatchObject({ year: 2020, by: '王五', reason: '上调' });
  const found = findRestorable(s, 'target:seed:2020');
  expect(found).toEqual({ ok: true, entry: entries[2], restore: { kind: 'target', target: seedTarget } });
  expect(findRestorable(s, 'target:r2')).toEqual({ ok: false, reason: 'current' });
  expect(findRestorable(s, 'target:nope')).toEqual({ ok: false, reason: 'not-found' });
});

test('benchmark values: the value before the first edit is the first version, in the indicator’s unit', () => {
  const edits = [
    {
      id: 'e1',
      setId: 'sunan',
      memberId: 'zz',
      value: peerValue(50),
      before: peerValue(495_000, { unit: '万元' }),
      by: '赵六',
      at: '2020-07-05T00:00:00.000Z',
    },
    {
      id: 'e2',
      setId: 'sunan',
      memberId: 'zz',
      value: peerValue(52),
      before: peerValue(50),
      by: '赵六',
      at: '2020-07-06T00:00:00.000Z',
    },
    // Stored before history was kept: no id, author, time or previous value.
    { setId: 'sunan', memberId: 'other', value: peerValue(30) },
  ];
  const s = sources({ benchmarkEdits: edits });
  const entries = buildHistory(s).filter((e) => e.kind === 'benchmark-value');
  expect(entries.map((e) => [e.id, e.before, e.after, e.by, e.restorable])).toEqual([
    ['benchmark-value:e2', 50, 52, '赵六', false],
    ['benchmark-value:e1', 49.5, 50, '赵六', true],
    ['benchmark-value:origin:sunan:zz:2019', null, 49.5, SEED_AUTHOR, true],
    ['benchmark-value:legacy-sunan-other-2019-0', null, 30, DEFAULT_USER_NAME, false],
  ]);
  expect(entries[3]?.at).toBe(UNKNOWN_TIME);
  const origin = findRestorable(s, 'benchmark-value:origin:sunan:zz:2019');
  expect(origin.ok && origin.restore).toEqual({
    kind: 'benchmark-value',
    setId: 'sunan',
    memberId: 'zz',
    value: peerValue(495_000, { unit: '万元' }),
  });
});

test('gap notes and value notes are listed, never restorable', () => {
  const gap: GapNote = {
    id: 'g1',
    setId: 'sunan',
    indicatorId: indicator.id,
    kind: 'cause',
    text: '外贸订单下滑',
    author: '经发办',
    date: '2020-07-01',
  };
  const note: ValueNote = {
    id: 'n1',
    indicatorId: indicator.id,
    period: '2020-06',
    kind: 'correction',
    text: '6月数据已更正',
    by: '张三',
    at: '2020-07-08T00:00:00.000Z',
  };
  const s = sources({ gapNotes: [gap], valueNotes: [note] });
  const entries = buildHistory(s);
  expect(entries.slice(0, 2).map((e) => [e.id, e.kind, e.before, e.after, e.by, e.restorable])).toEqual([
    ['value-note:n1', 'value-note', null, '6月数据已更正', '张三', false],
    ['gap-note:g1', 'gap-note', null, '外贸订单下滑', '经发办', false],
  ]);
  expect(entries[1]?.at).toBe('2020-06-30T16:00:00.000Z');
  expect(findRestorable(s, 'value-note:n1')).toEqual({ ok: false, reason: 'note' });
  expect(findRestorable(s, 'gap-note:g1')).toEqual({ ok: false, reason: 'note' });
});

test('newest first; on equal times the later version of a chain first', () => {
  const at = '2020-07-05T00:00:00.000Z';
  const a = makeObservation('2020-06', 1, { id: 'a', recordedAt: at });
  const b = makeObservation('2020-06', 2, { id: 'b', recordedAt: at });
  const entries = buildHistory(sources({ observations: [a, b] }));
  expect(entries.map((e) => e.id).slice(0, 2)).toEqual(['observation:b', 'observation:a']);
  expect(entries.find((e) => e.id === 'observation:a')?.restorable).toBe(true);
});

test('a target value is checked like a value of the indicator’s kind', () => {
  expect(targetValueProblems(countIndicator(), 2020, 1.5).map((e) => e.field)).toEqual(['value']);
  expect(targetValueProblems(countIndicator(), 2020, 7)).toEqual([]);
  expect(targetValueProblems(ratioIndicator(), 2020, 101)).toHaveLength(1);
  const milestones = milestoneIndicator({ nodes: [node('a', '2020-03-01'), node('b', '2020-06-01')] });
  expect(targetValueProblems(milestones, 2020, 2)).toEqual([]);
  expect(targetValueProblems(milestones, 2020, 3)).toHaveLength(1);
  expect(targetValueProblems(makeIndicator(), 2020, -1)).toHaveLength(1);
  expect(targetValueProblems(makeIndicator({ direction: 'lower' }), 2020, -1)).toEqual([]);
});

test('an edited target is entered by the dashboard, drops the old note and scales its plan', () => {
  const planned = makeTarget(2020, 40, {
    sample: true,
    note: { zh: '示例', en: 'Sample' },
    plan: [
      { period: '2020Q1', value: 10 },
      { period: '2020Q2', value: 20 },
    ],
  });
  const source = { title: '看板录入', date: '2020-07-06' };
  expect(editedTarget(planned, 60, source)).toEqual({
    year: 2020,
    value: 60,
    source,
    sample: false,
    plan: [
      { period: '2020Q1', value: 15 },
      { period: '2020Q2', value: 30 },
    ],
  });
  expect(editedTarget(makeTarget(2020, 0), 5, source)).toEqual({ year: 2020, value: 5, source, sample: false });
});

test('a missing or bad date has no known time', () => {
  expect(beijingDayStart(undefined)).toBe(UNKNOWN_TIME);
  expect(beijingDayStart('not a date')).toBe(UNKNOWN_TIME);
  expect(beijingDayStart('2020-04-27')).toBe('2020-04-26T16:00:00.000Z');
});
