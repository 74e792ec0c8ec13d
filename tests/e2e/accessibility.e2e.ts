/**
 * axe-core (WCAG 2.0/2.1, A and AA) on every route and on the states that add content: the filtered
 * table, the chart's text alternative open, the form showing its errors, a 404 — in Chinese and in
 * English. The goal is zero violations: a finding is fixed in the app, never waived here.
 */
import { describe, expect, test } from 'vitest';
import { runAxe } from './axe';
import { openApp, type AppSession, type Locale } from './page-guard';

interface State {
  readonly name: string;
  readonly path: string;
  /** Brings the page into the state to check, once it has rendered. */
  readonly prepare: (app: AppSession, locale: Locale) => Promise<void>;
}

const STATES: readonly State[] = [
  {
    name: 'overview',
    path: '/',
    prepare: async ({ page }) => {
      await page.locator('#counts-heading').waitFor();
    },
  },
  {
    name: 'indicators-filtered',
    path: '/indicators?period=2020-05&category=wen&status=green&sort=completion&dir=desc',
    prepare: async ({ page }) => {
      await page.locator('table tbody tr').first().waitFor();
    },
  },
  {
    name: 'detail-chart-text-open',
    path: '/indicators/signed-billion-projects?period=2020-06',
    prepare: async ({ page }, locale) => {
      await page.locator('.recharts-line path').first().waitFor({ state: 'attached' });
      await page
        .locator('summary', { hasText: locale === 'en' ? 'Chart data (text version)' : '图表数据（文字版）' })
        .click();
      await page.locator('details[open] table').waitFor();
    },
  },
  {
    name: 'detail-form-errors',
    path: '/indicators/signed-billion-projects?period=2020-06',
    prepare: async ({ page }, locale) => {
      const form = page.getByRole('region', { name: locale === 'en' ? 'Enter a value' : '填报数据' });
      await form.getByRole('button', { name: locale === 'en' ? 'Submit' : '提交' }).click();
      await form.getByRole('alert').waitFor();
      expect(await form.locator('[aria-invalid=true]').count()).toBe(2);
    },
  },
  {
    name: 'benchmarks-chart-text-open',
    path: '/benchmarks',
    prepare: async ({ page }, locale) => {
      await page.locator('.recharts-bar-rectangle').first().waitFor({ state: 'attached' });
      await page
        .locator('summary', { hasText: locale === 'en' ? 'Gap data (text version)' : '差距数据（文字版）' })
        .click();
      await page.locator('details[open] table').waitFor();
    },
  },
  {
    name: 'benchmarks-note-form-error',
    path: '/benchmarks?indicator=gdp',
    prepare: async ({ page }, locale) => {
      await page
        .locator('summary', { hasText: locale === 'en' ? 'Record a cause or a measure' : '记录原因或措施' })
        .click();
      await page.getByRole('button', { name: locale === 'en' ? 'Save' : '保存' }).click();
      await page.getByRole('alert').waitFor();
    },
  },
  {
    name: 'projects',
    path: '/projects?period=2020-06',
    prepare: async ({ page }) => {
      // The list's rows link to the projects (the charts' text tables are closed and have no links).
      await page.locator('table tbody tr a').first().waitFor();
    },
  },
  {
    name: 'project-detail',
    path: '/projects?period=2020-06&reachedIn=started',
    prepare: async ({ page }) => {
      await page.locator('table tbody tr a').first().click();
      await page.locator('form').first().waitFor();
    },
  },
  {
    name: 'actions-form-open',
    path: '/actions?period=2020-06&state=due-soon',
    prepare: async ({ page }, locale) => {
      await page.locator('figure.timeline').waitFor();
      await page
        .getByRole('button', { name: locale === 'en' ? /Mark done/ : /标记完成/ })
        .first()
        .click();
      await page.locator('form.milestone-form').waitFor();
    },
  },
  {
    name: 'responsibility',
    path: '/responsibility?period=2020-06&unit=规划建设局',
    prepare: async ({ page }) => {
      await page
        .locator('h1')
        .filter({ hasText: /规划建设局/ })
        .waitFor();
      await page.locator('main li').first().waitFor();
    },
  },
  {
    name: 'settings',
    path: '/settings',
    prepare: async () => {},
  },
  {
    name: 'not-found',
    path: '/no-such-page',
    prepare: async ({ page }) => {
      await page.getByRole('heading', { level: 1, name: '404' }).waitFor();
    },
  },
];

describe.each(['zh-CN', 'en'] as const)('axe, WCAG 2.1 A/AA, %s', (locale) => {
  test.each(STATES)('$name has no violations', async (state) => {
    const app = await openApp();
    await app.goto(state.path);
    if (locale === 'en') await app.switchLocale('en');
    await state.prepare(app, locale);
    const violations = await runAxe(app.page, `${state.name}-${locale}`);
    // One readable line per violation, so the failure names the rule and the elements.
    const lines = violations.map(
      (v) => `${v.rule} (${v.impact ?? 'unknown'}): ${v.help} — ${v.nodes.map((n) => n.target).join(' | ')}`,
    );
    expect(lines, `axe violations on ${state.name} (${locale}); details in tests/artifacts/axe/`).toEqual([]);
    app.expectClean();
  });
});

test('axe runs under the production CSP without tripping it', async () => {
  const app = await openApp();
  await app.goto('/');
  await runAxe(app.page, 'csp-probe');
  expect(await app.page.evaluate(() => typeof (window as unknown as { axe?: { run?: unknown } }).axe?.run)).toBe(
    'function',
  );
  // The guard records any securitypolicyviolation; none may have fired.
  app.expectClean();
});
