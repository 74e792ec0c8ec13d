/**
 * The leader: sets up a view of the Indicators table (period, filters, sort), copies the link and
 * opens it in a fresh browser — no storage, no service worker, nothing shared — to find exactly the
 * same view: the same selected values and the same rows in the same order.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { openApp } from './page-guard';

interface View {
  readonly selects: Record<string, string>;
  readonly search: string;
  readonly sorted: (string | null)[];
  readonly rows: string[];
  readonly count: string;
}

const SELECTS = ['统计期', '类别', '状态', '责任单位', '专项活动'];

/** What the user sees of the view: each control's selected option, the sort, and the row names in order. */
async function readView(page: Page): Promise<View> {
  const selects: Record<string, string> = {};
  for (const label of SELECTS) {
    selects[label] = await page.getByLabel(label, { exact: true }).evaluate((el) => {
      const select = el as HTMLSelectElement;
      return select.selectedOptions[0]?.textContent ?? '';
    });
  }
  return {
    selects,
    search: await page.getByLabel('搜索指标').inputValue(),
    sorted: await page.locator('table thead th').evaluateAll((ths) => ths.map((th) => th.getAttribute('aria-sort'))),
    rows: (await page.locator('table tbody th[scope=row]').allTextContents()).map((t) => t.trim()),
    count: ((await page.getByRole('status').filter({ hasText: /^显示/ }).textContent()) ?? '').trim(),
  };
}

test('leader: a copied Indicators link opens the same view in a fresh browser', async () => {
  const app = await openApp();
  const { page } = app;
  await app.goto('/indicators');
  await page.locator('table tbody tr').first().waitFor();
  const allRows = await page.locator('table tbody tr').count();

  // The period in the header, then the filters, then a sort, each as a user picks them.
  await page.getByLabel('统计期', { exact: true }).selectOption({ label: '2020年5月' });
  await expect.poll(() => new URL(page.url()).searchParams.get('period')).toBe('2020-05');
  await page.getByLabel('状态', { exact: true }).selectOption({ label: '绿灯 · 序时推进' });
  await expect.poll(() => new URL(page.url()).searchParams.get('status')).toBe('green');
  await page.getByLabel('类别', { exact: true }).selectOption({ label: '稳：项目压舱' });
  await expect.poll(() => new URL(page.url()).searchParams.get('category')).toBe('wen');
  await page.getByRole('button', { name: '按完成率排序' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('completion');
  await page.getByRole('button', { name: '按完成率排序' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('dir')).toBe('desc');
  // Rows of the previous view stay while the next loads (keepPreviousData): wait for the filtered ones.
  await expect.poll(() => page.locator('table tbody tr').count()).toBeLessThan(allRows);
  await expect
    .poll(() => page.locator('table tbody tr td:nth-of-type(1)').allTextContents())
    .toSatisfy((categories: string[]) => categories.every((c) => c === '稳：项目压舱'));

  const view = await readView(page);
  expect(view.rows.length, 'the filters leave some rows to compare').toBeGreaterThan(1);
  expect(view.selects).toEqual({
    统计期: '2020年5月',
    类别: '稳：项目压舱',
    状态: '绿灯 · 序时推进',
    责任单位: '全部',
    专项活动: '全部',
  });
  expect(view.sorted).toContain('descending');
  // Every row is a green one, as the filter says.
  const statuses = await page.locator('table tbody tr .status-light').allTextContents();
  expect(statuses.every((s) => s.includes('绿灯'))).toBe(true);
  await app.screenshot('leader-1-indicators-filtered-zh-CN');
  const link = page.url();
  app.expectClean();

  const fresh = await openApp();
  await fresh.goto(link.replace(app.baseUrl, ''));
  await fresh.page.locator('table tbody tr').first().waitFor();
  await expect.poll(async () => (await readView(fresh.page)).rows).toEqual(view.rows);
  expect(await readView(fresh.page)).toEqual(view);
  await fresh.screenshot('leader-2-same-view-fresh-browser-zh-CN');

  await fresh.switchLocale('en');
  await fresh.page.getByRole('heading', { level: 1, name: 'Indicators' }).waitFor();
  expect(new URL(fresh.page.url()).search).toBe(new URL(link).search);
  await fresh.screenshot('leader-3-same-view-fresh-browser-en');
  fresh.expectClean();
});
