import { expect, test } from 'vitest';
import { validateBenchmarksSearch, validateIndicatorsSearch, validatePeriodSearch } from './search';

test('the period falls back to June 2020 when absent or invalid', () => {
  expect(validatePeriodSearch({})).toEqual({ period: '2020-06' });
  expect(validatePeriodSearch({ period: '2020-13' })).toEqual({ period: '2020-06' });
  expect(validatePeriodSearch({ period: '2020Q3' })).toEqual({ period: '2020Q3' });
});

test('indicator filters keep valid values and return every key, undefined when invalid', () => {
  const search = validateIndicatorsSearch({
    status: 'purple',
    category: 'shares',
    q: '  外贸 ',
    sort: 'name',
    dir: 'up',
  });
  expect(search).toEqual({
    period: '2020-06',
    category: 'shares',
    status: undefined,
    owner: undefined,
    campaign: undefined,
    q: '外贸',
    sort: 'name',
    dir: undefined,
  });
  // The router merges the result over the raw search: an invalid raw key must be overwritten.
  expect(Object.keys(search)).toContain('status');
});

test('the benchmark view keeps a set id, a close-by year and an indicator, and drops bad ones', () => {
  expect(validateBenchmarksSearch({ set: 'sunan-benchmark', closeBy: '2025', indicator: 'gdp' })).toEqual({
    period: '2020-06',
    set: 'sunan-benchmark',
    closeBy: 2025,
    indicator: 'gdp',
  });
  expect(validateBenchmarksSearch({ set: '<script>', closeBy: '20.5', indicator: 'A B' })).toEqual({
    period: '2020-06',
    set: undefined,
    closeBy: undefined,
    indicator: undefined,
  });
});

test('a year period such as 2019 stays a period, however the router hands it over', () => {
  expect(validatePeriodSearch({ period: '2019' })).toEqual({ period: '2019' });
  expect(validatePeriodSearch({ period: 2019 })).toEqual({ period: '2019' });
  expect(validatePeriodSearch({ period: '2020Q2' })).toEqual({ period: '2020Q2' });
});
