import { expect, test } from 'vitest';
import type { Indicator } from './indicator';
import type { Observation } from './observation';
import {
  compareStatus,
  DEFAULT_THRESHOLDS,
  defaultStatusRule,
  STATUS_SEVERITY,
  STATUSES,
  statusReasonSchema,
  statusSchema,
  thresholdsSchema,
  type StatusResult,
  type Thresholds,
} from './status';
import {
  countIndicator,
  makeIndicator,
  makeObservation,
  makeTarget,
  milestoneIndicator,
  node,
  rankIndicator,
  ratioIndicator,
} from './test-fixtures';

function judge(
  indicator: Indicator,
  observations: Observation[],
  date = '2020-06-30',
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): StatusResult {
  return defaultStatusRule({ indicator, observations, date, thresholds });
}

const obs = (period: string, value: number, extra: Partial<Observation> = {}) =>
  makeObservation(period, value, { indicatorId: 'x', ...extra });

test('STATUSES and their severity put red first and grey last', () => {
  expect(STATUSES).toEqual(['red', 'yellow', 'blue', 'green', 'grey']);
  expect([...STATUSES].sort((a, b) => STATUS_SEVERITY[a] - STATUS_SEVERITY[b])).toEqual([
    'red',
    'yellow',
    'blue',
    'green',
    'grey',
  ]);
  expect(statusSchema.safeParse('orange').success).toBe(false);
});

test('DEFAULT_THRESHOLDS are 10 points for yellow and 15 days for blue', () => {
  expect(DEFAULT_THRESHOLDS).toEqual({ yellowWithin: 10, blueDays: 15 });
  expect(thresholdsSchema.safeParse(DEFAULT_THRESHOLDS).success).toBe(true);
});

test('thresholdsSchema rejects a zero yellow line, over 100 points, and fractional or negative days', () => {
  expect(thresholdsSchema.safeParse({ yellowWithin: 0, blueDays: 15 }).success).toBe(false);
  expect(thresholdsSchema.safeParse({ yellowWithin: 100.5, blueDays: 15 }).success).toBe(false);
  expect(thresholdsSchema.safeParse({ yellowWithin: 100, blueDays: 0 }).success).toBe(true);
  expect(thresholdsSchema.safeParse({ yellowWithin: 10, blueDays: 1.5 }).success).toBe(false);
  expect(thresholdsSchema.safeParse({ yellowWithin: 10, blueDays: -1 }).success).toBe(false);
  expect(thresholdsSchema.safeParse({ yellowWithin: 10, blueDays: 366 }).success).toBe(false);
});

test('statusReasonSchema accepts each reason and rejects an unknown code', () => {
  expect(statusReasonSchema.safeParse({ code: 'behind', points: 12.5 }).success).toBe(true);
  expect(
    statusReasonSchema.safeParse({ code: 'deadline-near', days: 3, node: { zh: '开工', en: 'Start' } }).success,
  ).toBe(true);
  expect(statusReasonSchema.safeParse({ code: 'behind' }).success).toBe(false);
  expect(statusReasonSchema.safeParse({ code: 'late' }).success).toBe(false);
});

test('an indicator without a target for the year is grey with reason no-target', () => {
  expect(judge(makeIndicator({ targets: [makeTarget(2021, 10)] }), [obs('2020-06', 5)])).toEqual({
    status: 'grey',
    reason: { code: 'no-target' },
    progress: null,
    basis: null,
  });
});

test('an indicator with no data is grey with reason no-data', () => {
  expect(judge(makeIndicator(), [])).toEqual({
    status: 'grey',
    reason: { code: 'no-data' },
    progress: null,
    basis: null,
  });
});

test('data after the date or from another year counts as no data', () => {
  const result = judge(makeIndicator(), [obs('2020-07', 6), obs('2019-06', 4)]);
  expect(result.status).toBe('grey');
  expect(result.reason).toEqual({ code: 'no-data' });
});

test('a zero target is grey with reason no-rate but keeps its basis', () => {
  const june = obs('2020-06', 1);
  const result = judge(makeIndicator({ targets: [makeTarget(2020, 0)] }), [june]);
  expect(result.status).toBe('grey');
  expect(result.reason).toEqual({ code: 'no-rate' });
  expect(result.basis).toBe(june);
  expect(result.progress?.gapPoints).toBeNull();
});

test('an amount 12.5 points behind 序时进度 is red', () => {
  const result = judge(makeIndicator({ targets: [makeTarget(2020, 8)] }), [obs('2020-06', 3)]);
  expect(result.status).toBe('red');
  expect(result.reason).toEqual({ code: 'behind', points: 12.5 });
  expect(result.progress?.expected).toBe(4);
});

test('an amount 5 points behind is yellow', () => {
  const result = judge(makeIndicator(), [obs('2020-06', 4.5)]);
  expect(result.status).toBe('yellow');
  expect(result.reason).toEqual({ code: 'behind', points: 5 });
});

test('exactly yellowWithin points behind is red', () => {
  const result = judge(makeIndicator(), [obs('2020-06', 4)]);
  expect(result.status).toBe('red');
  expect(result.reason).toEqual({ code: 'behind', points: 10 });
});

test('the yellow line follows the thresholds given', () => {
  const result = judge(makeIndicator(), [obs('2020-06', 4)], '2020-06-30', { yellowWithin: 30, blueDays: 15 });
  expect(result.status).toBe('yellow');
});

test('the gap is rounded to one decimal before it is judged', () => {
  const red = judge(makeIndicator({ targets: [makeTarget(2020, 100)] }), [obs('2020-06', 40.04)]);
  expect(red.status).toBe('red');
  expect(red.reason).toEqual({ code: 'behind', points: 10 });
  const onPace = judge(makeIndicator({ targets: [makeTarget(2020, 100)] }), [obs('2020-06', 49.96)]);
  expect(onPace.status).toBe('green');
  expect(onPace.reason).toEqual({ code: 'on-pace' });
});

test('exactly on 序时进度 is green with reason on-pace', () => {
  const result = judge(makeIndicator(), [obs('2020-06', 5)]);
  expect(result.status).toBe('green');
  expect(result.reason).toEqual({ code: 'on-pace' });
});

test('ahead of 序时进度 is green with the points ahead', () => {
  const result = judge(makeIndicator(), [obs('2020-06', 6.25)]);
  expect(result.status).toBe('green');
  expect(result.reason).toEqual({ code: 'ahead', points: 12.5 });
});

test('the status is judged on the latest period at the date', () => {
  const result = judge(makeIndicator(), [obs('2020-05', 1), obs('2020-06', 5)], '2020-06-30');
  expect(result.basis?.period).toBe('2020-06');
  const may = judge(makeIndicator(), [obs('2020-05', 1), obs('2020-06', 5)], '2020-05-31');
  expect(may.basis?.period).toBe('2020-05');
  expect(may.status).toBe('red');
});

test('an audited value wins over the reported one', () => {
  const reported = obs('2020-06', 5, { recordedAt: '2020-07-20T00:00:00Z' });
  const audited = obs('2020-06', 3.75, { stage: 'audited', recordedAt: '2020-07-15T00:00:00Z' });
  const result = judge(makeIndicator(), [reported, audited]);
  expect(result.basis).toBe(audited);
  expect(result.status).toBe('red');
  expect(result.reason).toEqual({ code: 'behind', points: 12.5 });
});

test('a count of 3 of 7 projects at the end of June is on pace, 2 is red', () => {
  expect(judge(countIndicator(), [obs('2020-06', 3)]).reason).toEqual({ code: 'on-pace' });
  const two = judge(countIndicator(), [obs('2020-06', 2)]);
  expect(two.status).toBe('red');
  expect(two.reason).toEqual({ code: 'behind', points: 14.3 });
});

test('a rank of 22 against a target of 20 is yellow (9.1 points of completion), 2 places behind', () => {
  const result = judge(rankIndicator(), [obs('2020', 22)], '2020-12-31');
  expect(result.status).toBe('yellow');
  expect(result.progress?.gapPoints).toBeCloseTo(-9.09, 2);
  expect(result.reason).toEqual({ code: 'level-below', amount: 2, unit: 'places' });
});

test('a rank of 18 against a target of 20 is green and ahead (lower is better)', () => {
  const result = judge(rankIndicator(), [obs('2020-06', 18)]);
  expect(result.status).toBe('green');
  expect(result.reason).toEqual({ code: 'level-met', amount: 2, unit: 'places' });
});

test('a rank of 25 against a target of 20 is red', () => {
  const result = judge(rankIndicator(), [obs('2020-06', 25)]);
  expect(result.status).toBe('red');
  expect(result.reason).toEqual({ code: 'level-below', amount: 5, unit: 'places' });
});

test('a share held at its target is green and below it is red', () => {
  expect(judge(ratioIndicator(), [obs('2020-06', 35)]).reason).toEqual({ code: 'level-met', amount: 0, unit: 'pp' });
  expect(judge(ratioIndicator(), [obs('2020-06', 36)]).reason).toEqual({ code: 'level-met', amount: 1, unit: 'pp' });
  const below = judge(ratioIndicator(), [obs('2020-06', 28)]);
  expect(below.status).toBe('red');
  expect(below.reason).toEqual({ code: 'level-below', amount: 7, unit: 'pp' });
  expect(judge(ratioIndicator(), [obs('2020-06', 37.5)]).reason).toEqual({
    code: 'level-met',
    amount: 2.5,
    unit: 'pp',
  });
});

test('a milestone with its due nodes done and the next one far away is green', () => {
  const result = judge(milestoneIndicator(), [obs('2020-06', 2)]);
  expect(result.status).toBe('green');
  expect(result.reason).toEqual({ code: 'on-pace' });
});

test('a milestone missing a due node is red', () => {
  const result = judge(milestoneIndicator(), [obs('2020-06', 1)]);
  expect(result.status).toBe('red');
  expect(result.reason).toEqual({ code: 'behind', points: 25 });
});

test('a milestone whose next node is due within blueDays is blue with the days and the node', () => {
  const ind = milestoneIndicator({
    nodes: [node('a', '2020-03-31'), node('b', '2020-06-30'), node('c', '2020-07-10'), node('d', '2020-12-31')],
  });
  const result = judge(ind, [obs('2020-06', 2)]);
  expect(result.status).toBe('blue');
  expect(result.reason).toEqual({ code: 'deadline-near', days: 10, node: { zh: '节点c', en: 'Node c' } });
});

test('a node due exactly blueDays away is blue and one day more is green', () => {
  const ind = milestoneIndicator({ nodes: [node('a', '2020-07-15'), node('b', '2020-12-31')] });
  expect(judge(ind, [obs('2020-06', 0)]).status).toBe('blue');
  expect(judge(ind, [obs('2020-06', 0)], '2020-06-30', { yellowWithin: 10, blueDays: 14 }).status).toBe('green');
});

test('a node already done ahead of its date does not turn the indicator blue', () => {
  const ind = milestoneIndicator({
    nodes: [node('a', '2020-07-10'), node('b', '2020-12-31')],
    targets: [makeTarget(2020, 2)],
  });
  const result = judge(ind, [obs('2020-06', 1)]);
  expect(result.status).toBe('green');
  expect(result.reason).toEqual({ code: 'ahead', points: 50 });
});

test('done nodes are counted within the year, ignoring nodes of earlier years', () => {
  const ind = milestoneIndicator({
    nodes: [node('old', '2019-10-31'), node('a', '2020-07-10'), node('b', '2020-12-31')],
    targets: [makeTarget(2020, 2)],
  });
  // Node a (2020) is done early; the 2019 node must not shift the count back onto it.
  const result = judge(ind, [obs('2020-06', 1)]);
  expect(result.status).toBe('green');
  expect(result.reason).toEqual({ code: 'ahead', points: 50 });
});

test('being behind outranks a near deadline', () => {
  const ind = milestoneIndicator({ nodes: [node('a', '2020-06-15'), node('b', '2020-07-05')] });
  expect(judge(ind, [obs('2020-06', 0)]).status).toBe('red');
});

test('defaultStatusRule throws on a date that does not exist', () => {
  expect(() => judge(makeIndicator(), [], '2019-02-29')).toThrow('not a date: 2019-02-29');
});

test('compareStatus puts worse statuses first', () => {
  const red = judge(makeIndicator(), [obs('2020-06', 3)]);
  const yellow = judge(makeIndicator(), [obs('2020-06', 4.5)]);
  const green = judge(makeIndicator(), [obs('2020-06', 6)]);
  const grey = judge(makeIndicator(), []);
  expect([grey, green, yellow, red].sort(compareStatus).map((r) => r.status)).toEqual([
    'red',
    'yellow',
    'green',
    'grey',
  ]);
});

test('compareStatus puts the larger gap first within a status', () => {
  const far = judge(makeIndicator(), [obs('2020-06', 1)]);
  const near = judge(makeIndicator(), [obs('2020-06', 3.5)]);
  expect(compareStatus(far, near)).toBeLessThan(0);
  expect(compareStatus(near, far)).toBeGreaterThan(0);
  expect(compareStatus(near, near)).toBe(0);
});

test('a planned year-to-date rate behind its plan is behind 序时进度, not "below the target level"', () => {
  const rate = ratioIndicator({
    targets: [makeTarget(2020, 50, { plan: [{ period: '2020Q2', value: 25 }] })],
  });
  const result = defaultStatusRule({
    indicator: rate,
    observations: [makeObservation('2020-06', 20, { indicatorId: rate.id })],
    date: '2020-06-30',
    thresholds: DEFAULT_THRESHOLDS,
  });
  // 20 of 50 = 40% done against 50% expected: 10 points behind, red at the default threshold.
  expect(result.status).toBe('red');
  expect(result.reason).toEqual({ code: 'behind', points: 10 });
});
