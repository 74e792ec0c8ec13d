/**
 * The leader in a 对标找差 meeting: opens the Benchmarks page from a headline card, chooses a set,
 * reads a gap card's four answers, writes a cause and a measure, and finds both again after a reload.
 */
import type { Locator } from 'playwright-core';
import { expect, test } from 'vitest';
import { openApp } from './page-guard';

async function addNote(card: Locator, kind: '原因（为何差）' | '措施（怎么赶）', text: string, author: string) {
  const form = card.locator('details.gap-note-form');
  if ((await form.getAttribute('open')) === null) await form.locator('summary').click();
  await form.getByLabel('类型').selectOption({ label: kind });
  await form.getByLabel('内容').fill(text);
  await form.getByLabel('记录人').fill(author);
  await form.getByRole('button', { name: '保存' }).click();
  await form.getByRole('status').filter({ hasText: '已保存' }).waitFor();
}

test('leader: chooses a benchmark set, reads a gap card, records a cause and a measure that survive a reload', async () => {
  const app = await openApp();
  const { page } = app;
  await app.goto('/');

  // From the Overview's nav to the 对标 page, then another set and back, as a chair would.
  await page.getByRole('navigation').getByRole('link', { name: '对标' }).click();
  await page.getByRole('heading', { level: 1, name: '对标找差：苏南标杆镇' }).waitFor();
  await page.getByLabel('标杆组').selectOption({ label: '如皋镇区对标' });
  await page.getByRole('heading', { level: 1, name: '对标找差：如皋镇区对标' }).waitFor();
  await page.getByLabel('标杆组').selectOption({ label: '苏南标杆镇' });
  await page.getByRole('heading', { level: 1, name: '对标找差：苏南标杆镇' }).waitFor();
  await page.locator('.recharts-bar-rectangle').first().waitFor({ state: 'attached' });
  await app.screenshot('benchmarks-1-set-zh-CN');

  // The revenue card: numbers with their years and sources, 示例 for our sample figure.
  const card = page.getByRole('article', { name: '一般公共预算收入' });
  const size = card.getByRole('region', { name: '差距多大' });
  expect(await size.textContent()).toMatch(/昆山周庄镇：我镇 [\d.]+亿元/);
  expect(await size.textContent()).toContain('示例');
  expect(await size.textContent()).toMatch(/2016/);
  expect(await card.getByRole('region', { name: '怎么赶' }).textContent()).toMatch(/年追平需年均增长/);

  await addNote(card, '原因（为何差）', '税源企业少，亿元以上项目投产晚', '经发局 王主任');
  await addNote(card, '措施（怎么赶）', '加快两园项目投产，培育规上企业', '经发局 王主任');

  await app.reload();
  const again = page.getByRole('article', { name: '一般公共预算收入' });
  await again.getByRole('region', { name: '为何差' }).getByText('税源企业少，亿元以上项目投产晚').waitFor();
  await again.getByRole('region', { name: '怎么赶' }).getByText('加快两园项目投产，培育规上企业').waitFor();
  await app.screenshot('benchmarks-2-notes-after-reload-zh-CN');
  await app.switchLocale('en');
  await page.getByRole('heading', { level: 1, name: /^Benchmark gaps: / }).waitFor();
  await app.screenshot('benchmarks-3-en');
  app.expectClean();
});
