/**
 * The analyst: opens an indicator from the table, sees the chart actually drawn (recharts lines with
 * path data, not an empty SVG) and reads the twelve months from the chart's text alternative, which
 * must agree with the data the page was given.
 */
import { expect, test } from 'vitest';
import { openChartText, readChartText } from './chart-text';
import { openApp } from './page-guard';

const INDICATOR = '新签约亿元项目';
const MONTHS = Array.from({ length: 12 }, (_, i) => `2020年${i + 1}月`);

test('analyst: the chart is drawn and its text alternative reads the 12 months', async () => {
  const app = await openApp();
  const { page } = app;
  await app.goto('/indicators');
  await page.getByRole('table').getByRole('link', { name: INDICATOR, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: INDICATOR }).waitFor();

  const chart = page.getByRole('figure', { name: `${INDICATOR}: 完成情况走势` });
  await chart.locator('.recharts-line path').first().waitFor({ state: 'attached' });
  // Three lines — target, 序时进度 pace, actual — each with drawn path data.
  await expect
    .poll(() =>
      chart.locator('.recharts-line path.recharts-curve').evaluateAll((ps) => ps.map((p) => p.getAttribute('d'))),
    )
    .toSatisfy((ds: (string | null)[]) => ds.length === 3 && ds.every((d) => /^M[\d.]+,[\d.]+[LC]/.test(d ?? '')));
  const box = await chart.locator('.recharts-wrapper > svg.recharts-surface').boundingBox();
  expect(box?.width).toBeGreaterThan(300);
  expect(box?.height).toBeGreaterThan(200);
  await app.screenshot('analyst-1-chart-zh-CN');

  const details = await openChartText(page);
  const rows = await readChartText(details);
  expect(rows.map((r) => r.month)).toEqual(MONTHS);
  expect(await details.locator('thead th').allTextContents()).toEqual(['月份', '实际完成', '序时进度', '年度目标']);

  // The months agree with the API's data for this indicator: the effective value per month, else "—".
  const id = new URL(page.url()).pathname.split('/').at(-1) ?? '';
  const expected = await page.evaluate(async (indicatorId) => {
    const body = (await (await window.demoApi!.fetch(`/api/indicators/${indicatorId}?period=2020-06`)).json()) as {
      observations: { period: string; value: number; stage: string; recordedAt: string }[];
    };
    const byMonth: Record<string, number> = {};
    // Audited beats reported; among equals the later record wins (the domain's rule).
    const ordered = [...body.observations].sort(
      (a, b) => (a.stage === b.stage ? 0 : a.stage === 'audited' ? 1 : -1) || a.recordedAt.localeCompare(b.recordedAt),
    );
    for (const o of ordered) if (/^2020-\d\d$/.test(o.period)) byMonth[o.period] = o.value;
    return byMonth;
  }, id);
  const actual = rows.map((r) => r.cells[0]);
  const wanted = MONTHS.map((_, i) => {
    const v = expected[`2020-${String(i + 1).padStart(2, '0')}`];
    return v === undefined ? '—' : `${v}个`;
  });
  expect(actual).toEqual(wanted);
  // The seed's 2020 months are samples, and say so.
  expect(rows.filter((r) => r.cells[0] !== '—').every((r) => r.sample)).toBe(true);
  // Every month has a target, and the pace line reaches the target in December.
  expect(rows.every((r) => r.cells[2] === '12个')).toBe(true);
  expect(rows.at(-1)?.cells[1]).toBe('12个');
  await app.screenshot('analyst-2-chart-text-zh-CN');

  await app.switchLocale('en');
  const enDetails = await openChartText(page, 'Chart data (text version)');
  expect((await readChartText(enDetails)).map((r) => r.month)).toEqual(
    [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ].map((m) => `${m} 2020`),
  );
  await app.screenshot('analyst-3-chart-text-en');
  app.expectClean();
});
