import { expect, test } from 'vitest';
import { evaluate } from './evaluate';
import type { Indicator } from './indicator';
import type { Observation } from './observation';
import { DEFAULT_THRESHOLDS, type StatusInput } from './status';
import {
  applyPreset,
  historyRuns,
  monthlyHistory,
  NO_RULE_MATCHED,
  plannedGrowthPct,
  PRESET_IDS,
  PRESET_NEEDS,
  presetDefault,
  presetOuhai,
  presetReasonSchema,
  presetRule,
  presetSanya,
  presetShangcheng,
  presetSuqian,
  presetTianjin,
  presetYinchuan,
  rankQuartile,
  ruleTraceSchema,
  runRules,
  type MonthRecord,
  type PresetResult,
  type Rule,
} from './status-presets';
import {
  countIndicator,
  makeIndicator,
  makeObservation,
  makeTarget,
  milestoneIndicator,
  rankIndicator,
} from './test-fixtures';

/** An amount with a 2020 target of 100: 序时进度 is 50 at the end of June, 100·m/12 at month m. */
const hundred = makeIndicator({ targets: [makeTarget(2020, 100)] });

function input(indicator: Indicator, observations: Observation[], date = '2020-06-30'): StatusInput {
  return { indicator, observations, date, thresholds: DEFAULT_THRESHOLDS };
}

/** Monthly 1–N月累计 observations: { '2020-05': 30, '2020-06': 40 }. */
function monthly(values: Record<string, number>): Observation[] {
  return Object.entries(values).map(([period, value]) => makeObservation(period, value));
}

const june = (value: number) => [makeObservation('2020-06', value)];

/** The light, the rule and the preset's reason: what a test checks. */
function light(result: PresetResult) {
  return { status: result.status, ruleId: result.rule.ruleId, reason: result.rule.reason };
}

const rec = (period: string, met: boolean): MonthRecord => ({ period, met });

// --- the engine --------------------------------------------------------------------------------

test('runRules: the first rule that matches gives the status and reason', () => {
  const rules: Rule<number>[] = [
    { id: 'big', when: (n) => n > 10, status: 'red', reason: () => ({ code: 'no-data' }) },
    { id: 'some', when: (n) => n > 0, status: 'yellow', reason: (n) => ({ code: 'behind', points: n }) },
    { id: 'any', when: () => true, status: 'green', reason: () => ({ code: 'on-pace' }) },
  ];
  expect(runRules(rules, 5)).toEqual({ status: 'yellow', ruleId: 'some', reason: { code: 'behind', points: 5 } });
  expect(runRules(rules, 50)).toEqual({ status: 'red', ruleId: 'big', reason: { code: 'no-data' } });
  expect(runRules(rules, 0)).toEqual({ status: 'green', ruleId: 'any', reason: { code: 'on-pace' } });
});

test('runRules: no matching rule gives a grey "no-rule" outcome', () => {
  expect(runRules([], 1)).toEqual(NO_RULE_MATCHED);
  expect(NO_RULE_MATCHED).toEqual({ status: 'grey', ruleId: 'no-rule', reason: { code: 'no-rule' } });
});

test('presetReasonSchema accepts the default reasons and the presets’ own, and rejects unknown codes', () => {
  expect(presetReasonSchema.safeParse({ code: 'behind', points: 3 }).success).toBe(true);
  expect(presetReasonSchema.safeParse({ code: 'behind-band', points: 15, min: 10, max: 30 }).success).toBe(true);
  expect(presetReasonSchema.safeParse({ code: 'months-missed', months: 2, last: '2020-06' }).success).toBe(true);
  expect(presetReasonSchema.safeParse({ code: 'months-missed', months: 2, last: 'June' }).success).toBe(false);
  expect(presetReasonSchema.safeParse({ code: 'late' }).success).toBe(false);
});

// --- monthly history ---------------------------------------------------------------------------

test('monthlyHistory marks each month with data as met at or above 序时进度, skipping months without', () => {
  const obs = monthly({ '2020-01': 9, '2020-02': 16, '2020-04': 34, '2020-05': 41 });
  expect(monthlyHistory(hundred, obs, '2020-06-30')).toEqual([
    rec('2020-01', true),
    rec('2020-02', false),
    rec('2020-04', true),
    rec('2020-05', false),
  ]);
});

test('monthlyHistory leaves out months not yet over, and is empty without a target', () => {
  const obs = monthly({ '2020-05': 50, '2020-06': 60 });
  expect(monthlyHistory(hundred, obs, '2020-06-15')).toEqual([rec('2020-05', true)]);
  expect(monthlyHistory(makeIndicator({ targets: [] }), obs, '2020-06-30')).toEqual([]);
});

test('monthlyHistory judges on the audited value', () => {
  const obs = [makeObservation('2020-06', 55), makeObservation('2020-06', 45, { stage: 'audited' })];
  expect(monthlyHistory(hundred, obs, '2020-06-30')).toEqual([rec('2020-06', false)]);
});

test('historyRuns counts the missed months in a row ending with the latest', () => {
  const h = [rec('2020-04', false), rec('2020-05', false), rec('2020-06', false)];
  expect(historyRuns(h, '2020-06-30')).toEqual({ latest: h[2], missedRun: 3, metRun: 0, missedBefore: null });
});

test('historyRuns counts the met months in a row and the miss before them', () => {
  const h = [rec('2020-04', false), rec('2020-05', true), rec('2020-06', true)];
  expect(historyRuns(h, '2020-06-30')).toEqual({ latest: h[2], missedRun: 0, metRun: 2, missedBefore: '2020-04' });
});

test('historyRuns: a month without a record ends a run', () => {
  expect(historyRuns([rec('2020-04', false), rec('2020-06', false)], '2020-06-30').missedRun).toBe(1);
  expect(historyRuns([rec('2020-04', false), rec('2020-06', true)], '2020-06-30').missedBefore).toBeNull();
});

test('historyRuns anchors on the latest record up to the date, in any input order, across a year end', () => {
  const h = [rec('2020-06', true), rec('2020-05', false)];
  expect(historyRuns(h, '2020-05-31')).toMatchObject({ latest: rec('2020-05', false), missedRun: 1 });
  expect(historyRuns([rec('2020-01', false), rec('2019-12', false)], '2020-01-31').missedRun).toBe(2);
  expect(historyRuns([], '2020-06-30')).toEqual({ latest: null, missedRun: 0, metRun: 0, missedBefore: null });
});

// --- default -----------------------------------------------------------------------------------

test('presetDefault is the default rule with its trace', () => {
  const result = presetDefault(input(hundred, june(35)));
  expect(result.status).toBe('red');
  expect(result.reason).toEqual({ code: 'behind', points: 15 });
  expect(result.rule).toEqual({ preset: 'default', ruleId: 'default/red', reason: { code: 'behind', points: 15 } });
});

// --- 银川 ----------------------------------------------------------------------------------------

test('银川: at 序时进度 is green', () => {
  expect(light(presetYinchuan(input(hundred, june(50))))).toEqual({
    status: 'green',
    ruleId: 'yinchuan/at-or-above-pace',
    reason: { code: 'on-pace' },
  });
});

test('银川: above 序时进度 is green with the points ahead', () => {
  expect(light(presetYinchuan(input(hundred, june(60))))).toEqual({
    status: 'green',
    ruleId: 'yinchuan/at-or-above-pace',
    reason: { code: 'ahead', points: 10 },
  });
});

test('银川: less than 10 points behind is still green, within the tolerance', () => {
  expect(light(presetYinchuan(input(hundred, june(45))))).toEqual({
    status: 'green',
    ruleId: 'yinchuan/within-tolerance',
    reason: { code: 'within-tolerance', points: 5, tolerance: 10 },
  });
});

test('银川: 10 to 30 points behind is yellow, both ends included', () => {
  for (const [actual, points] of [
    [40, 10],
    [35, 15],
    [20, 30],
  ] as const) {
    expect(light(presetYinchuan(input(hundred, june(actual))))).toEqual({
      status: 'yellow',
      ruleId: 'yinchuan/behind-10-30',
      reason: { code: 'behind-band', points, min: 10, max: 30 },
    });
  }
});

test('银川: more than 30 points behind is red', () => {
  expect(light(presetYinchuan(input(hundred, june(19.9))))).toEqual({
    status: 'red',
    ruleId: 'yinchuan/behind-over-30',
    reason: { code: 'behind-band', points: 30.1, min: 30, max: null },
  });
  expect(presetYinchuan(input(hundred, june(0))).rule.reason).toEqual({
    code: 'behind-band',
    points: 50,
    min: 30,
    max: null,
  });
});

test('银川: keeps the default’s progress, basis and factual reason beside its own', () => {
  const obs = june(35);
  const result = presetYinchuan(input(hundred, obs));
  expect(result.status).toBe('yellow');
  expect(result.reason).toEqual({ code: 'behind', points: 15 });
  expect(result.basis).toBe(obs[0]);
  expect(result.progress?.expected).toBe(50);
});

test('银川: no target, no data and a zero target are grey', () => {
  expect(light(presetYinchuan(input(makeIndicator({ targets: [] }), june(5))))).toEqual({
    status: 'grey',
    ruleId: 'yinchuan/no-target',
    reason: { code: 'no-target' },
  });
  expect(presetYinchuan(input(hundred, [])).rule.ruleId).toBe('yinchuan/no-data');
  expect(presetYinchuan(input(makeIndicator({ targets: [makeTarget(2020, 0)] }), june(5))).rule.ruleId).toBe(
    'yinchuan/no-rate',
  );
});

test('银川: a near milestone is green on pace, not blue (the practice has no blue)', () => {
  const result = presetYinchuan(input(milestoneIndicator(), [makeObservation('2020-08', 2)], '2020-09-20'));
  expect(light(result)).toEqual({ status: 'green', ruleId: 'yinchuan/at-or-above-pace', reason: { code: 'on-pace' } });
});

// --- 三亚 ----------------------------------------------------------------------------------------

test('三亚: below plan by 20% with no monthly record is yellow', () => {
  expect(light(presetSanya({ ...input(hundred, june(40)), history: [] }))).toEqual({
    status: 'yellow',
    ruleId: 'sanya/below-plan',
    reason: { code: 'below-plan', pct: 20, limit: 50 },
  });
});

test('三亚: exactly 50% below plan is still yellow; beyond is red', () => {
  expect(light(presetSanya({ ...input(hundred, june(25)), history: [] }))).toEqual({
    status: 'yellow',
    ruleId: 'sanya/below-plan',
    reason: { code: 'below-plan', pct: 50, limit: 50 },
  });
  expect(light(presetSanya(input(hundred, june(20))))).toEqual({
    status: 'red',
    ruleId: 'sanya/far-below-plan',
    reason: { code: 'below-plan', pct: 60, limit: 50 },
  });
});

test('三亚: the monthly task missed in the latest month is yellow', () => {
  expect(light(presetSanya(input(hundred, monthly({ '2020-05': 45, '2020-06': 40 }))))).toEqual({
    status: 'yellow',
    ruleId: 'sanya/month-missed',
    reason: { code: 'months-missed', months: 1, last: '2020-06' },
  });
});

test('三亚: the monthly task missed two months in a row is red', () => {
  expect(light(presetSanya(input(hundred, monthly({ '2020-05': 30, '2020-06': 40 }))))).toEqual({
    status: 'red',
    ruleId: 'sanya/months-missed-in-a-row',
    reason: { code: 'months-missed', months: 2, last: '2020-06' },
  });
});

test('三亚: two misses not in a row, or with a month without data between, are one month missed', () => {
  const notInARow = monthly({ '2020-04': 25, '2020-05': 45, '2020-06': 40 });
  expect(presetSanya(input(hundred, notInARow)).status).toBe('yellow');
  const gap = monthly({ '2020-04': 25, '2020-06': 40 });
  expect(light(presetSanya(input(hundred, gap)))).toMatchObject({
    status: 'yellow',
    reason: { code: 'months-missed', months: 1, last: '2020-06' },
  });
});

test('三亚: a missed month that has been caught up is green', () => {
  expect(light(presetSanya(input(hundred, monthly({ '2020-05': 30, '2020-06': 50 }))))).toEqual({
    status: 'green',
    ruleId: 'sanya/plan-met',
    reason: { code: 'plan-met' },
  });
});

test('三亚: a given history is used instead of the observations', () => {
  const history = [rec('2020-05', false), rec('2020-06', false)];
  expect(presetSanya({ ...input(hundred, june(60)), history }).rule.ruleId).toBe('sanya/months-missed-in-a-row');
});

test('三亚: nothing expected yet (a count in January) is plan met', () => {
  const result = presetSanya(input(countIndicator(), [makeObservation('2020-01', 0)], '2020-01-31'));
  expect(light(result)).toEqual({ status: 'green', ruleId: 'sanya/plan-met', reason: { code: 'plan-met' } });
});

test('三亚: a rank 25th against a target of 20th is 20% below plan', () => {
  const result = presetSanya({ ...input(rankIndicator(), [makeObservation('2020', 25)], '2020-12-31'), history: [] });
  expect(light(result)).toEqual({
    status: 'yellow',
    ruleId: 'sanya/below-plan',
    reason: { code: 'below-plan', pct: 20, limit: 50 },
  });
});

test('三亚: no data is grey', () => {
  expect(presetSanya(input(hundred, [])).rule.ruleId).toBe('sanya/no-data');
});

// --- 天津 ----------------------------------------------------------------------------------------

/** Last year 8, this year's target 10: planned growth 25%. */
const tianjinIndicator = makeIndicator({
  baseline: { year: 2019, value: 8, source: { title: 't' }, sample: false },
  targets: [makeTarget(2020, 10)],
});

/** Jan–Jun 2019 was 4; Jan–Jun 2020 is `value`. */
const yoy = (value: number) => [makeObservation('2019-06', 4), makeObservation('2020-06', value)];

test('plannedGrowthPct is target ÷ last year’s baseline − 1', () => {
  expect(plannedGrowthPct(tianjinIndicator, 2020)).toBe(25);
  expect(plannedGrowthPct(tianjinIndicator, 2021)).toBeNull();
  expect(plannedGrowthPct(makeIndicator(), 2020)).toBeNull();
  const old = makeIndicator({ baseline: { year: 2018, value: 8, source: { title: 't' }, sample: false } });
  expect(plannedGrowthPct(old, 2020)).toBeNull();
  const zero = makeIndicator({ baseline: { year: 2019, value: 0, source: { title: 't' }, sample: false } });
  expect(plannedGrowthPct(zero, 2020)).toBeNull();
});

test('天津: growth at or above both the plan and the peer average is green', () => {
  expect(light(presetTianjin({ ...input(tianjinIndicator, yoy(5)), peerAverageGrowthPct: 20 }))).toEqual({
    status: 'green',
    ruleId: 'tianjin/meets-plan-and-peers',
    reason: { code: 'growth-meets', growthPct: 25, planPct: 25, peerPct: 20 },
  });
});

test('天津: growth above the plan but below the peer average is yellow', () => {
  expect(light(presetTianjin({ ...input(tianjinIndicator, yoy(5)), peerAverageGrowthPct: 30 }))).toEqual({
    status: 'yellow',
    ruleId: 'tianjin/below-plan-or-peers',
    reason: { code: 'growth-below', growthPct: 25, planPct: 25, peerPct: 30, below: 'peers' },
  });
});

test('天津: growth below the plan, or below both, is yellow and says which', () => {
  expect(presetTianjin({ ...input(tianjinIndicator, yoy(4.8)), peerAverageGrowthPct: 15 }).rule.reason).toEqual({
    code: 'growth-below',
    growthPct: 20,
    planPct: 25,
    peerPct: 15,
    below: 'plan',
  });
  expect(presetTianjin({ ...input(tianjinIndicator, yoy(4.8)), peerAverageGrowthPct: 22 }).rule.reason).toMatchObject({
    below: 'both',
  });
});

test('天津: negative growth is red, even without a peer average', () => {
  expect(light(presetTianjin({ ...input(tianjinIndicator, yoy(3.6)), peerAverageGrowthPct: null }))).toEqual({
    status: 'red',
    ruleId: 'tianjin/negative-growth',
    reason: { code: 'growth-negative', growthPct: -10 },
  });
});

test('天津: zero growth is not negative: green against zero plan and peers, yellow below a positive plan', () => {
  const flat = { ...input(tianjinIndicator, yoy(4)), peerAverageGrowthPct: 0 };
  expect(presetTianjin({ ...flat, planGrowthPct: 0 }).status).toBe('green');
  expect(presetTianjin({ ...flat, planGrowthPct: 5 }).status).toBe('yellow');
});

test('天津: without the peer average or the plan no green can be given: grey, saying what is missing', () => {
  expect(light(presetTianjin({ ...input(tianjinIndicator, yoy(5)), peerAverageGrowthPct: null }))).toEqual({
    status: 'grey',
    ruleId: 'tianjin/no-comparison',
    reason: { code: 'no-comparison', missing: 'peers' },
  });
  expect(presetTianjin({ ...input(makeIndicator(), yoy(5)), peerAverageGrowthPct: 10 }).rule.reason).toEqual({
    code: 'no-comparison',
    missing: 'plan',
  });
  expect(presetTianjin({ ...input(makeIndicator(), yoy(5)), peerAverageGrowthPct: null }).rule.reason).toEqual({
    code: 'no-comparison',
    missing: 'both',
  });
});

test('天津: without last year’s same cut-off there is no growth: grey', () => {
  expect(light(presetTianjin({ ...input(tianjinIndicator, june(5)), peerAverageGrowthPct: 10 }))).toEqual({
    status: 'grey',
    ruleId: 'tianjin/no-growth',
    reason: { code: 'no-growth' },
  });
  expect(presetTianjin({ ...input(tianjinIndicator, []), peerAverageGrowthPct: 10 }).rule.ruleId).toBe(
    'tianjin/no-data',
  );
});

test('天津: given growth and plan override the derived ones; rates are compared at one decimal', () => {
  const given = { ...input(tianjinIndicator, yoy(5)), peerAverageGrowthPct: 20, planGrowthPct: 30 };
  expect(presetTianjin(given).rule.reason).toMatchObject({ code: 'growth-below', planPct: 30, below: 'plan' });
  expect(presetTianjin({ ...given, growthPct: 29.96 }).status).toBe('green');
});

test('天津: works without a year target when the plan growth is given, and keeps the basis', () => {
  const obs = yoy(5);
  const result = presetTianjin({
    ...input(makeIndicator({ targets: [] }), obs),
    planGrowthPct: 10,
    peerAverageGrowthPct: 5,
  });
  expect(result.status).toBe('green');
  expect(result.basis).toBe(obs[1]);
  expect(result.reason).toEqual({ code: 'no-target' });
});

// --- 宿迁 ----------------------------------------------------------------------------------------

test('宿迁: a milestone past its date and not done is red, with the days overdue', () => {
  const result = presetSuqian(input(milestoneIndicator(), [makeObservation('2020-06', 1)], '2020-07-15'));
  expect(light(result)).toEqual({
    status: 'red',
    ruleId: 'suqian/overdue',
    reason: { code: 'overdue', days: 15, node: { zh: '节点b', en: 'Node b' } },
  });
});

test('宿迁: a milestone due today and not done is behind pace (yellow), not yet overdue', () => {
  const result = presetSuqian(input(milestoneIndicator(), [makeObservation('2020-06', 1)], '2020-06-30'));
  expect(light(result)).toEqual({
    status: 'yellow',
    ruleId: 'suqian/behind-pace',
    reason: { code: 'behind', points: 25 },
  });
});

test('宿迁: an open milestone due within the blue days is blue', () => {
  const result = presetSuqian(input(milestoneIndicator(), [makeObservation('2020-08', 2)], '2020-09-20'));
  expect(light(result)).toEqual({
    status: 'blue',
    ruleId: 'suqian/deadline-near',
    reason: { code: 'deadline-near', days: 10, node: { zh: '节点c', en: 'Node c' } },
  });
});

test('宿迁: on pace with no node near is green; all nodes done at the year end is green', () => {
  expect(presetSuqian(input(milestoneIndicator(), [makeObservation('2020-07', 2)], '2020-08-15')).status).toBe('green');
  const done = presetSuqian(input(milestoneIndicator(), [makeObservation('2020-12', 4)], '2020-12-31'));
  expect(light(done)).toEqual({ status: 'green', ruleId: 'suqian/on-pace', reason: { code: 'on-pace' } });
});

test('宿迁: an amount behind 序时进度 is yellow however far; red is only for overdue', () => {
  expect(light(presetSuqian(input(hundred, june(10))))).toEqual({
    status: 'yellow',
    ruleId: 'suqian/behind-pace',
    reason: { code: 'behind', points: 40 },
  });
  expect(light(presetSuqian(input(hundred, june(55))))).toEqual({
    status: 'green',
    ruleId: 'suqian/on-pace',
    reason: { code: 'ahead', points: 5 },
  });
});

test('宿迁: no data is grey', () => {
  expect(presetSuqian(input(milestoneIndicator(), [], '2020-07-15')).rule.ruleId).toBe('suqian/no-data');
});

// --- 瓯海 ----------------------------------------------------------------------------------------

test('瓯海: the month’s task missed is red', () => {
  expect(light(presetOuhai(input(hundred, monthly({ '2020-05': 45, '2020-06': 48 }))))).toEqual({
    status: 'red',
    ruleId: 'ouhai/month-missed',
    reason: { code: 'months-missed', months: 1, last: '2020-06' },
  });
  expect(presetOuhai(input(hundred, monthly({ '2020-05': 30, '2020-06': 40 }))).rule.reason).toEqual({
    code: 'months-missed',
    months: 2,
    last: '2020-06',
  });
});

test('瓯海: red turns yellow in the month the task is caught up', () => {
  expect(light(presetOuhai(input(hundred, monthly({ '2020-05': 30, '2020-06': 50 }))))).toEqual({
    status: 'yellow',
    ruleId: 'ouhai/caught-up',
    reason: { code: 'caught-up', period: '2020-06', missed: '2020-05' },
  });
});

test('瓯海: one more month met after catching up turns green', () => {
  const obs = monthly({ '2020-04': 25, '2020-05': 45, '2020-06': 50 });
  expect(light(presetOuhai(input(hundred, obs)))).toEqual({
    status: 'green',
    ruleId: 'ouhai/month-met',
    reason: { code: 'month-met', period: '2020-06' },
  });
});

test('瓯海: the same June value is yellow or green depending on the history', () => {
  expect(presetOuhai(input(hundred, monthly({ '2020-05': 30, '2020-06': 50 }))).status).toBe('yellow');
  expect(presetOuhai(input(hundred, monthly({ '2020-05': 45, '2020-06': 50 }))).status).toBe('green');
});

test('瓯海: without monthly data it is grey; a given history is used', () => {
  expect(light(presetOuhai(input(hundred, [makeObservation('2020Q2', 50)])))).toEqual({
    status: 'grey',
    ruleId: 'ouhai/no-history',
    reason: { code: 'no-history' },
  });
  const history = [rec('2020-05', false), rec('2020-06', true)];
  expect(presetOuhai({ ...input(hundred, [makeObservation('2020Q2', 50)]), history }).status).toBe('yellow');
  expect(presetOuhai(input(hundred, [])).rule.ruleId).toBe('ouhai/no-data');
});

// --- 商城县 --------------------------------------------------------------------------------------

test('rankQuartile splits ranks by (rank − 1) ÷ (of − 1)', () => {
  expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((rank) => rankQuartile({ rank, of: 10 }))).toEqual([
    1, 1, 1, 2, 2, 3, 3, 4, 4, 4,
  ]);
  expect([1, 2, 3, 4, 5].map((rank) => rankQuartile({ rank, of: 5 }))).toEqual([1, 1, 3, 4, 4]);
  expect([1, 2].map((rank) => rankQuartile({ rank, of: 2 }))).toEqual([1, 4]);
});

test('商城县: top 25% green, bottom 25% red, the middle half yellow', () => {
  const colours = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(
    (rank) => presetShangcheng({ ...input(hundred, june(50)), rank: { rank, of: 10 } }).status,
  );
  expect(colours).toEqual(['green', 'green', 'green', 'yellow', 'yellow', 'yellow', 'yellow', 'red', 'red', 'red']);
  const four = [1, 2, 3, 4].map((rank) => presetShangcheng({ ...input(hundred, []), rank: { rank, of: 4 } }).status);
  expect(four).toEqual(['green', 'yellow', 'yellow', 'red']);
});

test('商城县: the reason gives the rank and its quartile', () => {
  expect(light(presetShangcheng({ ...input(hundred, june(50)), rank: { rank: 8, of: 10 } }))).toEqual({
    status: 'red',
    ruleId: 'shangcheng/bottom-quartile',
    reason: { code: 'rank-quartile', rank: 8, of: 10, quartile: 4 },
  });
  expect(presetShangcheng({ ...input(hundred, june(50)), rank: { rank: 5, of: 10 } }).rule).toEqual({
    preset: 'shangcheng',
    ruleId: 'shangcheng/middle-half',
    reason: { code: 'rank-quartile', rank: 5, of: 10, quartile: 2 },
  });
});

test('商城县: without a rank, alone, or with an impossible rank it is grey', () => {
  for (const rank of [null, { rank: 1, of: 1 }, { rank: 3, of: 2 }, { rank: 0, of: 5 }]) {
    expect(light(presetShangcheng({ ...input(hundred, june(50)), rank }))).toEqual({
      status: 'grey',
      ruleId: 'shangcheng/no-rank',
      reason: { code: 'no-rank' },
    });
  }
});

test('商城县: keeps the default’s progress and basis', () => {
  const obs = june(50);
  const result = presetShangcheng({ ...input(hundred, obs), rank: { rank: 1, of: 3 } });
  expect(result.basis).toBe(obs[0]);
  expect(result.reason).toEqual({ code: 'on-pace' });
});

// --- registry ------------------------------------------------------------------------------------

test('PRESET_IDS list the default and the six presets, with what each needs', () => {
  expect(PRESET_IDS).toEqual(['default', 'yinchuan', 'sanya', 'tianjin', 'suqian', 'ouhai', 'shangcheng']);
  expect(PRESET_NEEDS.tianjin).toEqual(['peer-average']);
  expect(PRESET_NEEDS.shangcheng).toEqual(['rank']);
  expect(PRESET_NEEDS.yinchuan).toEqual([]);
});

test('applyPreset runs each preset by id, and its trace names the preset and passes the wire schema', () => {
  for (const id of PRESET_IDS) {
    const result = applyPreset(id, {
      ...input(tianjinIndicator, yoy(5)),
      peerAverageGrowthPct: 20,
      rank: { rank: 1, of: 4 },
    });
    expect(result.rule.preset).toBe(id);
    expect(result.rule.ruleId.startsWith(`${id}/`)).toBe(true);
    expect(ruleTraceSchema.safeParse(result.rule).success).toBe(true);
  }
});

test('applyPreset treats missing extras as unknown', () => {
  expect(applyPreset('tianjin', input(tianjinIndicator, yoy(5))).rule.reason).toEqual({
    code: 'no-comparison',
    missing: 'peers',
  });
  expect(applyPreset('shangcheng', input(hundred, june(50))).rule.ruleId).toBe('shangcheng/no-rank');
});

test('presetRule plugs a preset with its extras into evaluate()', () => {
  const obs = june(35);
  expect(evaluate(hundred, obs, '2020-06', DEFAULT_THRESHOLDS).status).toBe('red');
  expect(evaluate(hundred, obs, '2020-06', DEFAULT_THRESHOLDS, presetRule('yinchuan')).status).toBe('yellow');
  const ranked = presetRule('shangcheng', { rank: { rank: 1, of: 5 } });
  expect(evaluate(hundred, obs, '2020-06', DEFAULT_THRESHOLDS, ranked).status).toBe('green');
});
