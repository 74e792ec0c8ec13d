import { expect, test } from 'vitest';
import { cumulativeWarnings } from './cumulative-check';
import type { ImportRow } from './import-contract';
import { latestByKey } from './import-plan';
import { makeIndicator, makeObservation } from './test-fixtures';

const trade = makeIndicator({ id: 'trade', kind: 'amount', unit: '亿元', cumulative: true });
const share = makeIndicator({ id: 'share', kind: 'ratio', unit: '%', cumulative: false });
const indicators = new Map([trade, share].map((i) => [i.id, i]));

function row(line: number, indicatorId: string, period: string, value: number): ImportRow {
  return { line, indicatorId, period, value, stage: 'reported', asOf: '2020-12-31', source: '镇统计站' };
}

test('a cumulative month below an earlier month (stored or in the file) or above a later one is warned about', () => {
  const stored = latestByKey([
    makeObservation('2020-05', 2.15, { indicatorId: 'trade' }),
    makeObservation('2020-07', 3.34, { indicatorId: 'trade' }),
  ]);
  const warnings = cumulativeWarnings(
    [row(2, 'trade', '2020-06', 2.0), row(3, 'trade', '2020-08', 3.5), row(4, 'trade', '2020-09', 3.4)],
    indicators,
    stored,
  );
  // Both sides of a dip are named: August above September, September below August.
  expect(warnings.map((w) => w.line)).toEqual([2, 3, 4]);
  expect(warnings[0]?.message.zh).toBe('1–6月累计 2亿元 低于 1–5月的 2.15亿元：累计值一般不会下降，请核对');
  expect(warnings[1]?.message.zh).toContain('高于 1–9月的 3.4亿元');
  expect(warnings[2]?.message.zh).toContain('低于 1–8月的 3.5亿元');
});

test('rising values, other years and stages, and point-in-time indicators give no warning', () => {
  const stored = latestByKey([
    makeObservation('2019-12', 9, { indicatorId: 'trade' }),
    makeObservation('2020-05', 2, { indicatorId: 'trade', stage: 'audited' }),
    makeObservation('2020-05', 40, { indicatorId: 'share' }),
  ]);
  expect(
    cumulativeWarnings(
      [row(2, 'trade', '2020-01', 0.3), row(3, 'trade', '2020-06', 1.5), row(4, 'share', '2020-06', 30)],
      indicators,
      stored,
    ),
  ).toEqual([]);
});
