import { expect, test } from 'vitest';
import { evaluationSchema } from './contract';
import { evaluate, trendOf } from './evaluate';
import type { Observation } from './observation';
import { DEFAULT_THRESHOLDS, type StatusRule } from './status';
import { presetRule } from './status-presets';
import { makeIndicator, makeObservation, makeTarget, rankIndicator } from './test-fixtures';

const trade = makeIndicator({ targets: [makeTarget(2020, 8, { sample: true })] });

function tradeObservations(): Observation[] {
  return [
    makeObservation('2019-06', 2.5, { stage: 'audited' }),
    makeObservation('2020-01', 0.5, { sample: true }),
    makeObservation('2020-03', 1.6),
    makeObservation('2020-06', 3.4, { recordedAt: '2020-07-05T00:00:00Z' }),
    makeObservation('2020-06', 3, { stage: 'audited', recordedAt: '2020-07-12T00:00:00Z' }),
    makeObservation('2020-06', 99, { indicatorId: 'other' }),
  ];
}

test('evaluate judges the audited value at the end of the period and keeps the reported one', () => {
  const obs = tradeObservations();
  const result = evaluate(trade, obs, '2020-06', DEFAULT_THRESHOLDS);
  expect(result.status).toBe('red');
  expect(result.reason).toEqual({ code: 'behind', points: 12.5 });
  expect(result.basis).toBe(obs[4]);
  expect(result.reported).toBe(obs[3]);
  expect(result.actual).toBe(3);
});

test('evaluate reports target, expected, completion and gap', () => {
  const result = evaluate(trade, tradeObservations(), '2020-06', DEFAULT_THRESHOLDS);
  expect(result.target).toBe(8);
  expect(result.targetSample).toBe(true);
  expect(result.expected).toBe(4);
  expect(result.completionPct).toBe(37.5);
  expect(result.expectedPct).toBe(50);
  expect(result.gapPoints).toBe(-12.5);
  expect(result.ratioGapPp).toBeNull();
});

test('evaluate gives 同比 against the same cut-off of the year before', () => {
  expect(evaluate(trade, tradeObservations(), '2020-06', DEFAULT_THRESHOLDS).growth).toEqual({ kind: 'ok', pct: 20 });
});

test('evaluate gives the monthly trend up to the period, skipping months without data', () => {
  expect(evaluate(trade, tradeObservations(), '2020-06', DEFAULT_THRESHOLDS).trend).toEqual([
    { period: '2020-01', value: 0.5, sample: true },
    { period: '2020-03', value: 1.6, sample: false },
    { period: '2020-06', value: 3, sample: false },
  ]);
});

test('evaluate ignores observations of other indicators', () => {
  const result = evaluate(
    trade,
    [makeObservation('2020-06', 99, { indicatorId: 'other' })],
    '2020-06',
    DEFAULT_THRESHOLDS,
  );
  expect(result.status).toBe('grey');
  expect(result.reason).toEqual({ code: 'no-data' });
  expect(result.actual).toBeNull();
  expect(result.trend).toEqual([]);
});

test('evaluate of an indicator with no data is grey with the target still shown', () => {
  expect(evaluate(trade, [], '2020-06', DEFAULT_THRESHOLDS)).toEqual({
    status: 'grey',
    reason: { code: 'no-data' },
    rule: { preset: 'default', ruleId: 'default/grey', reason: { code: 'no-data' } },
    target: 8,
    targetSample: true,
    expected: null,
    actual: null,
    completionPct: null,
    expectedPct: null,
    gapPoints: null,
    ratioGapPp: null,
    basis: null,
    reported: null,
    growth: { kind: 'no-base' },
    trend: [],
  });
});

test('evaluate of an indicator with no target for the year is grey no-target with null target', () => {
  const result = evaluate(trade, tradeObservations(), '2021-06', DEFAULT_THRESHOLDS);
  expect(result.status).toBe('grey');
  expect(result.reason).toEqual({ code: 'no-target' });
  expect(result.target).toBeNull();
  expect(result.targetSample).toBeNull();
  expect(result.growth).toEqual({ kind: 'no-base' });
});

test('evaluate has no reported value when the basis is itself reported', () => {
  const obs = [makeObservation('2020-06', 5)];
  const result = evaluate(trade, obs, '2020-06', DEFAULT_THRESHOLDS);
  expect(result.basis).toBe(obs[0]);
  expect(result.reported).toBeNull();
  expect(result.status).toBe('green');
  expect(result.reason).toEqual({ code: 'ahead', points: 12.5 });
});

test('evaluate of a quarter judges at the quarter end', () => {
  const result = evaluate(trade, [makeObservation('2020Q2', 4)], '2020Q2', DEFAULT_THRESHOLDS);
  expect(result.expected).toBe(4);
  expect(result.reason).toEqual({ code: 'on-pace' });
});

test('evaluate of a rank for a year shows the year value as its trend', () => {
  const rank = rankIndicator();
  const obs = [
    makeObservation('2020', 22, { indicatorId: rank.id }),
    makeObservation('2019', 22, { indicatorId: rank.id }),
  ];
  const result = evaluate(rank, obs, '2020', DEFAULT_THRESHOLDS);
  expect(result.status).toBe('yellow');
  expect(result.completionPct).toBeCloseTo(90.909, 3);
  expect(result.growth).toEqual({ kind: 'ok', pct: 0 });
  expect(result.trend).toEqual([{ period: '2020', value: 22, sample: false }]);
});

test('evaluate uses the status rule it is given', () => {
  const rule: StatusRule = ({ observations }) => ({
    status: 'blue',
    reason: { code: 'on-pace' },
    progress: null,
    basis: observations[0] ?? null,
  });
  const result = evaluate(trade, [makeObservation('2020-06', 1)], '2020-06', DEFAULT_THRESHOLDS, rule);
  expect(result.status).toBe('blue');
  expect(result.actual).toBe(1);
  expect(result.expected).toBeNull();
});

test('evaluate says the default rule gave the light when no preset is given', () => {
  const result = evaluate(trade, tradeObservations(), '2020-06', DEFAULT_THRESHOLDS);
  expect(result.rule).toEqual({ preset: 'default', ruleId: 'default/red', reason: { code: 'behind', points: 12.5 } });
});

test('evaluate carries the trace of a preset and keeps the default reason beside it', () => {
  const result = evaluate(trade, tradeObservations(), '2020-06', DEFAULT_THRESHOLDS, presetRule('yinchuan'));
  expect(result.status).toBe('yellow');
  expect(result.reason).toEqual({ code: 'behind', points: 12.5 });
  expect(result.rule).toEqual({
    preset: 'yinchuan',
    ruleId: 'yinchuan/behind-10-30',
    reason: { code: 'behind-band', points: 12.5, min: 10, max: 30 },
  });
  expect(evaluationSchema.safeParse(result).success).toBe(true);
});

test('evaluate passes the thresholds to the rule', () => {
  const result = evaluate(trade, tradeObservations(), '2020-06', { yellowWithin: 20, blueDays: 15 });
  expect(result.status).toBe('yellow');
});

test('evaluate throws on a malformed period', () => {
  expect(() => evaluate(trade, [], '2020-6', DEFAULT_THRESHOLDS)).toThrow('not a period: 2020-6');
});

test('evaluate returns what the wire schema accepts', () => {
  const result = evaluate(trade, tradeObservations(), '2020-06', DEFAULT_THRESHOLDS);
  expect(evaluationSchema.safeParse(result).success).toBe(true);
});

test('trendOf lists the effective value of each month up to the period', () => {
  const obs = [
    makeObservation('2020-05', 2),
    makeObservation('2020-05', 1.8, { stage: 'audited' }),
    makeObservation('2020-06', 3),
    makeObservation('2020-07', 4),
    makeObservation('2019-06', 9),
  ];
  expect(trendOf(obs, '2020-06')).toEqual([
    { period: '2020-05', value: 1.8, sample: false },
    { period: '2020-06', value: 3, sample: false },
  ]);
});

test('trendOf of a quarter lists its months', () => {
  const obs = [makeObservation('2020-02', 1), makeObservation('2020-04', 2)];
  expect(trendOf(obs, '2020Q1').map((p) => p.period)).toEqual(['2020-02']);
});

test('trendOf falls back to the year value when no month has data', () => {
  expect(trendOf([makeObservation('2020', 7, { sample: true })], '2020')).toEqual([
    { period: '2020', value: 7, sample: true },
  ]);
});

test('trendOf is empty for a malformed period or without data', () => {
  expect(trendOf([makeObservation('2020-06', 1)], 'June')).toEqual([]);
  expect(trendOf([], '2020-06')).toEqual([]);
});
