import fc from 'fast-check';
import { expect, test } from 'vitest';
import { convertUnit } from '../benchmark';
import { parseUnit, splitUnitSuffix, toIndicatorUnit } from './unit';

test('unit cells in their usual spellings', () => {
  expect(parseUnit('亿元')).toBe('亿元');
  expect(parseUnit(' （万元） ')).toBe('万元');
  expect(parseUnit('％')).toBe('%');
  expect(parseUnit('百分比')).toBe('%');
  expect(parseUnit('亿')).toBe('亿元');
  expect(parseUnit('单位：万元')).toBe('万元');
  expect(parseUnit('')).toBeNull();
  expect(parseUnit('平方米')).toBe('平方米');
});

test('a parenthesised unit is split off a label, full-width or ASCII', () => {
  expect(splitUnitSuffix('外贸进出口（亿元）')).toEqual({ label: '外贸进出口', unit: '亿元' });
  expect(splitUnitSuffix('数值(万元)')).toEqual({ label: '数值', unit: '万元' });
  expect(splitUnitSuffix('比重（%）')).toEqual({ label: '比重', unit: '%' });
  expect(splitUnitSuffix('面积【公顷】')).toEqual({ label: '面积', unit: '公顷' });
  expect(splitUnitSuffix('项目（一期）')).toEqual({ label: '项目(一期)' });
  expect(splitUnitSuffix('外贸进出口')).toEqual({ label: '外贸进出口' });
});

test('万元 ↔ 亿元 and 元 convert; other units must match', () => {
  expect(toIndicatorUnit(12345.6, '万元', '亿元')).toBe(1.23456);
  expect(toIndicatorUnit(5.62, '亿元', '万元')).toBe(56200);
  expect(toIndicatorUnit(44066, '元', '万元')).toBe(4.4066);
  expect(toIndicatorUnit(562_000_000, '元', '亿元')).toBe(5.62);
  expect(toIndicatorUnit(3, '家', '家')).toBe(3);
  expect(toIndicatorUnit(3, '公顷', '亿元')).toEqual({
    reason: { zh: '单位“公顷”无法换算为“亿元”', en: 'the unit "公顷" does not convert to "亿元"' },
  });
  expect(toIndicatorUnit(3, '平方米', '公顷')).toHaveProperty('reason');
  expect(toIndicatorUnit(3, '%', '个')).toHaveProperty('reason');
});

test('property: 万元 → 亿元 → 万元 is the identity within 1e-9 relative', () => {
  fc.assert(
    // Amounts as sheets hold them: no subnormal numbers (they underflow on division, as any float would).
    fc.property(
      fc.double({ min: -1e12, max: 1e12, noNaN: true }).filter((x) => x === 0 || Math.abs(x) >= 1e-12),
      (wan) => {
        const yi = toIndicatorUnit(wan, '万元', '亿元');
        expect(typeof yi).toBe('number');
        const back = convertUnit(yi as number, '亿元', '万元');
        expect(back).not.toBeNull();
        expect(Math.abs((back as number) - wan)).toBeLessThanOrEqual(Math.abs(wan) * 1e-9);
      },
    ),
  );
});
