import { expect, test } from 'vitest';
import { progressSeries } from './chart-series';
import type { Indicator } from './indicator';
import type { Observation } from './observation';

const source = { title: 'test' };
const indicator: Indicator = {
  id: 'trade',
  name: { zh: '外贸进出口', en: 'Foreign trade' },
  category: 'jin',
  campaigns: [],
  unit: '亿元',
  kind: 'amount',
  direction: 'higher',
  cumulative: true,
  headline: true,
  baseline: null,
  targets: [{ year: 2020, value: 12, source, sample: true }],
  owner: { unit: '经济发展局', person: '局长' },
  definition: { zh: '口径', en: 'definition' },
  source,
};
const obs = (period: string, value: number, stage: Observation['stage'] = 'reported'): Observation => ({
  id: `${period}-${stage}`,
  indicatorId: 'trade',
  period,
  value,
  stage,
  asOf: '2020-07-05',
  source: 'test',
  sample: stage === 'reported',
  recordedAt: '2020-07-05T00:00:00.000Z',
});

test('gives twelve months with the linear pace and the target', () => {
  const s = progressSeries(indicator, [], 2020);
  expect(s).toHaveLength(12);
  expect(s[0]).toMatchObject({ period: '2020-01', actual: null, pace: 1, target: 12 });
  expect(s[5]?.pace).toBe(6);
  expect(s[11]?.pace).toBe(12);
});

test('takes the audited value of a month over the reported one and keeps its sample flag', () => {
  const s = progressSeries(indicator, [obs('2020-03', 2.5), obs('2020-03', 2.7, 'audited'), obs('2020-04', 3)], 2020);
  expect(s[2]).toMatchObject({ actual: 2.7, actualSample: false });
  expect(s[3]).toMatchObject({ actual: 3, actualSample: true });
  expect(s[4]?.actual).toBeNull();
});

test('has no pace or target in a year without a target', () => {
  const s = progressSeries(indicator, [], 2021);
  expect(s.every((p) => p.pace === null && p.target === null)).toBe(true);
});

test('ignores observations of other indicators', () => {
  const other = { ...obs('2020-01', 99), indicatorId: 'other' };
  expect(progressSeries(indicator, [other], 2020)[0]?.actual).toBeNull();
});
