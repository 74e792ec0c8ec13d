/**
 * 目标项目化、项目任务化、任务节点化、节点责任化 in the browser: an official marks a milestone done with
 * its evidence on the 行动 page and sees the campaign's progress and the milestone indicator computed
 * from it move; the head of 规划建设局 sees what the unit owns, overdue first; a leader follows the
 * report's "7 projects started" from the Overview to the seven projects of the ledger.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { openChartText, readChartText } from './chart-text';
import { openApp } from './page-guard';

/** A road node the seed has in progress and due on 2020-07-10: 临期 at the end of June. */
const MILESTONE = '天祥路东延开工';
const INDICATOR_PATH = '/indicators/tianxiang-road-east?period=2020-06';
const EVIDENCE = '施工许可已取得，6月29日正式开工（端到端测试）';

/** The June value of the indicator's chart text (实际完成). */
async function juneValue(page: Page): Promise<string | undefined> {
  const details = await openChartText(page);
  return (await readChartText(details)).find((r) => r.month === '2020年6月')?.cells[0];
}

/** "按期完成 9/27（33.3%）" of a campaign section, as numbers. */
async function rollUp(page: Page, campaign: RegExp): Promise<{ done: number; total: number }> {
  const text = await page
    .getByRole('region', { name: campaign })
    .getByText(/^按期完成 \d+\/\d+/)
    .first()
    .textContent();
  const [, done, total] = /(\d+)\/(\d+)/.exec(text ?? '') ?? [];
  return { done: Number(done), total: Number(total) };
}

test('official: marks a 临期 milestone done with evidence; the campaign progress and the road indicator move', async () => {
  const app = await openApp();
  const { page } = app;

  // The road indicator is computed from its nodes: it says so and takes no entries.
  await app.goto(INDICATOR_PATH);
  await page.getByRole('heading', { level: 1, name: '天祥路东延' }).waitFor();
  await page.getByText('此指标由任务节点自动计算', { exact: false }).first().waitFor();
  expect(await page.getByRole('button', { name: '提交' }).count()).toBe(0);
  expect(await juneValue(page)).toBe('1项');
  await app.screenshot('actions-1-indicator-before-zh-CN');

  await app.goto('/actions?period=2020-06&campaign=chengzhen-year');
  await page.getByRole('heading', { level: 1, name: '行动 · 截至 2020年6月30日' }).waitFor();
  const town = /城镇建设提升年/;
  await page.getByRole('region', { name: town }).waitFor();
  const before = await rollUp(page, town);
  const item = page.getByRole('listitem', { name: MILESTONE });
  await expect.poll(() => item.textContent()).toContain('10 天后到期');
  await app.screenshot('actions-2-tree-before-zh-CN');

  await item.getByRole('button', { name: /标记完成/ }).click();
  const form = item.getByRole('form', { name: `标记完成：${MILESTONE}` });
  await form.getByLabel('完成日期').fill('2020-06-29');
  await form.getByLabel('进展说明 / 佐证').fill(EVIDENCE);
  await form.getByRole('button', { name: '保存' }).click();
  await expect.poll(() => item.getByRole('status').textContent()).toContain(`已标记完成：${MILESTONE}`);
  await expect.poll(() => item.textContent()).toContain('按期完成');
  expect(await item.textContent()).toContain(EVIDENCE);
  await expect.poll(() => rollUp(page, town)).toEqual({ done: before.done + 1, total: before.total });
  await app.screenshot('actions-3-tree-after-zh-CN');

  // The indicator counts the node now, and the value survives a reload (kept in this browser).
  await app.goto(INDICATOR_PATH);
  await page.getByRole('heading', { level: 1, name: '天祥路东延' }).waitFor();
  await expect.poll(() => juneValue(page)).toBe('2项');
  await app.reload();
  await page.getByRole('heading', { level: 1, name: '天祥路东延' }).waitFor();
  await expect.poll(() => juneValue(page)).toBe('2项');
  await app.screenshot('actions-4-indicator-after-zh-CN');
  app.expectClean();
});

test('department head: 规划建设局 sees everything it owns, the overdue 南环路开工 first', async () => {
  const app = await openApp();
  const { page } = app;
  await app.goto('/actions?period=2020-06');
  const road = page.getByRole('listitem', { name: '南环路开工' });
  await expect.poll(() => road.textContent()).toContain('已逾期');
  // The owner's name leads to the unit's own page.
  await road.getByRole('link', { name: '规划建设局' }).click();
  await page.getByRole('heading', { level: 1, name: /规划建设局/ }).waitFor();
  expect(decodeURIComponent(new URL(page.url()).search)).toContain('unit=规划建设局');
  const main = page.locator('main');
  await expect.poll(() => main.textContent()).toMatch(/逾期 \d+.*临期 \d+.*红灯 \d+.*黄灯 \d+/);
  // The first milestone listed is overdue, and 南环路开工 is among the overdue ones.
  const firstMilestone = main
    .getByRole('listitem')
    .filter({ hasText: /已逾期|按期完成|推进中|未开始/ })
    .first();
  await expect.poll(() => firstMilestone.textContent()).toContain('已逾期');
  expect(await main.textContent()).toContain('南环路开工');
  await app.screenshot('actions-5-responsibility-zh-CN');

  await app.switchLocale('en');
  await page.getByRole('heading', { level: 1, name: /规划建设局|Who catches up/ }).waitFor();
  await app.screenshot('actions-6-responsibility-en');
  app.expectClean();
});

test('leader: the report’s 7 projects started lead from the Overview to the seven projects of the ledger', async () => {
  const app = await openApp();
  const { page } = app;
  await app.goto('/');
  const report = page.getByRole('region', { name: '2019年成果（据报告）' });
  await expect.poll(() => report.textContent()).toContain('项目台账：7个，与报告一致');
  await report.getByRole('link', { name: '查看这7个项目' }).click();
  await page.getByText('2019年新开工的亿元项目：7个').waitFor();
  expect(new URL(page.url()).search).toBe('?period=2019&reachedIn=started');
  const rows = page.getByRole('table', { name: '项目清单' }).locator('tbody tr');
  await expect.poll(() => rows.count()).toBe(7);
  await app.screenshot('projects-1-ledger-2019-started-zh-CN');

  // One of them, with its four stages and history.
  await rows.first().getByRole('link').first().click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await expect.poll(() => page.locator('main').textContent()).toMatch(/签约.*开工.*竣工验收.*转化投产/);
  await app.screenshot('projects-2-detail-zh-CN');
  app.expectClean();
});
