import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { givenIndicatorsFail, givenManyIndicators, givenNoIndicators } from '../../../mocks/scenarios';
import { renderApp } from '../../../tests/render-app';

const bodyRows = () => {
  const [, body] = screen.getAllByRole('rowgroup');
  return body ? within(body).getAllByRole('row') : [];
};

test('lists every indicator of the report with target, actual and status', async () => {
  renderApp('/indicators');
  expect(await screen.findByRole('link', { name: '新开工亿元项目' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: '外贸进出口总额' })).toBeInTheDocument();
  expect(bodyRows().length).toBeGreaterThan(30);
  expect(screen.getByRole('status')).toHaveTextContent(/显示 (\d+) \/ \1 项/);
});

test('a status filter changes the URL and the rows', async () => {
  const { user, history } = renderApp('/indicators');
  await screen.findByRole('link', { name: '新开工亿元项目' });
  const all = bodyRows().length;
  await user.selectOptions(screen.getByLabelText('状态'), 'red');
  await waitFor(() => expect(history.location.search).toContain('status=red'));
  await waitFor(() => expect(bodyRows().length).toBeLessThan(all));
  for (const row of bodyRows()) expect(row).toHaveTextContent('红灯');
});

test('the search box filters by name after a pause and keeps the words in the URL', async () => {
  const { user, history } = renderApp('/indicators');
  await screen.findByRole('link', { name: '新开工亿元项目' });
  await user.type(screen.getByRole('searchbox', { name: '搜索指标' }), '外贸');
  await waitFor(() => expect(history.location.search).toContain('q='));
  await waitFor(() => expect(bodyRows().every((r) => r.textContent?.includes('外贸'))).toBe(true));
});

test('a link with filters opens the same view', async () => {
  renderApp('/indicators?period=2020-06&category=shares');
  await waitFor(() => expect(bodyRows()).toHaveLength(4));
  expect(screen.getByLabelText('类别')).toHaveValue('shares');
});

test('sorting by name marks the column and reorders the rows', async () => {
  const { user, history } = renderApp('/indicators');
  await screen.findByRole('link', { name: '新开工亿元项目' });
  await user.click(screen.getByRole('button', { name: '按指标排序' }));
  await waitFor(() => expect(history.location.search).toContain('sort=name'));
  const header = screen.getByRole('columnheader', { name: /指标/ });
  expect(header).toHaveAttribute('aria-sort', 'ascending');
  const names = bodyRows().map((r) => within(r).getByRole('link').textContent ?? '');
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'zh-CN')));
});

test('no match shows an empty state, not an empty table', async () => {
  const { user } = renderApp('/indicators');
  await screen.findByRole('link', { name: '新开工亿元项目' });
  await user.type(screen.getByRole('searchbox', { name: '搜索指标' }), '不存在的指标名');
  expect(await screen.findByText('没有符合条件的指标')).toBeInTheDocument();
  expect(screen.queryByRole('table')).not.toBeInTheDocument();
});

test('an invalid filter in a hand-edited URL is ignored', async () => {
  renderApp('/indicators?status=purple&period=2020-13');
  expect(await screen.findByRole('link', { name: '新开工亿元项目' })).toBeInTheDocument();
  expect(screen.getByLabelText('状态')).toHaveValue('');
  expect(screen.getByLabelText('统计期')).toHaveValue('2020-06');
});

test('an API failure shows the message and a retry button', async () => {
  givenIndicatorsFail();
  renderApp('/indicators');
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('服务暂时不可用');
  expect(within(alert).getByRole('button', { name: '重试' })).toBeInTheDocument();
});

test('an empty township shows the empty state', async () => {
  givenNoIndicators();
  renderApp('/indicators');
  expect(await screen.findByText('没有符合条件的指标')).toBeInTheDocument();
});

test('reads in English after the switch', async () => {
  const { user } = renderApp('/indicators');
  await screen.findByRole('link', { name: '新开工亿元项目' });
  await user.click(screen.getByRole('button', { name: 'English' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Indicators' })).toBeInTheDocument();
  expect(screen.getByLabelText('Status')).toBeInTheDocument();
});

test('with 1,000 indicators only the rows near the viewport are drawn, and the table says how many there are', async () => {
  await givenManyIndicators(1000);
  renderApp('/indicators?sort=name');
  const table = await screen.findByRole('table', { name: '指标一览' });
  expect(table).toHaveAttribute('aria-rowcount', '1001');
  const drawn = bodyRows();
  expect(drawn.length).toBeGreaterThan(10);
  expect(drawn.length).toBeLessThan(100);
  expect(drawn[0]).toHaveAttribute('aria-rowindex', '2');
  expect(screen.getByRole('status')).toHaveTextContent('显示 1000 / 1000 项');
});

test('every result of the report is in the table as a sourced baseline', async () => {
  renderApp('/indicators?sort=name');
  await screen.findByRole('link', { name: '新开工亿元项目' });
  const rowOf = (name: string) => screen.getByRole('link', { name }).closest('tr') as HTMLElement;
  expect(rowOf('新开工亿元项目')).toHaveTextContent('7个 (2019)');
  expect(rowOf('竣工验收亿元项目')).toHaveTextContent('14个 (2019)');
  expect(rowOf('外贸进出口总额')).toHaveTextContent('5.62亿元 (2019)');
  expect(within(rowOf('外贸进出口总额')).getAllByText('示例')).toHaveLength(2);
});
