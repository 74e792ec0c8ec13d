/**
 * Stored XSS: over a hundred payloads go in as an observation's 来源 and 备注 — most through the API
 * (fetch from the page, through the in-browser API as the app itself calls it), a few through the
 * form — and every page that could show them is visited. Nothing may run (no window.__xss, no
 * dialog, no element created from the text), and each payload must be shown as the very text entered.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { openApp } from './page-guard';
import { XSS_PAYLOADS } from './xss-payloads';

const ID = 'signed-billion-projects';
const NAME = '新签约亿元项目';
const THROUGH_FORM = XSS_PAYLOADS.slice(0, 5);

/** Whether any payload has run: the flag they set, checked after a pause for timers and autofocus. */
async function xssRan(page: Page): Promise<unknown> {
  await page.waitForTimeout(300);
  return page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);
}

/** The 来源 and 备注 cells of the observations table, as text. */
async function observationTexts(page: Page): Promise<{ sources: string[]; notes: string[] }> {
  const rows = page.getByRole('group', { name: /^(数据记录|Observations)$/ }).locator('tbody tr');
  const cells = await rows.evaluateAll((trs) =>
    trs.map((tr) => [tr.children[4]?.textContent ?? '', tr.children[5]?.textContent ?? '']),
  );
  return { sources: cells.map((c) => c[0] ?? ''), notes: cells.map((c) => c[1] ?? '') };
}

test(`XSS: ${XSS_PAYLOADS.length} payloads as 来源 and 备注 are shown as text and never run`, async () => {
  expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(100);
  expect(XSS_PAYLOADS.every((p) => p.length <= 200)).toBe(true);
  const app = await openApp();
  const { page } = app;
  await app.goto(`/indicators/${ID}?period=2020-07`);
  await page.getByRole('heading', { level: 1, name: NAME }).waitFor();

  // Through the API, as the app's own client sends it.
  const statuses = await page.evaluate(
    async ({ id, payloads }) => {
      const out: number[] = [];
      for (const payload of payloads) {
        const response = await window.demoApi!.fetch(`/api/indicators/${id}/observations?period=2020-07`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify({
            period: '2020-07',
            value: 8,
            stage: 'reported',
            asOf: '2020-07-31',
            source: payload,
            note: payload,
          }),
        });
        // Read the body: a response left unread stays open and is aborted at the next navigation.
        await response.text();
        out.push(response.status);
      }
      return out;
    },
    { id: ID, payloads: XSS_PAYLOADS.slice(THROUGH_FORM.length) },
  );
  expect(new Set(statuses)).toEqual(new Set([201]));

  // A few through the form, as a user types them.
  const form = page.getByRole('region', { name: '填报数据' });
  for (const payload of THROUGH_FORM) {
    await form.getByLabel('填报期间').selectOption('2020-07');
    await form.getByLabel(/^数值/).fill('8');
    await form.getByLabel('来源').fill(payload);
    await form.getByLabel('备注').fill(payload);
    await form.getByRole('button', { name: '提交' }).click();
    // The saved message stays from the previous entry: wait for this entry's row instead.
    await expect.poll(async () => (await observationTexts(page)).sources).toContain(payload);
    expect(await form.getByRole('status').textContent()).toBe('已保存：2020年7月 8个');
  }
  expect(await xssRan(page)).toBeUndefined();

  // Every page that shows observations (or could): the detail page after a reload, in both
  // languages, then the Overview and the Indicators table.
  for (const locale of ['zh-CN', 'en'] as const) {
    await app.goto(`/indicators/${ID}?period=2020-07`);
    if (locale === 'en') await app.switchLocale('en');
    await expect.poll(async () => (await observationTexts(page)).sources.length).toBeGreaterThan(XSS_PAYLOADS.length);
    const { sources, notes } = await observationTexts(page);
    for (const payload of XSS_PAYLOADS) {
      expect(sources, `来源 shown as text: ${payload}`).toContain(payload);
      expect(notes, `备注 shown as text: ${payload}`).toContain(payload);
    }
    // No element was made from the text: the table holds only what the app renders.
    const table = page.getByRole('group', { name: /^(数据记录|Observations)$/ });
    expect(
      await table.locator('script, img, svg, iframe, object, embed, a, form, input, math, style, body').count(),
    ).toBe(0);
    expect(await xssRan(page)).toBeUndefined();
    await app.screenshot(`xss-detail-observations-${locale}`);
  }
  await app.switchLocale('zh-CN');

  await app.goto('/?period=2020-07');
  await page.locator('#counts-heading').waitFor();
  expect(await xssRan(page)).toBeUndefined();
  await app.goto('/indicators?period=2020-07');
  await page.locator('table tbody tr').first().waitFor();
  expect(await xssRan(page)).toBeUndefined();

  // The API keeps the text exactly as entered (escaping is the renderer's job, not the store's).
  const stored = await page.evaluate(async (id) => {
    const body = (await (await window.demoApi!.fetch(`/api/indicators/${id}?period=2020-07`)).json()) as {
      observations: { source: string; note?: string }[];
    };
    return body.observations.map((o) => o.source);
  }, ID);
  for (const payload of XSS_PAYLOADS) expect(stored).toContain(payload);
  app.expectClean();
});
