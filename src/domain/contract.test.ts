import { expect, test } from 'vitest';
import {
  apiErrorBodySchema,
  createObservationResponseSchema,
  DEFAULT_PERIOD,
  evaluationSchema,
  growthSchema,
  indicatorDetailResponseSchema,
  indicatorListQuerySchema,
  indicatorListResponseSchema,
  indicatorSummarySchema,
  periodQuerySchema,
  SORT_KEYS,
  sortKeySchema,
  statusCountsSchema,
  summaryResponseSchema,
  trendPointSchema,
  type Evaluation,
} from './contract';
import { evaluate } from './evaluate';
import { DEFAULT_THRESHOLDS } from './status';
import { makeIndicator, makeObservation } from './test-fixtures';

const indicator = makeIndicator();
const observation = makeObservation('2020-06', 4.5);
const evaluation: Evaluation = evaluate(indicator, [observation], '2020-06', DEFAULT_THRESHOLDS);
const counts = { red: 1, yellow: 2, blue: 0, green: 3, grey: 4 };
const summary = { indicator, evaluation };

test('DEFAULT_PERIOD is the end of June 2020', () => {
  expect(DEFAULT_PERIOD).toBe('2020-06');
});

test('trendPointSchema needs a period key, a value and a sample flag', () => {
  expect(trendPointSchema.safeParse({ period: '2020-06', value: 3, sample: false }).success).toBe(true);
  expect(trendPointSchema.safeParse({ period: '2020-06', value: 3 }).success).toBe(false);
  expect(trendPointSchema.safeParse({ period: 'June', value: 3, sample: false }).success).toBe(false);
});

test('growthSchema accepts each kind with its fields', () => {
  expect(growthSchema.safeParse({ kind: 'ok', pct: 21 }).success).toBe(true);
  expect(growthSchema.safeParse({ kind: 'zero-base' }).success).toBe(true);
  expect(growthSchema.safeParse({ kind: 'negative-base', change: 5 }).success).toBe(true);
  expect(growthSchema.safeParse({ kind: 'no-base' }).success).toBe(true);
});

test('growthSchema rejects a missing pct, an unknown kind and Infinity', () => {
  expect(growthSchema.safeParse({ kind: 'ok' }).success).toBe(false);
  expect(growthSchema.safeParse({ kind: 'infinite' }).success).toBe(false);
  expect(growthSchema.safeParse({ kind: 'ok', pct: Number.POSITIVE_INFINITY }).success).toBe(false);
});

test('evaluationSchema accepts an evaluation built by evaluate', () => {
  expect(evaluation.status).toBe('yellow');
  expect(evaluationSchema.safeParse(evaluation).success).toBe(true);
});

test('evaluationSchema rejects an unknown status and a missing reason', () => {
  expect(evaluationSchema.safeParse({ ...evaluation, status: 'orange' }).success).toBe(false);
  const { reason: _reason, ...noReason } = evaluation;
  expect(evaluationSchema.safeParse(noReason).success).toBe(false);
});

test('evaluationSchema rejects a basis with an invalid as-of date', () => {
  expect(evaluationSchema.safeParse({ ...evaluation, basis: { ...observation, asOf: '2019-02-29' } }).success).toBe(
    false,
  );
});

test('indicatorSummarySchema pairs an indicator with its evaluation', () => {
  expect(indicatorSummarySchema.safeParse(summary).success).toBe(true);
  expect(indicatorSummarySchema.safeParse({ indicator: { ...indicator, kind: 'level' }, evaluation }).success).toBe(
    false,
  );
});

test('SORT_KEYS are status, name, completion and category', () => {
  expect(SORT_KEYS).toEqual(['status', 'name', 'completion', 'category']);
  expect(sortKeySchema.safeParse('owner').success).toBe(false);
});

test('indicatorListQuerySchema fills in the defaults for an empty query', () => {
  expect(indicatorListQuerySchema.parse({})).toEqual({ period: '2020-06', sort: 'status', dir: 'asc' });
});

test('indicatorListQuerySchema coerces the numbers that arrive as strings', () => {
  expect(
    indicatorListQuerySchema.parse({
      period: '2020Q2',
      category: 'jin',
      status: 'red',
      owner: '经发办',
      campaign: 'xiangmu-year',
      q: '外贸',
      sort: 'completion',
      dir: 'desc',
      yellowWithin: '12.5',
      blueDays: '7',
    }),
  ).toEqual({
    period: '2020Q2',
    category: 'jin',
    status: 'red',
    owner: '经发办',
    campaign: 'xiangmu-year',
    q: '外贸',
    sort: 'completion',
    dir: 'desc',
    yellowWithin: 12.5,
    blueDays: 7,
  });
});

test('indicatorListQuerySchema rejects invalid filters', () => {
  for (const bad of [
    { period: '2020-13' },
    { category: 'other' },
    { status: 'orange' },
    { campaign: 'none' },
    { sort: 'owner' },
    { dir: 'up' },
    { q: 'x'.repeat(101) },
    { owner: 'x'.repeat(101) },
    { yellowWithin: '0' },
    { yellowWithin: '101' },
    { yellowWithin: 'abc' },
    { blueDays: '1.5' },
    { blueDays: '-1' },
    { blueDays: '366' },
  ]) {
    expect(indicatorListQuerySchema.safeParse(bad).success).toBe(false);
  }
});

test('periodQuerySchema defaults the period and coerces thresholds', () => {
  expect(periodQuerySchema.parse({})).toEqual({ period: '2020-06' });
  expect(periodQuerySchema.parse({ period: '2020', yellowWithin: '30', blueDays: '0' })).toEqual({
    period: '2020',
    yellowWithin: 30,
    blueDays: 0,
  });
  expect(periodQuerySchema.safeParse({ period: '2020Q5' }).success).toBe(false);
});

test('statusCountsSchema needs a count for every status', () => {
  expect(statusCountsSchema.parse(counts)).toEqual(counts);
  const { grey: _grey, ...noGrey } = counts;
  expect(statusCountsSchema.safeParse(noGrey).success).toBe(false);
});

test('indicatorListResponseSchema accepts a valid body', () => {
  const body = { period: '2020-06', asOf: '2020-06-30', total: 12, counts, owners: ['经发办'], items: [summary] };
  expect(indicatorListResponseSchema.safeParse(body).success).toBe(true);
});

test('indicatorListResponseSchema rejects a body with a bad as-of date or missing counts', () => {
  const body = { period: '2020-06', asOf: '2020-06-31', total: 12, counts, owners: [], items: [] };
  expect(indicatorListResponseSchema.safeParse(body).success).toBe(false);
  const { counts: _counts, ...noCounts } = { ...body, asOf: '2020-06-30' };
  expect(indicatorListResponseSchema.safeParse(noCounts).success).toBe(false);
});

test('indicatorDetailResponseSchema accepts a valid body and rejects a bad observation', () => {
  const body = { period: '2020-06', asOf: '2020-06-30', indicator, evaluation, observations: [observation] };
  expect(indicatorDetailResponseSchema.safeParse(body).success).toBe(true);
  const bad = { ...body, observations: [{ ...observation, stage: 'draft' }] };
  expect(indicatorDetailResponseSchema.safeParse(bad).success).toBe(false);
});

test('summaryResponseSchema accepts a valid body and rejects a bad period in the picker list', () => {
  const body = {
    period: '2020-06',
    asOf: '2020-06-30',
    counts,
    total: 1,
    headline: [summary],
    behind: [summary],
    periods: ['2020-05', '2020-06'],
  };
  expect(summaryResponseSchema.safeParse(body).success).toBe(true);
  expect(summaryResponseSchema.safeParse({ ...body, periods: ['2020-6'] }).success).toBe(false);
});

test('createObservationResponseSchema accepts an observation with its evaluation', () => {
  expect(createObservationResponseSchema.safeParse({ observation, evaluation }).success).toBe(true);
  expect(createObservationResponseSchema.safeParse({ observation }).success).toBe(false);
});

test('apiErrorBodySchema accepts a validation error with bilingual field messages', () => {
  const body = {
    error: {
      code: 'validation',
      message: { zh: '输入有误', en: 'Invalid input' },
      fields: [
        { field: 'value', message: { zh: '数量须为不小于 0 的整数', en: 'A count must be a whole number, 0 or more' } },
      ],
    },
  };
  expect(apiErrorBodySchema.parse(body)).toEqual(body);
  expect(
    apiErrorBodySchema.safeParse({ error: { code: 'not-found', message: { zh: '未找到', en: 'Not found' } } }).success,
  ).toBe(true);
});

test('apiErrorBodySchema rejects an unknown code or a message in one language only', () => {
  expect(apiErrorBodySchema.safeParse({ error: { code: 'teapot', message: { zh: '错', en: 'Error' } } }).success).toBe(
    false,
  );
  expect(apiErrorBodySchema.safeParse({ error: { code: 'internal', message: { en: 'Error' } } }).success).toBe(false);
});
