import { screen, waitFor, within } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { renderApp } from '../../../tests/render-app';

vi.setConfig({ testTimeout: 20_000 });

test('asks for a unit when none is chosen, and the choice goes into the URL', async () => {
  const { user, history } = renderApp('/responsibility');
  expect(await screen.findByRole('heading', { level: 1, name: '谁来赶' }, { timeout: 5000 })).toBeInTheDocument();
  expect(screen.getByText(/请选择一个责任单位/)).toBeInTheDocument();
  const unit = screen.getByLabelText('责任单位');
  await waitFor(() => expect(within(unit).getByRole('option', { name: '规划建设局' })).toBeInTheDocument());
  await user.selectOptions(unit, '规划建设局');
  await waitFor(() => expect(decodeURIComponent(history.location.search)).toContain('unit=规划建设局'));
  expect(await screen.findByRole('heading', { level: 1, name: /^谁来赶：规划建设局/ })).toBeInTheDocument();
});

test('规划建设局: its overdue milestones first, longest overdue first, then its indicators', async () => {
  renderApp('/responsibility?unit=规划建设局');
  expect(
    await screen.findByRole(
      'heading',
      { level: 1, name: '谁来赶：规划建设局 · 截至 2020年6月30日' },
      { timeout: 5000 },
    ),
  ).toBeInTheDocument();
  const counts = await screen.findByRole('list', { name: '需要赶的' });
  expect(counts).toHaveTextContent(/逾期 2.*临期 \d+.*红灯 \d+.*黄灯 \d+/);

  const sections = screen.getAllByRole('region');
  expect(sections[0]).toHaveAccessibleName(/^已逾期的节点/);
  const overdue = within(sections[0]!).getAllByRole('listitem', { name: /./ });
  expect(overdue).toHaveLength(2);
  expect(overdue[0]).toHaveAccessibleName('南环路开工');
  expect(overdue[1]).toHaveAccessibleName('首批历史建筑立面修缮');
  expect(overdue[0]).toHaveTextContent('逾期 15 天');
  expect(overdue[1]).toHaveTextContent('逾期 5 天');

  const indicators = screen.getByRole('region', { name: /^负责的指标/ });
  const links = within(indicators).getAllByRole('link');
  expect(links.length).toBeGreaterThan(0);
  expect(links[0]).toHaveAttribute('href', expect.stringMatching(/^\/indicators\/[a-z0-9-]+\?period=2020-06/));
  expect(within(indicators).getAllByText(/红灯|黄灯|蓝灯|绿灯|灰灯/).length).toBeGreaterThan(0);
  expect(screen.getByRole('region', { name: /^负责的任务/ })).toHaveTextContent(/南环路建设/);
});

test('the owner on the 行动 page leads to the unit’s view, where a milestone can be marked in progress', async () => {
  const { user } = renderApp('/actions');
  const item = await screen.findByRole('listitem', { name: '南环路开工' }, { timeout: 5000 });
  await user.click(within(item).getByRole('link', { name: '规划建设局' }));
  expect(
    await screen.findByRole('heading', { level: 1, name: /^谁来赶：规划建设局/ }, { timeout: 5000 }),
  ).toBeInTheDocument();
  const open = await screen.findByRole('region', { name: /^其他未完成节点/ }, { timeout: 5000 });
  const li = within(open)
    .getAllByRole('listitem', { name: /./ })
    .find((item) => within(item).queryByRole('button', { name: /开始推进/ }))!;
  expect(li).toHaveTextContent('未开始');
  await user.click(within(li).getByRole('button', { name: /开始推进/ }));
  expect(within(li).getByLabelText('开始日期')).toHaveValue('2020-06-30');
  await user.click(within(li).getByRole('button', { name: '保存' }));
  await waitFor(() => expect(within(li).getByRole('status')).toHaveTextContent(/已开始推进/));
  await waitFor(() => expect(li).toHaveTextContent('推进中'));
  expect(within(li).queryByRole('button', { name: /开始推进/ })).not.toBeInTheDocument();
});

test('reads in English', async () => {
  const { user } = renderApp('/responsibility?unit=规划建设局');
  await screen.findByRole('heading', { level: 1, name: /^谁来赶：规划建设局 · 截至/ }, { timeout: 5000 });
  await user.click(screen.getByRole('button', { name: 'English' }));
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Who catches up: 规划建设局 · as of 30 Jun 2020' }),
  ).toBeInTheDocument();
  expect(screen.getByRole('region', { name: /^Overdue milestones/ })).toHaveTextContent('South Ring Road');
});
