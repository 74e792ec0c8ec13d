import { expect, test } from 'vitest';
import { checkObservationInput, observationInputSchema, type ObservationInput } from './observation-input';
import {
  countIndicator,
  makeIndicator,
  makeTarget,
  milestoneIndicator,
  rankIndicator,
  ratioIndicator,
} from './test-fixtures';

function input(extra: Partial<ObservationInput> = {}): ObservationInput {
  return { period: '2020-06', value: 3, stage: 'reported', asOf: '2020-07-05', source: '镇统计站', ...extra };
}

const fields = (errors: { field: string }[]) => errors.map((e) => e.field);

test('observationInputSchema accepts a valid input', () => {
  const parsed = observationInputSchema.safeParse(input({ note: '初步数' }));
  expect(parsed.success).toBe(true);
  expect(parsed.data).toEqual(input({ note: '初步数' }));
});

test('observationInputSchema trims the source and rejects a blank one', () => {
  expect(observationInputSchema.parse(input({ source: '  镇统计站  ' })).source).toBe('镇统计站');
  expect(observationInputSchema.safeParse(input({ source: '   ' })).success).toBe(false);
});

test('observationInputSchema rejects a source over 200 characters and a note over 1000', () => {
  expect(observationInputSchema.safeParse(input({ source: 'x'.repeat(201) })).success).toBe(false);
  expect(observationInputSchema.safeParse(input({ source: 'x'.repeat(200) })).success).toBe(true);
  expect(observationInputSchema.safeParse(input({ note: 'x'.repeat(1001) })).success).toBe(false);
});

test('observationInputSchema rejects non-finite values', () => {
  expect(observationInputSchema.safeParse(input({ value: Number.NaN })).success).toBe(false);
  expect(observationInputSchema.safeParse(input({ value: Number.POSITIVE_INFINITY })).success).toBe(false);
});

test('observationInputSchema rejects a bad period, stage or as-of date', () => {
  expect(observationInputSchema.safeParse(input({ period: '2020-13' })).success).toBe(false);
  expect(observationInputSchema.safeParse({ ...input(), stage: 'final' }).success).toBe(false);
  expect(observationInputSchema.safeParse(input({ asOf: '2019-02-29' })).success).toBe(false);
});

test('checkObservationInput returns no errors for an acceptable count', () => {
  expect(checkObservationInput(countIndicator(), input({ value: 3 }))).toEqual([]);
  expect(checkObservationInput(countIndicator(), input({ value: 0 }))).toEqual([]);
});

test('checkObservationInput rejects a fractional count with a bilingual message', () => {
  expect(checkObservationInput(countIndicator(), input({ value: 2.5 }))).toEqual([
    { field: 'value', message: { zh: '数量须为不小于 0 的整数', en: 'A count must be a whole number, 0 or more' } },
  ]);
});

test('checkObservationInput rejects a negative count', () => {
  expect(fields(checkObservationInput(countIndicator(), input({ value: -1 })))).toEqual(['value']);
});

test('checkObservationInput accepts shares from 0 to 100 inclusive', () => {
  const ind = ratioIndicator();
  expect(checkObservationInput(ind, input({ value: 0 }))).toEqual([]);
  expect(checkObservationInput(ind, input({ value: 100 }))).toEqual([]);
  expect(checkObservationInput(ind, input({ value: 37.5 }))).toEqual([]);
});

test('checkObservationInput rejects shares below 0 or above 100', () => {
  const ind = ratioIndicator();
  expect(checkObservationInput(ind, input({ value: 100.1 }))[0]?.message.en).toBe('A share must lie between 0 and 100');
  expect(fields(checkObservationInput(ind, input({ value: -0.1 })))).toEqual(['value']);
});

test('checkObservationInput accepts a rank of 1 and rejects 0 or a fraction', () => {
  const ind = rankIndicator();
  expect(checkObservationInput(ind, input({ value: 1 }))).toEqual([]);
  expect(checkObservationInput(ind, input({ value: 0 }))[0]?.message.zh).toBe('排名须为不小于 1 的整数');
  expect(fields(checkObservationInput(ind, input({ value: 21.5 })))).toEqual(['value']);
});

test('checkObservationInput accepts completed milestones from 0 to the number of nodes', () => {
  const ind = milestoneIndicator();
  expect(checkObservationInput(ind, input({ value: 0 }))).toEqual([]);
  expect(checkObservationInput(ind, input({ value: 4 }))).toEqual([]);
});

test('checkObservationInput rejects more completed milestones than nodes, naming the count', () => {
  expect(checkObservationInput(milestoneIndicator(), input({ value: 5 }))).toEqual([
    {
      field: 'value',
      message: { zh: '已完成节点数须为 0 到 4 的整数', en: 'Completed milestones must be a whole number from 0 to 4' },
    },
  ]);
  expect(fields(checkObservationInput(milestoneIndicator(), input({ value: 1.5 })))).toEqual(['value']);
  expect(fields(checkObservationInput(milestoneIndicator(), input({ value: -1 })))).toEqual(['value']);
});

test('checkObservationInput allows only 0 completed milestones when there are no nodes', () => {
  const ind = milestoneIndicator({ nodes: undefined });
  expect(checkObservationInput(ind, input({ value: 0 }))).toEqual([]);
  expect(checkObservationInput(ind, input({ value: 1 }))[0]?.message.en).toBe(
    'Completed milestones must be a whole number from 0 to 0',
  );
});

test('checkObservationInput rejects a negative amount unless lower is better', () => {
  expect(checkObservationInput(makeIndicator(), input({ value: -2 }))).toEqual([
    { field: 'value', message: { zh: '金额不能为负数', en: 'An amount cannot be negative' } },
  ]);
  expect(checkObservationInput(makeIndicator({ direction: 'lower' }), input({ value: -2 }))).toEqual([]);
  expect(checkObservationInput(makeIndicator(), input({ value: 2.75 }))).toEqual([]);
});

test('checkObservationInput rejects a period whose year has neither a target nor a baseline', () => {
  expect(checkObservationInput(makeIndicator(), input({ period: '2021-06', asOf: '2021-07-05' }))).toEqual([
    { field: 'period', message: { zh: '该指标没有 2021 年的目标', en: 'This indicator has no target for 2021' } },
  ]);
});

test('checkObservationInput accepts a period in the baseline year', () => {
  const ind = rankIndicator();
  expect(checkObservationInput(ind, input({ period: '2019', value: 22, asOf: '2019-12-31' }))).toEqual([]);
});

test('checkObservationInput accepts a period in any target year', () => {
  const ind = makeIndicator({ targets: [makeTarget(2020, 10), makeTarget(2021, 12)] });
  expect(checkObservationInput(ind, input({ period: '2021Q1', asOf: '2021-04-10' }))).toEqual([]);
});

test('checkObservationInput rejects a quarter for a point-in-time indicator', () => {
  expect(checkObservationInput(ratioIndicator(), input({ period: '2020Q2', value: 30 }))).toEqual([
    {
      field: 'period',
      message: { zh: '时点指标请按月或按年填报', en: 'Point-in-time indicators are entered by month or year' },
    },
  ]);
  expect(checkObservationInput(makeIndicator(), input({ period: '2020Q2' }))).toEqual([]);
});

test('checkObservationInput rejects an as-of date before the month starts and accepts its first day', () => {
  expect(checkObservationInput(makeIndicator(), input({ asOf: '2020-05-31' }))).toEqual([
    {
      field: 'asOf',
      message: { zh: '截止日期不能早于所报期间的开始', en: 'The as-of date cannot be before the period starts' },
    },
  ]);
  expect(checkObservationInput(makeIndicator(), input({ asOf: '2020-06-01' }))).toEqual([]);
});

test('checkObservationInput takes a quarter to start on its first month', () => {
  const ind = makeIndicator();
  expect(fields(checkObservationInput(ind, input({ period: '2020Q2', asOf: '2020-03-31' })))).toEqual(['asOf']);
  expect(checkObservationInput(ind, input({ period: '2020Q2', asOf: '2020-04-01' }))).toEqual([]);
  expect(checkObservationInput(ind, input({ period: '2020Q4', asOf: '2020-10-01' }))).toEqual([]);
  expect(fields(checkObservationInput(ind, input({ period: '2020Q4', asOf: '2020-09-30' })))).toEqual(['asOf']);
});

test('checkObservationInput takes a year to start on 1 January', () => {
  const ind = makeIndicator();
  expect(checkObservationInput(ind, input({ period: '2020', asOf: '2020-01-01' }))).toEqual([]);
  expect(fields(checkObservationInput(ind, input({ period: '2020', asOf: '2019-12-31' })))).toEqual(['asOf']);
});

test('checkObservationInput reports several problems at once', () => {
  const errors = checkObservationInput(countIndicator(), input({ period: '2022-03', value: -1.5, asOf: '2022-02-01' }));
  expect(fields(errors)).toEqual(['value', 'period', 'asOf']);
});
