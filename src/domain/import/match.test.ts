import { expect, test } from 'vitest';
import { createMatcher, nameKey } from './match';
import type { ImportIndicator } from './types';

const indicator = (id: string, zh: string, en = id): ImportIndicator => ({
  id,
  name: { zh, en },
  unit: '亿元',
  kind: 'amount',
  cumulative: true,
});

const catalogue = [
  indicator('foreign-trade', '外贸进出口总额', 'Foreign trade (imports and exports)'),
  indicator('baipu-service', '提升“白蒲服务”：上门服务企业'),
  indicator('gdp', '地区生产总值'),
  indicator('gdp-copy', '地区生产总值（亿元）'),
];

test('by id (any case, full-width), by exact name, by normalised name', () => {
  const m = createMatcher(catalogue);
  expect(m.byId('foreign-trade')?.id).toBe('foreign-trade');
  expect(m.byId(' FOREIGN-TRADE ')?.id).toBe('foreign-trade');
  expect(m.byId('ｆｏｒｅｉｇｎ－ｔｒａｄｅ')?.id).toBe('foreign-trade');
  expect(m.byId('nope')).toBeUndefined();
  expect(m.byName('外贸进出口总额')).toMatchObject({ kind: 'one', indicator: { id: 'foreign-trade' } });
  for (const written of [
    '外贸进出口总额（亿元）',
    '1. 外贸进出口总额',
    '（一）外贸进出口总额',
    '其中：外贸进出口总额',
    ' 外贸 进出口 总额 ',
    'foreign trade (imports and exports)',
  ]) {
    expect(m.byName(written)).toMatchObject({ kind: 'one', indicator: { id: 'foreign-trade' } });
  }
  expect(m.byName('提升"白蒲服务":上门服务企业')).toMatchObject({ kind: 'one', indicator: { id: 'baipu-service' } });
  expect(m.byName('社会消费品零售总额')).toEqual({ kind: 'none' });
});

test('an exact name wins; a normalised name shared by two indicators is ambiguous', () => {
  const m = createMatcher(catalogue);
  expect(m.byName('地区生产总值')).toMatchObject({ kind: 'one', indicator: { id: 'gdp' } });
  expect(m.byName('地区生产总值(亿元)')).toMatchObject({ kind: 'many' });
  expect(nameKey('（二）“地区 生产总值”（亿元）')).toBe('地区生产总值');
});

test('hostile names are ordinary unknown names', () => {
  const m = createMatcher(catalogue);
  for (const name of ['__proto__', 'constructor', 'toString']) {
    expect(m.byName(name)).toEqual({ kind: 'none' });
    expect(m.byId(name)).toBeUndefined();
  }
});
