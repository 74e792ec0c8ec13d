import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { givenNoIndicators, givenSummaryFailsOnce } from '../../../mocks/scenarios';
import { renderApp } from '../../../tests/render-app';

test('shows the report figures 7 / 14 / 10 projects and 5.62亿元 trade with their source', async () => {
  renderApp('/');
  const report = await screen.findByRole('region', { name: '2019年成果（据报告）' });
  const facts = within(report);
  expect(facts.getByText('7个')).toBeInTheDocument();
  expect(facts.getByText('14个')).toBeInTheDocument();
  expect(facts.getByText('10个')).toBeInTheDocument();
  expect(facts.getByText('5.62亿元')).toBeInTheDocument();
  expect(facts.getByText(/南通百姓网/)).toBeInTheDocument();
  expect(facts.getByText(/新开工建设亿元项目7个/)).toBeInTheDocument();
});

test('opens on June 2020 in Chinese with the status counts', async () => {
  renderApp('/');
  expect(await screen.findByRole('heading', { level: 1, name: '总览：2020年6月' })).toBeInTheDocument();
  const counts = await screen.findByRole('region', { name: /亮灯情况/ });
  const links = within(counts).getAllByRole('link');
  expect(links).toHaveLength(5);
  expect(links[0]).toHaveAccessibleName(/^红灯 ?\d+ ?严重滞后$/);
});

test('lists the lagging indicators worst first, each with its reason in words', async () => {
  renderApp('/?period=2020-06');
  const behind = await screen.findByRole('region', { name: '落后序时进度的指标' });
  const items = within(behind).getAllByRole('listitem');
  expect(items.length).toBeGreaterThan(1);
  const lights = items.map((li) => (li.textContent?.includes('红灯') ? 0 : 1));
  expect(lights).toEqual([...lights].sort());
  expect(items[0]).toHaveTextContent(/(落后序时进度 [\d.]+ 个百分点|低于目标 [\d.]+ 个百分点|落后目标名次 \d+ 位)/);
});

test('marks sample values with 示例 on the headline cards', async () => {
  renderApp('/');
  const headline = await screen.findByRole('region', { name: '重点指标' });
  expect(within(headline).getAllByText('示例').length).toBeGreaterThan(0);
});

test('switches to English', async () => {
  const { user } = renderApp('/');
  await screen.findByRole('heading', { level: 1, name: '总览：2020年6月' });
  await user.click(screen.getByRole('button', { name: 'English' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Overview: June 2020' })).toBeInTheDocument();
  expect(screen.getByRole('region', { name: '2019 results (from the report)' })).toHaveTextContent('CN¥562M');
  expect(document.documentElement.lang).toBe('en');
});

test('changing the period in the header changes the URL and the view', async () => {
  const { user, history } = renderApp('/');
  await screen.findByRole('option', { name: '2020年3月' });
  await user.selectOptions(screen.getByLabelText('统计期'), '2020-03');
  expect(await screen.findByRole('heading', { level: 1, name: '总览：2020年3月' })).toBeInTheDocument();
  expect(history.location.search).toContain('period=2020-03');
});

test('an API failure shows a clear message and a retry that recovers', async () => {
  givenSummaryFailsOnce();
  const { user } = renderApp('/');
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('数据加载失败：服务暂时不可用');
  await user.click(within(alert).getByRole('button', { name: '重试' }));
  expect(await screen.findByRole('region', { name: '2019年成果（据报告）' })).toBeInTheDocument();
});

test('with no indicators at all the Overview still renders, with zero counts', async () => {
  givenNoIndicators();
  renderApp('/');
  expect(await screen.findByText('共 0 项指标')).toBeInTheDocument();
  expect(screen.getByText('本期没有落后序时进度的指标。')).toBeInTheDocument();
});

test('beside each ledger figure the ledger’s own count agrees, and its link opens those projects', async () => {
  const { user, history } = renderApp('/');
  const report = within(await screen.findByRole('region', { name: '2019年成果（据报告）' }));
  expect(report.getByText('项目台账：7个，与报告一致')).toBeInTheDocument();
  expect(report.getByText('项目台账：14个，与报告一致')).toBeInTheDocument();
  expect(report.getByText('项目台账：10个，与报告一致')).toBeInTheDocument();
  const href = (name: string) => decodeURIComponent(report.getByRole('link', { name }).getAttribute('href') ?? '');
  expect(href('查看这14个项目')).toMatch(/^\/projects\?period=2019&reachedIn=completed$/);
  expect(href('查看这10个项目')).toMatch(/^\/projects\?period=2019&reachedIn=converted$/);

  await user.click(report.getByRole('link', { name: '查看这7个项目' }));
  expect(await screen.findByText('2019年新开工的亿元项目：7个')).toBeInTheDocument();
  expect(decodeURIComponent(history.location.search)).toMatch(/^\?period=2019&reachedIn=started$/);
  const rows = within(screen.getByRole('table', { name: '项目清单' })).getAllByRole('row');
  expect(rows).toHaveLength(1 + 7);
});
