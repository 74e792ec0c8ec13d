import { expect, test } from 'vitest';
import type { ImportRow } from './import-contract';
import { previewRows } from './import-contract';
import { derivedValueRefusal, latestByKey, observationKey, planImport, previewOf } from './import-plan';
import type { Indicator } from './indicator';
import { countIndicator, makeIndicator, makeObservation } from './test-fixtures';

function row(line: number, extra: Partial<ImportRow> = {}): ImportRow {
  return {
    line,
    indicatorId: 'foreign-trade',
    period: '2020-06',
    value: 5,
    stage: 'reported',
    asOf: '2020-07-03',
    source: '镇统计站',
    ...extra,
  };
}

const indicators = (...list: Indicator[]) => new Map(list.map((i) => [i.id, i]));
const trade = makeIndicator();
const started = countIndicator();

test('classifies rows as add, change (with the effective value it replaces) and unchanged', () => {
  const stored = [
    makeObservation('2020-05', 4, { recordedAt: '2020-06-10T00:00:00Z' }),
    makeObservation('2020-06', 3, { recordedAt: '2020-07-01T00:00:00Z', recordedBy: '张三' }),
    // The later recording of June is the effective one.
    makeObservation('2020-06', 4.5, { recordedAt: '2020-07-02T00:00:00Z', source: '复核', recordedBy: '李四' }),
  ];
  const plan = planImport(
    [
      row(2, { period: '2020-05', value: 4 }),
      row(3, { period: '2020-06', value: 5 }),
      row(4, { period: '2020-07', value: 6, asOf: '2020-08-01' }),
      row(5, { period: '2020-06', value: 5, stage: 'audited' }),
    ],
    indicators(trade),
    stored,
  );
  expect(plan.unchanged.map((r) => r.line)).toEqual([2]);
  expect(plan.change).toEqual([
    {
      row: row(3, { value: 5 }),
      before: { value: 4.5, recordedAt: '2020-07-02T00:00:00Z', source: '复核', recordedBy: '李四' },
    },
  ]);
  expect(plan.add.map((r) => r.line)).toEqual([4, 5]);
  expect(plan.rejected).toEqual([]);
});

test('rejects unknown and derived indicators, values the indicator does not allow, and repeated keys', () => {
  const derived = countIndicator({ id: 'ledger-count', derived: 'ledger-started' });
  const rows = [
    row(2, { indicatorId: 'nope' }),
    row(3, { indicatorId: 'ledger-count', value: 1 }),
    row(4, { indicatorId: 'projects-started', value: 1.5, period: '2019-06' }),
    row(5),
    row(6, { value: 7 }),
  ];
  const plan = planImport(rows, indicators(trade, started, derived), []);
  expect(plan.rejected.map((r) => [r.index, r.line, r.field])).toEqual([
    [0, 2, 'indicatorId'],
    [1, 3, 'indicatorId'],
    [2, 4, 'value'],
    [2, 4, 'period'],
    [4, 6, 'period'],
  ]);
  expect(plan.rejected[1]?.message).toEqual(derivedValueRefusal(derived));
  expect(plan.rejected[4]?.message.zh).toContain('第 5 行');
  expect(plan.rejected[4]?.message.en).toContain('Line 5');
  expect(plan.add.map((r) => r.line)).toEqual([5]);
  const preview = previewOf(plan, rows);
  expect(previewRows(rows, preview)?.add.map((r) => r.line)).toEqual([5]);
  expect(preview.add).toEqual([rows.findIndex((r) => r.line === 5)]);
  expect(preview.rejected[0]).toEqual({ line: 2, field: 'indicatorId', message: plan.rejected[0]?.message });
  expect(preview.rejected[0]).not.toHaveProperty('index');
});

test('a derived indicator is refused with where to change it instead', () => {
  expect(derivedValueRefusal({ derived: 'milestones-done' }).zh).toContain('任务节点');
  expect(derivedValueRefusal({ derived: 'ledger-completed' }).zh).toContain('项目台账');
});

test('the latest recording of each indicator, period and stage counts; on a tie the later stored one', () => {
  const a = makeObservation('2020-06', 1, { recordedAt: '2020-07-01T00:00:00Z' });
  const b = makeObservation('2020-06', 2, { recordedAt: '2020-07-01T00:00:00Z' });
  const older = makeObservation('2020-06', 3, { recordedAt: '2020-06-01T00:00:00Z' });
  const audited = makeObservation('2020-06', 4, { stage: 'audited' });
  const latest = latestByKey([a, b, older, audited]);
  expect(latest.get(observationKey('foreign-trade', '2020-06', 'reported'))?.value).toBe(2);
  expect(latest.get(observationKey('foreign-trade', '2020-06', 'audited'))?.value).toBe(4);
  expect(latest.size).toBe(2);
});

test('stays linear: 10,000 rows against 10,000 stored values plan well under a second', () => {
  const many = Array.from({ length: 417 }, (_, i) => makeIndicator({ id: `i-${i}` }));
  const keys = many.flatMap((ind) =>
    Array.from({ length: 24 }, (_, j) => ({
      indicatorId: ind.id,
      period: `2020-${String((j % 12) + 1).padStart(2, '0')}`,
      stage: j < 12 ? ('reported' as const) : ('audited' as const),
    })),
  );
  const stored = keys.slice(0, 10_000).map((k, i) => makeObservation(k.period, i % 3, k));
  const rows = keys.slice(0, 10_000).map((k, i) => row(i + 2, { ...k, value: i % 2, asOf: '2021-01-05' }));
  const started = performance.now();
  const plan = planImport(rows, indicators(...many), stored);
  expect(performance.now() - started).toBeLessThan(1000);
  expect(plan.rejected).toEqual([]);
  expect(plan.add).toEqual([]);
  expect(plan.change.length + plan.unchanged.length).toBe(10_000);
});
