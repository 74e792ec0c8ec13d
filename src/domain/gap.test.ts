import { expect, test } from 'vitest';
import {
  betterOf,
  gapSize,
  normalisePeerYear,
  rankAmong,
  rankChange,
  requiredGrowth,
  standingOf,
  yearsBehind,
  type YearsBehind,
} from './gap';
import { makeIndicator, rankIndicator, ratioIndicator } from './test-fixtures';

const amount = makeIndicator();
/** A lower-is-better amount, such as energy use per 万元 of output. */
const intensity = makeIndicator({ id: 'energy-intensity', direction: 'lower' });

/** The numbers of an 'ok' result, to compare with toBeCloseTo. */
function years(result: YearsBehind): { toReach: number | string; toCatch: number | string | null } {
  if (result.kind !== 'ok') throw new Error(`not ok: ${result.reason}`);
  return { toReach: result.toReach, toCatch: result.toCatch };
}

test('betterOf is lower for ranks and lower-is-better indicators, higher otherwise', () => {
  expect(betterOf(amount)).toBe('higher');
  expect(betterOf(intensity)).toBe('lower');
  expect(betterOf(rankIndicator())).toBe('lower');
  expect(betterOf(rankIndicator({ direction: 'higher' }))).toBe('lower');
  expect(betterOf(ratioIndicator())).toBe('higher');
});

test('standingOf reads ahead, behind and equal both ways, with float noise as equal', () => {
  expect(standingOf(5, 4, 'higher')).toBe('ahead');
  expect(standingOf(3, 4, 'higher')).toBe('behind');
  expect(standingOf(5, 4, 'lower')).toBe('behind');
  expect(standingOf(3, 4, 'lower')).toBe('ahead');
  expect(standingOf(0.1 + 0.2, 0.3, 'higher')).toBe('equal');
  expect(standingOf(3, 4, 'hold')).toBe('behind');
});

test('gapSize: a peer ahead of us gives a positive gap and its % of their value', () => {
  expect(gapSize(3, 4, amount)).toEqual({
    absolute: 1,
    pctOfTheirs: 25,
    points: null,
    measure: 'unit',
    standing: 'behind',
  });
});

test('gapSize: a peer behind us gives a negative gap', () => {
  expect(gapSize(5, 4, amount)).toEqual({
    absolute: -1,
    pctOfTheirs: -25,
    points: null,
    measure: 'unit',
    standing: 'ahead',
  });
});

test('gapSize: equal values give an exact zero gap, float noise included', () => {
  expect(gapSize(4, 4, amount)).toEqual({
    absolute: 0,
    pctOfTheirs: 0,
    points: null,
    measure: 'unit',
    standing: 'equal',
  });
  const noisy = gapSize(0.1 + 0.2, 0.3, amount);
  expect(noisy.absolute).toBe(0);
  expect(Object.is(noisy.pctOfTheirs, 0)).toBe(true);
  expect(noisy.standing).toBe('equal');
});

test('gapSize: a zero peer value gives no % but still a gap and a standing', () => {
  expect(gapSize(2, 0, amount)).toEqual({
    absolute: -2,
    pctOfTheirs: null,
    points: null,
    measure: 'unit',
    standing: 'ahead',
  });
  expect(gapSize(0, 0, amount).pctOfTheirs).toBeNull();
  expect(gapSize(0, 4, amount)).toMatchObject({ absolute: 4, pctOfTheirs: 100, standing: 'behind' });
});

test('gapSize: negative values keep the sign meaning behind', () => {
  // A loss of 3 against a loss of 2: we are 1 behind, 50% of their (absolute) value.
  expect(gapSize(-3, -2, amount)).toMatchObject({ absolute: 1, pctOfTheirs: 50, standing: 'behind' });
  expect(gapSize(1, -2, amount)).toMatchObject({ absolute: -3, pctOfTheirs: -150, standing: 'ahead' });
});

test('gapSize: lower is better reverses the sign (energy intensity)', () => {
  expect(gapSize(0.6, 0.5, intensity)).toMatchObject({ standing: 'behind', measure: 'unit' });
  expect(gapSize(0.6, 0.5, intensity).absolute).toBeCloseTo(0.1, 12);
  expect(gapSize(0.6, 0.5, intensity).pctOfTheirs).toBeCloseTo(20, 10);
  expect(gapSize(0.4, 0.5, intensity).standing).toBe('ahead');
  expect(gapSize(0.4, 0.5, intensity).absolute).toBeCloseTo(-0.1, 12);
});

test('gapSize: ranks are measured in places, 22nd against 20th is 2 places behind', () => {
  expect(gapSize(22, 20, rankIndicator())).toEqual({
    absolute: 2,
    pctOfTheirs: 10,
    points: null,
    measure: 'places',
    standing: 'behind',
  });
  expect(gapSize(18, 20, rankIndicator())).toMatchObject({ absolute: -2, standing: 'ahead' });
});

test('gapSize: shares give the gap in percentage points and the relative gap in %', () => {
  const gap = gapSize(30, 35, ratioIndicator());
  expect(gap).toMatchObject({ absolute: 5, points: 5, measure: 'pp', standing: 'behind' });
  expect(gap.pctOfTheirs).toBeCloseTo(14.2857, 4);
  expect(gapSize(40, 35, ratioIndicator())).toMatchObject({ absolute: -5, points: -5, standing: 'ahead' });
});

test('gapSize throws on values that are not finite', () => {
  expect(() => gapSize(Number.NaN, 4, amount)).toThrow(RangeError);
  expect(() => gapSize(3, Number.POSITIVE_INFINITY, amount)).toThrow(RangeError);
});

test('yearsBehind: 100 against 121 at 10% a year is 2 years, the peer standing still', () => {
  const y = years(yearsBehind(100, 121, 10, 0, 'higher'));
  expect(y.toReach).toBeCloseTo(2, 10);
  expect(y.toCatch).toBeCloseTo(2, 10);
});

test('yearsBehind: catching a growing peer takes longer than reaching its present value', () => {
  const result = yearsBehind(100, 200, 20, 10, 'higher');
  expect(result).toMatchObject({ kind: 'ok', standing: 'behind' });
  const y = years(result);
  expect(y.toReach).toBeCloseTo(3.8018, 4);
  expect(y.toCatch).toBeCloseTo(7.9662, 4);
});

test('yearsBehind: never at the current pace when our growth is not higher than theirs', () => {
  expect(years(yearsBehind(100, 200, 10, 10, 'higher')).toCatch).toBe('never');
  expect(years(yearsBehind(100, 200, 5, 10, 'higher')).toCatch).toBe('never');
  expect(years(yearsBehind(100, 200, 5, 10, 'higher')).toReach).toBeCloseTo(14.2067, 4);
});

test('yearsBehind: never reaching even their present value with zero or negative growth', () => {
  expect(yearsBehind(100, 200, 0, -5, 'higher')).toMatchObject({ toReach: 'never' });
  expect(years(yearsBehind(100, 200, 0, -5, 'higher')).toCatch).toBeCloseTo(13.5134, 4);
  expect(yearsBehind(100, 200, -3, 0, 'higher')).toMatchObject({ toReach: 'never', toCatch: 'never' });
});

test('yearsBehind: 0 years when we are ahead or level, whatever the growth', () => {
  expect(yearsBehind(5, 4, -50, 30, 'higher')).toEqual({ kind: 'ok', standing: 'ahead', toReach: 0, toCatch: 0 });
  expect(yearsBehind(4, 4, null, null, 'higher')).toEqual({ kind: 'ok', standing: 'equal', toReach: 0, toCatch: 0 });
  expect(yearsBehind(5, 0, 10, 10, 'higher')).toEqual({ kind: 'ok', standing: 'ahead', toReach: 0, toCatch: 0 });
});

test('yearsBehind: undefined with a reason when behind with a zero or negative value', () => {
  expect(yearsBehind(0, 5, 10, 0, 'higher')).toEqual({ kind: 'undefined', reason: 'non-positive-value' });
  expect(yearsBehind(-1, 5, 10, 0, 'higher')).toEqual({ kind: 'undefined', reason: 'non-positive-value' });
  expect(yearsBehind(-3, -2, 10, 0, 'higher')).toEqual({ kind: 'undefined', reason: 'non-positive-value' });
});

test('yearsBehind: undefined without our growth, or with growth of −100% or less', () => {
  expect(yearsBehind(100, 200, null, 10, 'higher')).toEqual({ kind: 'undefined', reason: 'no-growth' });
  expect(yearsBehind(100, 200, -100, 10, 'higher')).toEqual({
    kind: 'undefined',
    reason: 'growth-at-or-below-minus-100',
  });
  expect(yearsBehind(100, 200, 10, -120, 'higher')).toEqual({
    kind: 'undefined',
    reason: 'growth-at-or-below-minus-100',
  });
});

test('yearsBehind: without the peer growth, toReach is given and toCatch is unknown', () => {
  const result = yearsBehind(100, 121, 10, null, 'higher');
  expect(result).toMatchObject({ kind: 'ok', toCatch: null });
  expect(years(result).toReach).toBeCloseTo(2, 10);
});

test('yearsBehind: lower is better means shrinking faster than the peer', () => {
  const y = years(yearsBehind(0.6, 0.5, -10, -5, 'lower'));
  expect(y.toReach).toBeCloseTo(1.7305, 4);
  expect(y.toCatch).toBeCloseTo(3.3721, 4);
});

test('yearsBehind: lower is better, never when we shrink slower or grow', () => {
  expect(years(yearsBehind(0.6, 0.5, -5, -10, 'lower')).toCatch).toBe('never');
  expect(years(yearsBehind(0.6, 0.5, -5, -5, 'lower')).toCatch).toBe('never');
  expect(yearsBehind(0.6, 0.5, 5, 0, 'lower')).toMatchObject({ toReach: 'never', toCatch: 'never' });
  expect(yearsBehind(0.4, 0.5, 5, -10, 'lower')).toMatchObject({ standing: 'ahead', toReach: 0, toCatch: 0 });
});

test('yearsBehind: hold compares like higher is better', () => {
  expect(yearsBehind(30, 35, 5, 0, 'hold')).toMatchObject({ kind: 'ok', standing: 'behind' });
});

test('requiredGrowth: from 100 to a still 121 in 2 years needs 10% a year, about 0.8% a month', () => {
  const r = requiredGrowth(100, 121, 0, 2);
  expect(r.kind).toBe('ok');
  if (r.kind !== 'ok') return;
  expect(r.annualPct).toBeCloseTo(10, 10);
  expect(r.monthlyPct).toBeCloseTo(0.797414, 6);
  expect(r.targetValue).toBe(121);
});

test('requiredGrowth: catching 周庄 (4.3亿元, +27.8%) from a sample 2亿元 in 5 years', () => {
  const r = requiredGrowth(2, 4.3, 27.8, 5);
  expect(r.kind).toBe('ok');
  if (r.kind !== 'ok') return;
  expect(r.targetValue).toBeCloseTo(14.6596, 4);
  expect(r.annualPct).toBeCloseTo(48.9425, 4);
  expect(r.monthlyPct).toBeCloseTo(3.3756, 4);
});

test('requiredGrowth: equal values and a still peer need no growth; ahead we may shrink', () => {
  const equal = requiredGrowth(4, 4, 0, 3);
  expect(equal.kind === 'ok' && equal.annualPct).toBe(0);
  expect(equal.kind === 'ok' && equal.monthlyPct).toBe(0);
  const ahead = requiredGrowth(5, 4, 0, 1);
  expect(ahead.kind === 'ok' && ahead.annualPct).toBeCloseTo(-20, 10);
});

test('requiredGrowth: equal values against a growing peer need the peer rate', () => {
  const r = requiredGrowth(4, 4, 8, 3);
  expect(r.kind === 'ok' && r.annualPct).toBeCloseTo(8, 10);
});

test('requiredGrowth: for lower is better the needed rate is negative (we must shrink)', () => {
  const r = requiredGrowth(0.6, 0.5, 0, 1);
  expect(r.kind === 'ok' && r.annualPct).toBeCloseTo(-16.6667, 4);
});

test('requiredGrowth: half a year is allowed', () => {
  const r = requiredGrowth(100, 121, 0, 0.5);
  expect(r.kind === 'ok' && r.annualPct).toBeCloseTo(46.41, 2);
});

test('requiredGrowth: errors for years ≤ 0 or not finite', () => {
  expect(requiredGrowth(100, 121, 0, 0)).toEqual({ kind: 'error', reason: 'years-not-positive' });
  expect(requiredGrowth(100, 121, 0, -1)).toEqual({ kind: 'error', reason: 'years-not-positive' });
  expect(requiredGrowth(100, 121, 0, Number.NaN)).toEqual({ kind: 'error', reason: 'years-not-positive' });
});

test('requiredGrowth: errors for zero or negative values and for peer growth of −100%', () => {
  expect(requiredGrowth(0, 121, 0, 2)).toEqual({ kind: 'error', reason: 'non-positive-value' });
  expect(requiredGrowth(100, 0, 0, 2)).toEqual({ kind: 'error', reason: 'non-positive-value' });
  expect(requiredGrowth(-5, 121, 0, 2)).toEqual({ kind: 'error', reason: 'non-positive-value' });
  expect(requiredGrowth(100, 121, -100, 2)).toEqual({ kind: 'error', reason: 'growth-at-or-below-minus-100' });
});

test('normalisePeerYear: a value of the comparison year stays as it is', () => {
  expect(normalisePeerYear(4.3, 2019, 2019, 27.8)).toEqual({
    value: 4.3,
    year: 2019,
    sourceYear: 2019,
    method: 'same-year',
    yearMismatch: false,
  });
});

test('normalisePeerYear: 震泽 2016 (6.38亿元, +31.7%) projected to 2019 with its own growth', () => {
  const n = normalisePeerYear(6.38, 2016, 2019, 31.7);
  expect(n).toMatchObject({ year: 2019, sourceYear: 2016, method: 'projected', yearMismatch: false });
  expect(n.value).toBeCloseTo(14.574, 3);
});

test('normalisePeerYear: projects backwards to an earlier year too', () => {
  const n = normalisePeerYear(6.38, 2016, 2013, 31.7);
  expect(n).toMatchObject({ year: 2013, method: 'projected' });
  expect(n.value).toBeCloseTo(2.793, 3);
});

test('normalisePeerYear: without the peer growth, the value is kept and flagged as of another year', () => {
  expect(normalisePeerYear(412.38, 2023, 2019, null)).toEqual({
    value: 412.38,
    year: 2023,
    sourceYear: 2023,
    method: 'as-is',
    yearMismatch: true,
  });
});

test('normalisePeerYear: growth of −100% cannot project, so the value is flagged instead', () => {
  expect(normalisePeerYear(5, 2016, 2019, -100)).toMatchObject({ value: 5, method: 'as-is', yearMismatch: true });
});

test('normalisePeerYear: zero and negative growth project as they should', () => {
  expect(normalisePeerYear(0, 2016, 2019, 10).value).toBe(0);
  expect(normalisePeerYear(100, 2018, 2019, 0).value).toBe(100);
  expect(normalisePeerYear(100, 2018, 2020, -10).value).toBeCloseTo(81, 10);
});

test('rankAmong: 1 + the number of others strictly better', () => {
  expect(rankAmong([10, 8, 6], 7, 'higher')).toEqual({ rank: 3, of: 4 });
  expect(rankAmong([10, 8, 6], 11, 'higher')).toEqual({ rank: 1, of: 4 });
  expect(rankAmong([10, 8, 6], 5, 'higher')).toEqual({ rank: 4, of: 4 });
});

test('rankAmong: ties share a place', () => {
  expect(rankAmong([10, 7, 6], 7, 'higher')).toEqual({ rank: 2, of: 4 });
  expect(rankAmong([7, 7], 7, 'higher')).toEqual({ rank: 1, of: 3 });
});

test('rankAmong: lower is better ranks the smallest first', () => {
  expect(rankAmong([0.5, 0.7], 0.6, 'lower')).toEqual({ rank: 2, of: 3 });
  expect(rankAmong([0.5, 0.7], 0.4, 'lower')).toEqual({ rank: 1, of: 3 });
});

test('rankAmong: alone is first of one; missing values are left out', () => {
  expect(rankAmong([], 3, 'higher')).toEqual({ rank: 1, of: 1 });
  expect(rankAmong([Number.NaN, 5], 6, 'higher')).toEqual({ rank: 1, of: 2 });
  expect(rankAmong([-1, 0], -2, 'hold')).toEqual({ rank: 3, of: 3 });
});

test('rankChange: from 5th to 3rd is ↑2', () => {
  expect(rankChange(5, { rank: 3, of: 10 })).toEqual({
    rank: 3,
    of: 10,
    change: 2,
    text: { zh: '↑2', en: '↑2' },
    words: { zh: '上升2位', en: 'up 2 places' },
  });
});

test('rankChange: from 3rd to 4th is ↓1', () => {
  expect(rankChange(3, { rank: 4, of: 10 })).toEqual({
    rank: 4,
    of: 10,
    change: -1,
    text: { zh: '↓1', en: '↓1' },
    words: { zh: '下降1位', en: 'down 1 place' },
  });
});

test('rankChange: the same place is 持平', () => {
  expect(rankChange(4, { rank: 4, of: 10 })).toEqual({
    rank: 4,
    of: 10,
    change: 0,
    text: { zh: '持平', en: '=' },
    words: { zh: '位次持平', en: 'same place' },
  });
});

test('rankChange: without a previous rank the change is null', () => {
  expect(rankChange(null, { rank: 1, of: 3 })).toEqual({
    rank: 1,
    of: 3,
    change: null,
    text: { zh: '—', en: '—' },
    words: { zh: '无上期排名', en: 'no previous rank' },
  });
});

test('rankChange throws on a rank that is not a whole number from 1', () => {
  expect(() => rankChange(0, { rank: 1, of: 3 })).toThrow(RangeError);
  expect(() => rankChange(2, { rank: 1.5, of: 3 })).toThrow(RangeError);
});
