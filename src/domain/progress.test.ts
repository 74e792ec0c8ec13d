import { expect, test } from 'vitest';
import { completionPct, expectedAt, expectedPct, progressAt } from './progress';
import {
  countIndicator,
  makeIndicator,
  makeTarget,
  milestoneIndicator,
  node,
  rankIndicator,
  ratioIndicator,
} from './test-fixtures';

const amount = makeIndicator();
const count = countIndicator();
const seven = makeTarget(2020, 7);
const ten = makeTarget(2020, 10);

test('a count of 7 projects expects 2 at the end of May, not 2.9', () => {
  expect(expectedAt(count, seven, '2020-05-31')).toBe(2);
});

test('a count of 7 projects expects 3 at the end of June, not 3.5', () => {
  expect(expectedAt(count, seven, '2020-06-30')).toBe(3);
});

test('a count of 7 projects expects all 7 on 31 December', () => {
  expect(expectedAt(count, seven, '2020-12-31')).toBe(7);
});

test('a count of 7 projects expects 0 on 1 January', () => {
  expect(expectedAt(count, seven, '2020-01-01')).toBe(0);
});

test('a count steps up exactly when the linear pace reaches a whole number', () => {
  // 12 projects: 1 a month, so the end of each month must not lose a step to rounding.
  const twelve = makeTarget(2020, 12);
  expect(expectedAt(count, twelve, '2020-03-31')).toBe(3);
  expect(expectedAt(count, twelve, '2020-03-30')).toBe(2);
  expect(expectedAt(count, makeTarget(2020, 6), '2020-02-29')).toBe(1);
});

test('a count expects nothing before its year and everything after it', () => {
  expect(expectedAt(count, seven, '2019-12-31')).toBe(0);
  expect(expectedAt(count, seven, '2021-01-31')).toBe(7);
});

test('an amount expects exactly half its target at the end of June', () => {
  expect(expectedAt(amount, ten, '2020-06-30')).toBe(5);
  expect(expectedAt(amount, makeTarget(2020, 5.62), '2020-06-30')).toBe(2.81);
});

test('an amount expects two twelfths at 29 February of a leap year', () => {
  expect(expectedAt(amount, makeTarget(2020, 12), '2020-02-29')).toBe(2);
  expect(expectedAt(amount, makeTarget(2019, 12), '2019-02-28')).toBe(2);
});

test('an amount interpolates within a month', () => {
  expect(expectedAt(amount, makeTarget(2020, 12), '2020-07-15')).toBeCloseTo(6 + 15 / 31, 12);
});

test('expectedAt throws on a date that does not exist', () => {
  expect(() => expectedAt(amount, makeTarget(2019, 12), '2019-02-29')).toThrow('not a date: 2019-02-29');
});

test('a cumulative plan overrides linear pacing at its points', () => {
  const planned = makeTarget(2020, 10, {
    plan: [
      { period: '2020Q1', value: 1 },
      { period: '2020Q2', value: 6 },
    ],
  });
  expect(expectedAt(amount, planned, '2020-03-31')).toBe(1);
  expect(expectedAt(amount, planned, '2020-06-30')).toBe(6);
});

test('a cumulative plan is interpolated between its points and towards the target', () => {
  const planned = makeTarget(2020, 10, {
    plan: [
      { period: '2020Q1', value: 1 },
      { period: '2020Q2', value: 6 },
    ],
  });
  expect(expectedAt(amount, planned, '2020-02-29')).toBeCloseTo(2 / 3, 12);
  expect(expectedAt(amount, planned, '2020-04-30')).toBeCloseTo(1 + 5 / 3, 12);
  expect(expectedAt(amount, planned, '2020-09-30')).toBeCloseTo(8, 12);
  expect(expectedAt(amount, planned, '2020-12-31')).toBe(10);
});

test('a cumulative plan given out of order is still read in time order', () => {
  const planned = makeTarget(2020, 10, {
    plan: [
      { period: '2020-09', value: 9 },
      { period: '2020-03', value: 3 },
    ],
  });
  expect(expectedAt(amount, planned, '2020-03-31')).toBe(3);
  expect(expectedAt(amount, planned, '2020-09-30')).toBe(9);
  expect(expectedAt(amount, planned, '2020-06-30')).toBeCloseTo(6, 12);
});

test('a cumulative plan ignores points of other years and bad keys', () => {
  const planned = makeTarget(2020, 12, {
    plan: [
      { period: '2019-06', value: 11 },
      { period: 'bad', value: 11 },
    ],
  });
  expect(expectedAt(amount, planned, '2020-06-30')).toBe(6);
});

test('an empty plan falls back to linear pacing', () => {
  expect(expectedAt(amount, makeTarget(2020, 10, { plan: [] }), '2020-06-30')).toBe(5);
});

test('a count follows its plan in whole steps', () => {
  const planned = makeTarget(2020, 7, { plan: [{ period: '2020-06', value: 5 }] });
  expect(expectedAt(count, planned, '2020-06-30')).toBe(5);
  expect(expectedAt(count, planned, '2020-05-31')).toBe(4);
});

test('a milestone expects the number of its nodes due on or before the date', () => {
  const ms = milestoneIndicator();
  const four = makeTarget(2020, 4);
  expect(expectedAt(ms, four, '2020-03-30')).toBe(0);
  expect(expectedAt(ms, four, '2020-03-31')).toBe(1);
  expect(expectedAt(ms, four, '2020-06-30')).toBe(2);
  expect(expectedAt(ms, four, '2020-09-29')).toBe(2);
  expect(expectedAt(ms, four, '2020-12-31')).toBe(4);
});

test('a milestone counts only the nodes of the target year', () => {
  const ms = milestoneIndicator({
    nodes: [node('old', '2019-11-30'), node('a', '2020-05-15'), node('b', '2021-01-15')],
  });
  expect(expectedAt(ms, makeTarget(2020, 1), '2020-12-31')).toBe(1);
  expect(expectedAt(ms, makeTarget(2020, 1), '2020-05-14')).toBe(0);
});

test('a milestone without nodes expects nothing', () => {
  expect(expectedAt(milestoneIndicator({ nodes: undefined }), makeTarget(2020, 0), '2020-12-31')).toBe(0);
});

test('ratios and ranks expect the target itself at any date', () => {
  expect(expectedAt(ratioIndicator(), makeTarget(2020, 35), '2020-01-31')).toBe(35);
  expect(expectedAt(rankIndicator(), makeTarget(2020, 20), '2020-06-30')).toBe(20);
});

test('completionPct divides the actual by the target', () => {
  expect(completionPct(amount, ten, 5.62)).toBeCloseTo(56.2, 12);
  expect(completionPct(count, seven, 7)).toBe(100);
  expect(completionPct(amount, ten, 12)).toBe(120);
});

test('completionPct of a held level is capped at 100', () => {
  expect(completionPct(ratioIndicator(), makeTarget(2020, 35), 40)).toBe(100);
  expect(completionPct(ratioIndicator(), makeTarget(2020, 40), 30)).toBe(75);
});

test('completionPct of a rank is target divided by actual (22nd towards 20th reads 90.9%)', () => {
  expect(completionPct(rankIndicator(), makeTarget(2020, 20), 22)).toBeCloseTo(90.909, 3);
  expect(completionPct(rankIndicator(), makeTarget(2020, 20), 20)).toBe(100);
  expect(completionPct(rankIndicator(), makeTarget(2020, 20), 16)).toBe(125);
});

test('completionPct is null for a zero target or a non-positive rank', () => {
  expect(completionPct(amount, makeTarget(2020, 0), 3)).toBeNull();
  expect(completionPct(rankIndicator(), makeTarget(2020, 20), 0)).toBeNull();
  expect(completionPct(rankIndicator(), makeTarget(2020, 20), -1)).toBeNull();
  expect(completionPct(rankIndicator(), makeTarget(2020, 0), 5)).toBeNull();
});

test('expectedPct is 50 for an amount at the end of June', () => {
  expect(expectedPct(amount, ten, '2020-06-30')).toBe(50);
});

test('expectedPct follows the stepped count', () => {
  expect(expectedPct(count, seven, '2020-05-31')).toBeCloseTo((2 / 7) * 100, 12);
  expect(expectedPct(count, seven, '2020-12-31')).toBe(100);
});

test('expectedPct is 100 for ratios and ranks and null for a zero target', () => {
  expect(expectedPct(ratioIndicator(), makeTarget(2020, 35), '2020-03-31')).toBe(100);
  expect(expectedPct(rankIndicator(), makeTarget(2020, 20), '2020-03-31')).toBe(100);
  expect(expectedPct(amount, makeTarget(2020, 0), '2020-06-30')).toBeNull();
});

test('progressAt reports an amount 12.5 points behind 序时进度', () => {
  expect(progressAt(amount, makeTarget(2020, 8), 3, '2020-06-30')).toEqual({
    target: 8,
    expected: 4,
    actual: 3,
    completionPct: 37.5,
    expectedPct: 50,
    gapPoints: -12.5,
    ratioGapPp: null,
  });
});

test('progressAt gives ratios their gap in percentage points of the share', () => {
  const result = progressAt(ratioIndicator(), makeTarget(2020, 40), 30, '2020-06-30');
  expect(result.ratioGapPp).toBe(-10);
  expect(result.completionPct).toBe(75);
  expect(result.gapPoints).toBe(-25);
});

test('progressAt of a rank ahead of target has a positive gap', () => {
  const result = progressAt(rankIndicator(), makeTarget(2020, 20), 16, '2020-06-30');
  expect(result.expected).toBe(20);
  expect(result.gapPoints).toBe(25);
  expect(result.ratioGapPp).toBeNull();
});

test('progressAt has a null gap when the target is zero', () => {
  const result = progressAt(amount, makeTarget(2020, 0), 1, '2020-06-30');
  expect(result.completionPct).toBeNull();
  expect(result.expectedPct).toBeNull();
  expect(result.gapPoints).toBeNull();
});

test('a year-to-date rate with a cumulative plan is paced by the plan, not held at the annual target', () => {
  const rate = ratioIndicator();
  const planned = makeTarget(2020, 50, {
    plan: [
      { period: '2020Q1', value: 10 },
      { period: '2020Q2', value: 25 },
      { period: '2020Q3', value: 40 },
    ],
  });
  expect(expectedAt(rate, planned, '2020-06-30')).toBeCloseTo(25);
  expect(expectedPct(rate, planned, '2020-06-30')).toBeCloseTo(50);
  // 29.4% against 25% expected: 58.8% of the target done, 8.8 points ahead of the pace.
  expect(progressAt(rate, planned, 29.4, '2020-06-30').gapPoints).toBeCloseTo(8.8);
  // Without a plan a share is a level to hold: the whole target is expected all year.
  expect(expectedAt(rate, makeTarget(2020, 50), '2020-06-30')).toBe(50);
  expect(expectedPct(rate, makeTarget(2020, 50), '2020-06-30')).toBe(100);
});
