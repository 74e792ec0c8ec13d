import { expect, test } from 'vitest';
import { apiRequest, apiUrl } from '../../api/client';
import { gapsResponseSchema } from '../../domain/benchmark-contract';
import { gapBars, profilePoints } from './gap-table';

async function sunanGaps() {
  return apiRequest(apiUrl('/gaps', { set: 'sunan-benchmark', period: '2020-06' }), gapsResponseSchema);
}

test('bars point left when we are behind the first benchmark and right when ahead', async () => {
  const gaps = await sunanGaps();
  const bars = gapBars(gaps.items, 'zh-CN');
  expect(bars.length).toBeGreaterThan(0);
  for (const bar of bars) {
    const item = gaps.items.find((i) => i.indicator.id === bar.id);
    const standing = item?.cards[0]?.size.standing;
    if (standing === 'behind') expect(bar.pct).toBeLessThan(0);
    if (standing === 'ahead') expect(bar.pct).toBeGreaterThan(0);
  }
});

test('the profile puts our value as a share of the benchmark’s, 100 meaning level', async () => {
  const gaps = await sunanGaps();
  const points = profilePoints(gaps.items, 'zh-CN');
  const gdp = gaps.items.find((i) => i.indicator.id === 'gdp')?.cards[0];
  const point = points.find((p) => p.name === '地区生产总值');
  expect(gdp && point).toBeTruthy();
  if (gdp && point) expect(point.ours).toBeCloseTo((gdp.ours.value / gdp.theirs.value) * 100, 0);
});
