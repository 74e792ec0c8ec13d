import { expect, test } from 'vitest';
import {
  compareObservations,
  effectiveForPeriod,
  latestEffectiveAt,
  observationSchema,
  STAGES,
  stageSchema,
} from './observation';
import { makeObservation } from './test-fixtures';

test('STAGES are reported then audited', () => {
  expect(STAGES).toEqual(['reported', 'audited']);
  expect(stageSchema.safeParse('draft').success).toBe(false);
});

test('observationSchema accepts a complete observation', () => {
  expect(observationSchema.safeParse(makeObservation('2020-06', 2.9)).success).toBe(true);
});

test('observationSchema rejects a bad period, a bad as-of date and an empty source', () => {
  expect(observationSchema.safeParse(makeObservation('2020-6', 2.9)).success).toBe(false);
  expect(observationSchema.safeParse(makeObservation('2020-06', 2.9, { asOf: '2019-02-29' })).success).toBe(false);
  expect(observationSchema.safeParse(makeObservation('2020-06', 2.9, { source: '' })).success).toBe(false);
});

test('compareObservations orders by period end date first', () => {
  const may = makeObservation('2020-05', 1, { stage: 'audited' });
  const june = makeObservation('2020-06', 1);
  const q1 = makeObservation('2020Q1', 1);
  const year2019 = makeObservation('2019', 1);
  expect([june, may, q1, year2019].sort(compareObservations)).toEqual([year2019, q1, may, june]);
});

test('compareObservations puts audited after reported for the same period', () => {
  const audited = makeObservation('2020-06', 1, { stage: 'audited', recordedAt: '2020-07-01T00:00:00Z' });
  const reported = makeObservation('2020-06', 2, { recordedAt: '2020-07-20T00:00:00Z' });
  expect(compareObservations(audited, reported)).toBe(1);
  expect(compareObservations(reported, audited)).toBe(-1);
});

test('compareObservations orders the same period and stage by recording time', () => {
  const early = makeObservation('2020-06', 1, { recordedAt: '2020-07-01T00:00:00Z' });
  const late = makeObservation('2020-06', 2, { recordedAt: '2020-07-02T00:00:00Z' });
  expect(compareObservations(early, late)).toBe(-1);
  expect(compareObservations(late, early)).toBe(1);
  expect(compareObservations(early, early)).toBe(0);
});

test('effectiveForPeriod lets an audited value win over a later reported one', () => {
  const reported = makeObservation('2020-06', 5.8, { recordedAt: '2020-07-20T00:00:00Z' });
  const audited = makeObservation('2020-06', 5.62, { stage: 'audited', recordedAt: '2020-07-15T00:00:00Z' });
  const result = effectiveForPeriod([reported, audited], '2020-06');
  expect(result?.effective).toBe(audited);
  expect(result?.audited).toBe(audited);
  expect(result?.reported).toBe(reported);
});

test('effectiveForPeriod takes the latest reported value when nothing is audited', () => {
  const first = makeObservation('2020-06', 5.0, { recordedAt: '2020-07-05T00:00:00Z' });
  const second = makeObservation('2020-06', 5.3, { recordedAt: '2020-07-08T00:00:00Z' });
  const result = effectiveForPeriod([second, first], '2020-06');
  expect(result?.effective.value).toBe(5.3);
  expect(result?.audited).toBeUndefined();
});

test('effectiveForPeriod takes the latest of several audited values', () => {
  const a = makeObservation('2020-06', 5.5, { stage: 'audited', recordedAt: '2020-07-05T00:00:00Z' });
  const b = makeObservation('2020-06', 5.62, { stage: 'audited', recordedAt: '2020-07-09T00:00:00Z' });
  expect(effectiveForPeriod([b, a], '2020-06')?.effective.value).toBe(5.62);
});

test('effectiveForPeriod ignores other periods and is undefined without data', () => {
  const may = makeObservation('2020-05', 4);
  expect(effectiveForPeriod([may], '2020-06')).toBeUndefined();
  expect(effectiveForPeriod([], '2020-06')).toBeUndefined();
});

test('latestEffectiveAt picks the last period ending on or before the date', () => {
  const obs = [makeObservation('2020-05', 4), makeObservation('2020-06', 5), makeObservation('2020-07', 6)];
  expect(latestEffectiveAt(obs, 2020, '2020-06-30')?.value).toBe(5);
  expect(latestEffectiveAt(obs, 2020, '2020-06-29')?.value).toBe(4);
});

test('latestEffectiveAt stays within the year', () => {
  const obs = [makeObservation('2019-12', 9), makeObservation('2020-03', 2)];
  expect(latestEffectiveAt(obs, 2020, '2020-02-29')).toBeUndefined();
  expect(latestEffectiveAt(obs, 2020, '2020-03-31')?.value).toBe(2);
  expect(latestEffectiveAt(obs, 2019, '2020-06-30')?.value).toBe(9);
});

test('latestEffectiveAt uses the audited value of the latest period', () => {
  const obs = [
    makeObservation('2020-06', 5.8),
    makeObservation('2020-06', 5.62, { stage: 'audited' }),
    makeObservation('2020-05', 4.9, { stage: 'audited' }),
  ];
  expect(latestEffectiveAt(obs, 2020, '2020-06-30')?.value).toBe(5.62);
});

test('latestEffectiveAt counts a quarter as ending on its last day', () => {
  const obs = [makeObservation('2020Q2', 3)];
  expect(latestEffectiveAt(obs, 2020, '2020-06-29')).toBeUndefined();
  expect(latestEffectiveAt(obs, 2020, '2020-06-30')?.value).toBe(3);
});

test('latestEffectiveAt is undefined without observations', () => {
  expect(latestEffectiveAt([], 2020, '2020-12-31')).toBeUndefined();
});
