import { expect, test } from 'vitest';
import {
  beijingToday,
  compareIso,
  daysBetween,
  daysInMonth,
  isLeapYear,
  isoDateSchema,
  lastMonthOf,
  monthsUpTo,
  parseDate,
  parsePeriod,
  periodEndDate,
  periodKey,
  periodKeySchema,
  sameCutoffLastYear,
  yearFractionElapsed,
} from './period';

test('parsePeriod reads a month key', () => {
  expect(parsePeriod('2020-06')).toEqual({ year: 2020, granularity: 'month', index: 6 });
});

test('parsePeriod reads a quarter key', () => {
  expect(parsePeriod('2020Q2')).toEqual({ year: 2020, granularity: 'quarter', index: 2 });
});

test('parsePeriod reads a year key with index 0', () => {
  expect(parsePeriod('2020')).toEqual({ year: 2020, granularity: 'year', index: 0 });
});

test('parsePeriod rejects malformed keys', () => {
  for (const key of ['2020-6', '2020-13', '2020-00', '2020Q0', '2020Q5', '2020q2', '20', '2020-06-30', '', ' 2020']) {
    expect(parsePeriod(key)).toBeNull();
  }
});

test('parsePeriod rejects years before 1949 and after 2100', () => {
  expect(parsePeriod('1948')).toBeNull();
  expect(parsePeriod('2101-01')).toBeNull();
  expect(parsePeriod('1949Q1')).toEqual({ year: 1949, granularity: 'quarter', index: 1 });
  expect(parsePeriod('2100-12')).toEqual({ year: 2100, granularity: 'month', index: 12 });
});

test('periodKey writes canonical keys with a zero-padded month', () => {
  expect(periodKey({ year: 2020, granularity: 'month', index: 6 })).toBe('2020-06');
  expect(periodKey({ year: 2020, granularity: 'month', index: 11 })).toBe('2020-11');
  expect(periodKey({ year: 2020, granularity: 'quarter', index: 2 })).toBe('2020Q2');
  expect(periodKey({ year: 2020, granularity: 'year', index: 0 })).toBe('2020');
});

test('periodKey round-trips parsePeriod', () => {
  for (const key of ['2019-01', '2020Q4', '2021']) {
    const p = parsePeriod(key);
    expect(p && periodKey(p)).toBe(key);
  }
});

test('periodKeySchema accepts period keys and rejects others with a message', () => {
  expect(periodKeySchema.safeParse('2020Q2').success).toBe(true);
  const bad = periodKeySchema.safeParse('2020-6');
  expect(bad.success).toBe(false);
  expect(bad.error?.issues[0]?.message).toBe('period must look like 2020, 2020Q2 or 2020-06');
  expect(periodKeySchema.safeParse(2020).success).toBe(false);
});

test('isLeapYear follows the Gregorian rules', () => {
  expect(isLeapYear(2020)).toBe(true);
  expect(isLeapYear(2019)).toBe(false);
  expect(isLeapYear(1900)).toBe(false);
  expect(isLeapYear(2000)).toBe(true);
});

test('daysInMonth gives 29 for February of a leap year and 28 otherwise', () => {
  expect(daysInMonth(2020, 2)).toBe(29);
  expect(daysInMonth(2019, 2)).toBe(28);
  expect(daysInMonth(2020, 4)).toBe(30);
  expect(daysInMonth(2020, 6)).toBe(30);
  expect(daysInMonth(2020, 7)).toBe(31);
  expect(daysInMonth(2020, 12)).toBe(31);
});

test('lastMonthOf gives the month, the quarter end month, or December', () => {
  expect(lastMonthOf({ year: 2020, granularity: 'month', index: 5 })).toBe(5);
  expect(lastMonthOf({ year: 2020, granularity: 'quarter', index: 1 })).toBe(3);
  expect(lastMonthOf({ year: 2020, granularity: 'quarter', index: 4 })).toBe(12);
  expect(lastMonthOf({ year: 2020, granularity: 'year', index: 0 })).toBe(12);
});

test('periodEndDate gives the last day of each quarter', () => {
  expect(periodEndDate({ year: 2020, granularity: 'quarter', index: 1 })).toBe('2020-03-31');
  expect(periodEndDate({ year: 2020, granularity: 'quarter', index: 2 })).toBe('2020-06-30');
  expect(periodEndDate({ year: 2020, granularity: 'quarter', index: 3 })).toBe('2020-09-30');
  expect(periodEndDate({ year: 2020, granularity: 'quarter', index: 4 })).toBe('2020-12-31');
});

test('periodEndDate of February is the 29th in a leap year and the 28th otherwise', () => {
  expect(periodEndDate({ year: 2020, granularity: 'month', index: 2 })).toBe('2020-02-29');
  expect(periodEndDate({ year: 2019, granularity: 'month', index: 2 })).toBe('2019-02-28');
});

test('periodEndDate of a year is 31 December', () => {
  expect(periodEndDate({ year: 2020, granularity: 'year', index: 0 })).toBe('2020-12-31');
});

test('parseDate splits a real date into numbers', () => {
  expect(parseDate('2020-04-27')).toEqual({ year: 2020, month: 4, day: 27 });
  expect(parseDate('2020-02-29')).toEqual({ year: 2020, month: 2, day: 29 });
});

test('parseDate rejects 29 February of a non-leap year', () => {
  expect(parseDate('2019-02-29')).toBeNull();
});

test('parseDate rejects impossible and malformed dates', () => {
  for (const s of [
    '2020-06-31',
    '2020-13-01',
    '2020-00-10',
    '2020-01-00',
    '2020-6-30',
    '2020/06/30',
    '2020-06-30T00:00',
  ]) {
    expect(parseDate(s)).toBeNull();
  }
});

test('isoDateSchema accepts real dates and rejects 2019-02-29', () => {
  expect(isoDateSchema.safeParse('2020-02-29').success).toBe(true);
  const bad = isoDateSchema.safeParse('2019-02-29');
  expect(bad.success).toBe(false);
  expect(bad.error?.issues[0]?.message).toBe('date must be a real date written YYYY-MM-DD');
});

test('yearFractionElapsed is exactly one half at the end of June', () => {
  expect(yearFractionElapsed('2020-06-30', 2020)).toBe(0.5);
  expect(yearFractionElapsed('2019-06-30', 2019)).toBe(0.5);
});

test('yearFractionElapsed counts 29 February 2020 as the end of February', () => {
  expect(yearFractionElapsed('2020-02-29', 2020)).toBe(2 / 12);
  expect(yearFractionElapsed('2019-02-28', 2019)).toBe(2 / 12);
});

test('yearFractionElapsed interpolates days within a month', () => {
  expect(yearFractionElapsed('2020-07-15', 2020)).toBeCloseTo((6 + 15 / 31) / 12, 12);
  expect(yearFractionElapsed('2020-01-01', 2020)).toBeCloseTo(1 / 31 / 12, 12);
});

test('yearFractionElapsed is 1 on 31 December', () => {
  expect(yearFractionElapsed('2020-12-31', 2020)).toBe(1);
});

test('yearFractionElapsed is 0 before the year and 1 after it', () => {
  expect(yearFractionElapsed('2019-12-31', 2020)).toBe(0);
  expect(yearFractionElapsed('2021-01-01', 2020)).toBe(1);
});

test('yearFractionElapsed throws on a date that does not exist', () => {
  expect(() => yearFractionElapsed('2019-02-29', 2019)).toThrow('not a date: 2019-02-29');
});

test('daysBetween counts whole days, negative when b is earlier', () => {
  expect(daysBetween('2020-06-30', '2020-07-15')).toBe(15);
  expect(daysBetween('2020-07-15', '2020-06-30')).toBe(-15);
  expect(daysBetween('2020-06-30', '2020-06-30')).toBe(0);
});

test('daysBetween counts 29 February in a leap year', () => {
  expect(daysBetween('2020-02-28', '2020-03-01')).toBe(2);
  expect(daysBetween('2019-02-28', '2019-03-01')).toBe(1);
  expect(daysBetween('2020-01-01', '2021-01-01')).toBe(366);
});

test('daysBetween throws on an invalid date', () => {
  expect(() => daysBetween('2019-02-29', '2019-03-01')).toThrow('not a date');
});

test('beijingToday is the next day once UTC passes 16:00', () => {
  expect(beijingToday(new Date('2020-06-30T16:30:00Z'))).toBe('2020-07-01');
});

test('beijingToday is still the same day just before 16:00 UTC', () => {
  expect(beijingToday(new Date('2020-06-30T15:59:59Z'))).toBe('2020-06-30');
  expect(beijingToday(new Date('2020-06-30T16:00:00Z'))).toBe('2020-07-01');
});

test('beijingToday crosses the year at 16:00 UTC on 31 December', () => {
  expect(beijingToday(new Date('2019-12-31T16:00:00Z'))).toBe('2020-01-01');
});

test('monthsUpTo lists the months of the year up to a quarter end', () => {
  expect(monthsUpTo({ year: 2020, granularity: 'quarter', index: 2 }).map(periodKey)).toEqual([
    '2020-01',
    '2020-02',
    '2020-03',
    '2020-04',
    '2020-05',
    '2020-06',
  ]);
});

test('monthsUpTo of January is January only and of a year is all twelve months', () => {
  expect(monthsUpTo({ year: 2020, granularity: 'month', index: 1 })).toEqual([
    { year: 2020, granularity: 'month', index: 1 },
  ]);
  const year = monthsUpTo({ year: 2020, granularity: 'year', index: 0 });
  expect(year).toHaveLength(12);
  expect(year.at(-1)).toEqual({ year: 2020, granularity: 'month', index: 12 });
});

test('sameCutoffLastYear keeps the cut-off and moves the year back', () => {
  expect(sameCutoffLastYear({ year: 2020, granularity: 'month', index: 6 })).toEqual({
    year: 2019,
    granularity: 'month',
    index: 6,
  });
  expect(periodKey(sameCutoffLastYear({ year: 2020, granularity: 'quarter', index: 2 }))).toBe('2019Q2');
  expect(periodKey(sameCutoffLastYear({ year: 2020, granularity: 'year', index: 0 }))).toBe('2019');
});

test('compareIso orders ISO dates lexically', () => {
  expect(compareIso('2020-06-30', '2020-07-01')).toBe(-1);
  expect(compareIso('2020-07-01', '2020-06-30')).toBe(1);
  expect(compareIso('2020-06-30', '2020-06-30')).toBe(0);
  expect(['2020-12-31', '2020-01-01', '2019-12-31'].sort(compareIso)).toEqual([
    '2019-12-31',
    '2020-01-01',
    '2020-12-31',
  ]);
});
