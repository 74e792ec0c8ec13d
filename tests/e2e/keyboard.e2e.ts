/**
 * Keyboard only: Tab from the top reaches the skip link, the navigation, the period and the language
 * button; Enter follows a link; the observation form is filled and submitted without a mouse; every
 * focused element shows a visible outline; and Tab never gets stuck (200 presses cycle the page).
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { openApp } from './page-guard';

interface Focused {
  readonly tag: string;
  /** The element's name as a user would read it: aria-label, its label, or its text. */
  readonly name: string;
  readonly id: string;
  /** Computed outline width in px (0 when the outline style is none). */
  readonly outline: number;
}

/** The focused element, or null when focus is on the document itself. */
async function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return null;
    const style = getComputedStyle(el);
    const labels = (el as HTMLInputElement).labels;
    const labelledBy = el.getAttribute('aria-labelledby');
    const name =
      el.getAttribute('aria-label') ??
      (labelledBy ? document.getElementById(labelledBy)?.textContent : undefined) ??
      labels?.[0]?.textContent ??
      el.textContent ??
      '';
    return {
      tag: el.tagName.toLowerCase(),
      name: name.replace(/\s+/g, ' ').trim().slice(0, 60),
      id: el.id,
      outline: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth),
    };
  });
}

/**
 * Tab presses that check, at every stop, that the focus can be seen. Stops without a visible outline
 * are collected rather than thrown at once, so a journey still runs to its end and the test then
 * lists every such stop.
 */
function keyboard(page: Page) {
  const invisible: string[] = [];
  const tab = async (key = 'Tab'): Promise<Focused | null> => {
    await page.keyboard.press(key);
    const f = await focused(page);
    if (f && f.outline <= 0) invisible.push(`${f.tag} "${f.name}" (${key} on ${new URL(page.url()).pathname})`);
    return f;
  };
  return {
    tab,
    /** Tabs until `match` has focus (at most `limit` presses). */
    async tabTo(match: (f: Focused) => boolean, limit = 80): Promise<Focused> {
      for (let i = 0; i < limit; i++) {
        const f = await tab();
        if (f && match(f)) return f;
      }
      throw new Error(`Tab did not reach the element within ${limit} presses`);
    },
    /** Every focus stop so far showed an outline (WCAG 2.4.7). */
    expectFocusAlwaysVisible(): void {
      expect(invisible, 'focus stops without a visible outline').toEqual([]);
    },
  };
}

test('keyboard: from the top, Tab reaches the skip link, navigation, period and language; Enter follows a link', async () => {
  const app = await openApp();
  const { page } = app;
  await app.goto('/');
  await page.locator('#counts-heading').waitFor();
  const { tab, tabTo, expectFocusAlwaysVisible } = keyboard(page);

  const stops: (Focused | null)[] = [];
  for (let i = 0; i < 11; i++) stops.push(await tab());
  expect(stops.map((s) => s && `${s.tag}:${s.name}`)).toEqual([
    'a:跳到主要内容',
    'a:总览',
    'a:指标',
    'a:对标',
    'a:项目',
    'a:行动',
    'a:责任',
    'a:导入',
    'a:设置',
    'select:统计期',
    'button:English',
  ]);
  await app.screenshot('keyboard-1-focus-language-zh-CN');

  // Back to 指标 and follow it with Enter.
  for (let i = 0; i < 8; i++) await tab('Shift+Tab');
  expect((await focused(page))?.name).toBe('指标');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: '指标一览' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/indicators');

  // The skip link moves focus past the header to the main content.
  await app.goto('/settings');
  expect((await tab())?.name).toBe('跳到主要内容');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  expect((await tab())?.name).toBe('黄灯界限（个百分点）');

  // The period select changes with the arrow keys alone.
  await app.goto('/');
  await tabTo((f) => f.name === '统计期');
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => new URL(page.url()).searchParams.get('period')).toBe('2020-05');
  await page.getByRole('heading', { level: 1, name: '总览：2020年5月' }).waitFor();
  expectFocusAlwaysVisible();
  app.expectClean();
});

test('keyboard: the observation form is filled and submitted, and the chart text opened, without a mouse', async () => {
  const app = await openApp();
  const { page } = app;
  await app.goto('/indicators/signed-billion-projects?period=2020-06');
  await page.locator('.recharts-line path').first().waitFor({ state: 'attached' });
  const { tab, tabTo, expectFocusAlwaysVisible } = keyboard(page);

  // The chart's text alternative is a details element: Enter on its summary opens and closes it.
  // (Escape does not close a native details element, and nothing here promises it: not tested.)
  await tabTo((f) => f.tag === 'summary');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('details.chart-alt').getAttribute('open')).toBe('');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('details.chart-alt').getAttribute('open')).toBeNull();

  // Submitting the empty form shows errors; then fill it by keyboard and submit with Enter.
  await tabTo((f) => f.name === '提交');
  await page.keyboard.press('Enter');
  await page.getByRole('region', { name: '填报数据' }).getByRole('alert').waitFor();
  for (let i = 0; i < 20 && (await focused(page))?.name !== '填报期间'; i++) await tab('Shift+Tab');
  expect((await focused(page))?.name).toBe('填报期间');
  await tab();
  expect((await focused(page))?.name).toMatch(/^数值/);
  await page.keyboard.type('１２'); // full-width digits, as a Chinese keyboard types them
  await tab();
  expect((await focused(page))?.name).toBe('填报/审核');
  await page.keyboard.press('ArrowDown'); // 填报值 → 审核值
  await tabTo((f) => f.name === '来源', 10);
  await page.keyboard.type('键盘填报（端到端测试）');
  await page.keyboard.press('Enter');
  const form = page.getByRole('region', { name: '填报数据' });
  await expect.poll(() => form.getByRole('status').textContent()).toBe('已保存：2020年6月 12个');
  const row = page.getByRole('group', { name: '数据记录' }).getByRole('row').filter({ hasText: '键盘填报' });
  await expect.poll(() => row.textContent()).toContain('审核值');
  await app.screenshot('keyboard-2-form-submitted-zh-CN');
  expectFocusAlwaysVisible();
  app.expectClean();
});

test('keyboard: no trap — 200 Tabs cycle through the indicator page and back to the start', async () => {
  const app = await openApp();
  const { page } = app;
  await app.goto('/indicators/signed-billion-projects?period=2020-06');
  await page.locator('.recharts-line path').first().waitFor({ state: 'attached' });

  const { tab, expectFocusAlwaysVisible } = keyboard(page);
  const seen: string[] = [];
  for (let i = 0; i < 200; i++) {
    const f = await tab();
    seen.push(f ? `${f.tag}:${f.name}` : '(document)');
  }
  const first = seen.indexOf('a:跳到主要内容');
  const again = seen.indexOf('a:跳到主要内容', first + 1);
  expect(first).toBe(0);
  expect(again, 'Tab comes back round to the skip link').toBeGreaterThan(first);
  // One full round visits the header, the chart text, the observations table and every form field.
  const round = seen.slice(first, again);
  for (const stop of [
    'a:总览',
    'button:English',
    'summary:图表数据（文字版）',
    'div:数据记录',
    'select:填报期间',
    'input:来源',
    'button:提交',
  ]) {
    expect(round, `one Tab round includes ${stop}`).toContain(stop);
  }
  // The next round repeats the first: nothing traps or reorders focus.
  expect(seen.slice(again, again + round.length)).toEqual(round.slice(0, seen.length - again));
  expectFocusAlwaysVisible();
  app.expectClean();
});
