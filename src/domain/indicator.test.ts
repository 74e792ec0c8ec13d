import { expect, test } from 'vitest';
import {
  bilingualSchema,
  CAMPAIGNS,
  campaignSchema,
  CATEGORIES,
  categorySchema,
  DIRECTIONS,
  directionSchema,
  indicatorSchema,
  isLowerBetter,
  KINDS,
  kindSchema,
  milestoneNodeSchema,
  ownerSchema,
  planPointSchema,
  sourceSchema,
  targetFor,
  targetSchema,
  UNITS,
  unitSchema,
} from './indicator';
import { countIndicator, makeIndicator, makeTarget, milestoneIndicator, node, rankIndicator } from './test-fixtures';

test('bilingualSchema requires non-empty Chinese and English text', () => {
  expect(bilingualSchema.safeParse({ zh: '外贸', en: 'Trade' }).success).toBe(true);
  expect(bilingualSchema.safeParse({ zh: '', en: 'Trade' }).success).toBe(false);
  expect(bilingualSchema.safeParse({ zh: '外贸' }).success).toBe(false);
});

test('the enumerations list the report categories, campaigns, units, kinds and directions', () => {
  expect(CATEGORIES).toEqual(['wen', 'jin', 'tong', 'mei', 'sanliang', 'shares', 'county']);
  expect(CAMPAIGNS).toEqual(['wuge-baipu', 'xiangmu-year', 'chengzhen-year', 'jiceng-year']);
  expect(UNITS).toEqual(['个', '家', '名', '项', '亿元', '万元', '%', '公顷', '公里', '位']);
  expect(KINDS).toEqual(['count', 'amount', 'ratio', 'rank', 'milestone']);
  expect(DIRECTIONS).toEqual(['higher', 'lower', 'hold']);
});

test('the enum schemas reject values outside their lists', () => {
  expect(categorySchema.safeParse('wen').success).toBe(true);
  expect(categorySchema.safeParse('other').success).toBe(false);
  expect(campaignSchema.safeParse('xiangmu-year').success).toBe(true);
  expect(campaignSchema.safeParse('year').success).toBe(false);
  expect(unitSchema.safeParse('亿元').success).toBe(true);
  expect(unitSchema.safeParse('元').success).toBe(false);
  expect(kindSchema.safeParse('rank').success).toBe(true);
  expect(kindSchema.safeParse('level').success).toBe(false);
  expect(directionSchema.safeParse('hold').success).toBe(true);
  expect(directionSchema.safeParse('up').success).toBe(false);
});

test('sourceSchema needs a title and checks an optional date is real', () => {
  expect(sourceSchema.safeParse({ title: '南通百姓网', date: '2020-04-27' }).success).toBe(true);
  expect(sourceSchema.safeParse({ title: '' }).success).toBe(false);
  expect(sourceSchema.safeParse({ title: '南通百姓网', date: '2019-02-29' }).success).toBe(false);
});

test('ownerSchema needs a unit and a person', () => {
  expect(ownerSchema.safeParse({ unit: '经发办', person: '主任' }).success).toBe(true);
  expect(ownerSchema.safeParse({ unit: '经发办', person: '' }).success).toBe(false);
});

test('milestoneNodeSchema checks the due date', () => {
  expect(milestoneNodeSchema.safeParse(node('a', '2020-02-29')).success).toBe(true);
  expect(milestoneNodeSchema.safeParse(node('a', '2020-02-30')).success).toBe(false);
});

test('planPointSchema needs a valid period key', () => {
  expect(planPointSchema.safeParse({ period: '2020Q2', value: 4 }).success).toBe(true);
  expect(planPointSchema.safeParse({ period: '2020-6', value: 4 }).success).toBe(false);
});

test('targetSchema needs a whole year between 1949 and 2100', () => {
  expect(targetSchema.safeParse(makeTarget(2020, 7)).success).toBe(true);
  expect(targetSchema.safeParse(makeTarget(2020.5, 7)).success).toBe(false);
  expect(targetSchema.safeParse(makeTarget(1948, 7)).success).toBe(false);
  expect(targetSchema.safeParse(makeTarget(2101, 7)).success).toBe(false);
});

test('indicatorSchema accepts the fixtures of every kind', () => {
  for (const ind of [makeIndicator(), countIndicator(), rankIndicator(), milestoneIndicator()]) {
    expect(indicatorSchema.safeParse(ind).success).toBe(true);
  }
});

test('indicatorSchema rejects an id with capitals or spaces', () => {
  expect(indicatorSchema.safeParse(makeIndicator({ id: 'Foreign Trade' })).success).toBe(false);
});

test('indicatorSchema rejects an unknown unit', () => {
  expect(indicatorSchema.safeParse({ ...makeIndicator(), unit: '元' }).success).toBe(false);
});

test('targetFor returns the target of the requested year', () => {
  const ind = makeIndicator({ targets: [makeTarget(2019, 8), makeTarget(2020, 10)] });
  expect(targetFor(ind, 2020)?.value).toBe(10);
  expect(targetFor(ind, 2019)?.value).toBe(8);
});

test('targetFor returns undefined for a year without a target', () => {
  expect(targetFor(makeIndicator(), 2021)).toBeUndefined();
  expect(targetFor(makeIndicator({ targets: [] }), 2020)).toBeUndefined();
});

test('isLowerBetter is true for ranks whatever their direction', () => {
  expect(isLowerBetter({ kind: 'rank', direction: 'lower' })).toBe(true);
  expect(isLowerBetter({ kind: 'rank', direction: 'hold' })).toBe(true);
});

test('isLowerBetter is true for a lower direction and false for higher or hold', () => {
  expect(isLowerBetter({ kind: 'amount', direction: 'lower' })).toBe(true);
  expect(isLowerBetter({ kind: 'amount', direction: 'higher' })).toBe(false);
  expect(isLowerBetter({ kind: 'ratio', direction: 'hold' })).toBe(false);
});
