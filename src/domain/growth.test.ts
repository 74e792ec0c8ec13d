import { expect, test } from 'vitest';
import { sameCutoffGrowth, yoyGrowth } from './growth';
import { makeObservation } from './test-fixtures';

test('yoyGrowth gives the change in % of the previous value', () => {
  expect(yoyGrowth(121, 100)).toEqual({ kind: 'ok', pct: 21 });
  expect(yoyGrowth(80, 100)).toEqual({ kind: 'ok', pct: -20 });
  expect(yoyGrowth(100, 100)).toEqual({ kind: 'ok', pct: 0 });
});

test('yoyGrowth of foreign trade 5.62 over 4.6445 is about 21%', () => {
  const g = yoyGrowth(5.62, 4.6445);
  expect(g.kind).toBe('ok');
  expect(g.kind === 'ok' && g.pct).toBeCloseTo(21.0033, 4);
});

test('yoyGrowth on a zero base is zero-base, never Infinity', () => {
  expect(yoyGrowth(5, 0)).toEqual({ kind: 'zero-base' });
  expect(yoyGrowth(-5, 0)).toEqual({ kind: 'zero-base' });
});

test('yoyGrowth of zero on a zero base is zero-base, never NaN', () => {
  expect(yoyGrowth(0, 0)).toEqual({ kind: 'zero-base' });
  expect(yoyGrowth(0, -0)).toEqual({ kind: 'zero-base' });
});

test('yoyGrowth on a negative base gives the change instead of a misleading %', () => {
  expect(yoyGrowth(2, -3)).toEqual({ kind: 'negative-base', change: 5 });
  expect(yoyGrowth(-5, -3)).toEqual({ kind: 'negative-base', change: -2 });
});

test('yoyGrowth to zero from a positive base is minus 100%', () => {
  expect(yoyGrowth(0, 4)).toEqual({ kind: 'ok', pct: -100 });
});

test('sameCutoffGrowth compares Jan–Jun with Jan–Jun of the year before', () => {
  const obs = [makeObservation('2019-06', 4), makeObservation('2019-12', 10), makeObservation('2020-06', 5)];
  expect(sameCutoffGrowth(obs, '2020-06')).toEqual({ kind: 'ok', pct: 25 });
});

test('sameCutoffGrowth does not compare a partial year with a whole one', () => {
  const obs = [makeObservation('2019', 10), makeObservation('2020-06', 5)];
  expect(sameCutoffGrowth(obs, '2020-06')).toEqual({ kind: 'no-base' });
});

test('sameCutoffGrowth compares quarters and years with the same key a year earlier', () => {
  const obs = [
    makeObservation('2019Q2', 2),
    makeObservation('2020Q2', 3),
    makeObservation('2019', 10),
    makeObservation('2020', 8),
  ];
  expect(sameCutoffGrowth(obs, '2020Q2')).toEqual({ kind: 'ok', pct: 50 });
  expect(sameCutoffGrowth(obs, '2020')).toEqual({ kind: 'ok', pct: -20 });
});

test('sameCutoffGrowth uses audited values on both sides', () => {
  const obs = [
    makeObservation('2019-06', 5),
    makeObservation('2019-06', 4, { stage: 'audited' }),
    makeObservation('2020-06', 9),
    makeObservation('2020-06', 6, { stage: 'audited' }),
  ];
  expect(sameCutoffGrowth(obs, '2020-06')).toEqual({ kind: 'ok', pct: 50 });
});

test('sameCutoffGrowth reports a zero or negative base from the data', () => {
  expect(sameCutoffGrowth([makeObservation('2019-06', 0), makeObservation('2020-06', 3)], '2020-06')).toEqual({
    kind: 'zero-base',
  });
  expect(sameCutoffGrowth([makeObservation('2019-06', -1), makeObservation('2020-06', 3)], '2020-06')).toEqual({
    kind: 'negative-base',
    change: 4,
  });
});

test('sameCutoffGrowth is no-base when either side is missing or the period is malformed', () => {
  expect(sameCutoffGrowth([makeObservation('2020-06', 5)], '2020-06')).toEqual({ kind: 'no-base' });
  expect(sameCutoffGrowth([makeObservation('2019-06', 5)], '2020-06')).toEqual({ kind: 'no-base' });
  expect(sameCutoffGrowth([], 'June')).toEqual({ kind: 'no-base' });
});
