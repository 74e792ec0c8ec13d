/**
 * English: on every page the header button switches the whole interface (headings, navigation, the
 * period, the document language) and back. Screenshots of each page in both languages.
 */
import { expect, test } from 'vitest';
import { openApp } from './page-guard';

const PAGES = [
  { name: 'overview', path: '/', zh: '总览：2020年6月', en: 'Overview: June 2020' },
  { name: 'indicators', path: '/indicators', zh: '指标一览', en: 'Indicators' },
  {
    name: 'detail',
    path: '/indicators/foreign-trade?period=2020-06',
    zh: '外贸进出口总额',
    en: 'Foreign trade (imports and exports)',
  },
  {
    name: 'benchmarks',
    path: '/benchmarks',
    zh: '对标找差：苏南标杆镇',
    en: 'Benchmark gaps: Southern Jiangsu benchmark towns',
  },
  { name: 'projects', path: '/projects', zh: '项目台账', en: 'Project ledger' },
  { name: 'actions', path: '/actions', zh: '行动 · 截至 2020年6月30日', en: 'Actions · as of 30 Jun 2020' },
  { name: 'import', path: '/import', zh: '数据导入', en: 'Import data' },
  { name: 'settings', path: '/settings', zh: '设置', en: 'Settings' },
  { name: 'not-found', path: '/no-such-page', zh: '404', en: '404' },
] as const;

test('English: each page switches language with the header button, and back', async () => {
  const app = await openApp();
  const { page } = app;
  for (const p of PAGES) {
    await app.goto(p.path);
    const h1 = page.getByRole('heading', { level: 1 });
    await expect.poll(() => h1.textContent()).toBe(p.zh);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '总览' }).waitFor();
    await app.screenshot(`english-${p.name}-zh-CN`);

    await app.switchLocale('en');
    await expect.poll(() => h1.textContent()).toBe(p.en);
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Overview',
      'Indicators',
      'Benchmarks',
      'Projects',
      'Actions',
      'Responsibility',
      'Import',
      'Settings',
    ]);
    expect(
      await page
        .locator('header')
        .getByLabel('Period', { exact: true })
        .evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent),
    ).toBe('June 2020');
    expect(await page.title()).toBe('Baipu Development Targets');
    // No Chinese interface text is left behind (data such as unit names and sources may stay Chinese).
    const header = (await page.locator('header').textContent()) ?? '';
    expect(header).not.toMatch(/总览|指标|设置|统计期/);
    await app.screenshot(`english-${p.name}-en`);

    await app.switchLocale('zh-CN');
    await expect.poll(() => h1.textContent()).toBe(p.zh);
  }
  app.expectClean();
});
