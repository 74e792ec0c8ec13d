import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { apiRequest, apiUrl } from '../../api/client';
import { indicatorDetailResponseSchema, indicatorListResponseSchema } from '../../domain/contract';
import { formatValue } from '../../domain/format';
import { renderApp } from '../../../tests/render-app';

/**
 * A lagging (red, else yellow) count or amount indicator at June 2020 that takes entries, found
 * through the API as a user would on the table. Derived indicators (computed from the ledger or the
 * milestones) take no entries.
 */
async function aLaggingIndicator() {
  const list = await apiRequest(apiUrl('/indicators', { period: '2020-06' }), indicatorListResponseSchema);
  const entered = list.items.filter(
    (i) => (i.indicator.kind === 'amount' || i.indicator.kind === 'count') && i.indicator.derived === undefined,
  );
  const item =
    entered.find((i) => i.evaluation.status === 'red') ?? entered.find((i) => i.evaluation.status === 'yellow');
  if (!item) throw new Error('the seed has no lagging amount or count indicator at 2020-06');
  return item;
}

async function observationCount(id: string) {
  const detail = await apiRequest(apiUrl(`/indicators/${id}`), indicatorDetailResponseSchema);
  return detail.observations.length;
}

test('shows the definition, owner, source, observations with 示例, and the chart text alternative', async () => {
  const { user } = renderApp('/indicators/foreign-trade?period=2020-06');
  expect(await screen.findByRole('heading', { level: 1, name: '外贸进出口总额' })).toBeInTheDocument();
  expect(screen.getByText('口径', { selector: 'dt' })).toBeInTheDocument();
  expect(screen.getByText(/南通百姓网/)).toBeInTheDocument();
  const observations = screen.getByRole('region', { name: '数据记录' });
  expect(within(observations).getAllByText('示例').length).toBeGreaterThan(0);
  // The 2019 result is the sourced, audited figure of the report, not a sample.
  const year2019 = within(observations).getByRole('row', { name: /^2019年 5\.62亿元 审核值/ });
  expect(year2019).not.toHaveTextContent('示例');
  await user.click(screen.getByText('图表数据（文字版）', { selector: 'summary' }));
  const alt = screen.getByRole('table', { name: '图表数据（文字版）' });
  expect(within(alt).getAllByRole('row')).toHaveLength(13);
});

test('adding this month’s value updates the status and the chart data', async () => {
  const { indicator, evaluation } = await aLaggingIndicator();
  const target = evaluation.target ?? 0;
  const { user } = renderApp(`/indicators/${indicator.id}?period=2020-06`);
  await screen.findByRole('heading', { level: 1, name: indicator.name.zh });
  const summary = () => screen.getByRole('region', { name: '当前状态' });
  expect(summary()).toHaveTextContent(evaluation.status === 'red' ? '红灯' : '黄灯');

  await user.selectOptions(screen.getByLabelText('填报期间'), '2020-06');
  await user.type(screen.getByLabelText(/^数值/), String(target));
  await user.selectOptions(screen.getByLabelText('填报/审核'), 'audited');
  await user.clear(screen.getByLabelText('截止日期'));
  await user.type(screen.getByLabelText('截止日期'), '2020-07-08');
  await user.type(screen.getByLabelText('来源'), '镇统计站月报');
  await user.click(screen.getByRole('button', { name: '提交' }));

  expect(await screen.findByText(/^已保存：2020年6月/)).toBeInTheDocument();
  await waitFor(() => expect(summary()).toHaveTextContent('绿灯'));
  await user.click(screen.getByText('图表数据（文字版）', { selector: 'summary' }));
  const june = within(screen.getByRole('table', { name: '图表数据（文字版）' })).getByRole('row', {
    name: /^2020年6月/,
  });
  expect(june).toHaveTextContent(formatValue(target, indicator.unit, 'zh-CN'));
  expect(within(screen.getByRole('region', { name: '数据记录' })).getByText('镇统计站月报')).toBeInTheDocument();
});

test('a wrong value is explained next to its field and nothing is saved', async () => {
  const { indicator } = await aLaggingIndicator();
  const before = await observationCount(indicator.id);
  const { user } = renderApp(`/indicators/${indicator.id}?period=2020-06`);
  await screen.findByRole('heading', { level: 1, name: indicator.name.zh });
  await user.type(screen.getByLabelText(/^数值/), 'abc');
  await user.click(screen.getByRole('button', { name: '提交' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('请修正标出的错误后再提交。');
  const value = screen.getByLabelText(/^数值/);
  expect(value).toHaveAttribute('aria-invalid', 'true');
  expect(value).toHaveAccessibleDescription('请输入数字');
  expect(screen.getByLabelText('来源')).toHaveAccessibleDescription('请填写数据来源');
  expect(await observationCount(indicator.id)).toBe(before);
});

test('a negative count is refused by the shared rule, in English after the switch', async () => {
  const { user } = renderApp('/indicators/reserve-projects?period=2020-06');
  await screen.findByRole('heading', { level: 1, name: '来年储备亿元项目' });
  await user.click(screen.getByRole('button', { name: 'English' }));
  // The English catalogue loads on the switch: wait for the English form, as a user would.
  await user.type(await screen.findByLabelText(/^Value/), '-1');
  await user.type(screen.getByLabelText('Source'), 'monthly report');
  await user.click(screen.getByRole('button', { name: 'Submit' }));
  expect(screen.getByLabelText(/^Value/)).toHaveAccessibleDescription('A count must be a whole number, 0 or more');
});

test('an unknown indicator says so', async () => {
  renderApp('/indicators/no-such-indicator');
  expect(await screen.findByRole('heading', { level: 1, name: '未找到该指标' })).toBeInTheDocument();
});

test('the chart shows the default benchmark set’s values as lines, also in its text alternative', async () => {
  const { user } = renderApp('/indicators/fiscal-revenue?period=2020-06');
  await screen.findByRole('heading', { level: 1, name: '一般公共预算收入' });
  await user.click(screen.getByText('图表数据（文字版）', { selector: 'summary' }));
  const alt = screen.getByText('图表数据（文字版）', { selector: 'summary' }).closest('details') as HTMLElement;
  expect(await within(alt).findByText(/标杆线：昆山周庄镇 2019 4\.3亿元/)).toBeInTheDocument();
  expect(screen.getByRole('link', { name: '对标找差' })).toHaveAttribute(
    'href',
    expect.stringContaining('/benchmarks?period=2020-06&indicator=fiscal-revenue'),
  );
});

test('a ledger-derived indicator lists the projects behind its number and takes no entries', async () => {
  renderApp('/indicators/new-billion-projects?period=2020-06');
  await screen.findByRole('heading', { level: 1, name: '新开工亿元项目' });
  const links = await screen.findByRole('region', { name: '关联项目与任务' });
  expect(links).toHaveTextContent('此指标由项目台账自动计算');
  const behind = await within(links).findByText('计入本期数值的项目（2020年1-6月）');
  const projects = within(behind.nextElementSibling as HTMLElement).getAllByRole('link');
  expect(projects).toHaveLength(5);
  expect(projects[0]).toHaveAttribute('href', expect.stringMatching(/^\/projects\/[a-z0-9-]+\?period=2020-06$/));
  expect(within(links).getByRole('link', { name: '在项目台账中查看' })).toHaveAttribute(
    'href',
    '/projects?period=2020-06&reachedIn=started',
  );

  expect(screen.queryByRole('button', { name: '提交' })).not.toBeInTheDocument();
  expect(screen.queryByLabelText(/^数值/)).not.toBeInTheDocument();
  const entry = screen.getByRole('region', { name: '填报数据' });
  expect(entry).toHaveTextContent('不能直接填报');
  expect(within(entry).getByRole('link', { name: '前往项目台账' })).toBeInTheDocument();
});

test('an indicator’s linked tasks show their roll-up and milestones their state', async () => {
  const list = await apiRequest(apiUrl('/indicators', { period: '2020-06' }), indicatorListResponseSchema);
  const milestoneIndicator = list.items.find((i) => i.indicator.derived === 'milestones-done');
  if (!milestoneIndicator) throw new Error('the seed has no milestone-derived indicator');
  const { indicator } = milestoneIndicator;
  renderApp(`/indicators/${indicator.id}?period=2020-06`);
  await screen.findByRole('heading', { level: 1, name: indicator.name.zh });
  const links = await screen.findByRole('region', { name: '关联项目与任务' });
  expect(links).toHaveTextContent('此指标由任务节点自动计算');
  expect(await within(links).findByRole('link', { name: '在行动页查看' })).toHaveAttribute(
    'href',
    '/actions?period=2020-06',
  );
  expect(links).toHaveTextContent(/按期完成 \d+\/\d+/);
  expect(links).toHaveTextContent(/(未开始|推进中|按期完成|逾期完成|已逾期)/);
  expect(screen.getByRole('region', { name: '填报数据' })).toHaveTextContent('行动页');
});

test('an official links an indicator to a task that moves it, and the task is listed with its roll-up', async () => {
  const { user } = renderApp('/indicators/gdp?period=2020-06');
  await screen.findByRole('heading', { level: 1, name: '地区生产总值' });
  const links = await screen.findByRole('region', { name: '关联项目与任务' });
  await user.click(await within(links).findByText('关联项目或任务', { selector: 'summary' }));
  const form = within(links).getByRole('form', { name: '关联项目或任务' });
  const task = within(form).getByLabelText('任务', { selector: 'select:not([id$="-kind"])' });
  await waitFor(() => expect(within(task).getAllByRole('option').length).toBeGreaterThan(1));
  const option = within(task).getAllByRole('option')[1];
  const name = option?.textContent ?? '';
  await user.selectOptions(task, option!);
  await user.click(within(form).getByRole('button', { name: '关联' }));
  expect(await within(links).findByRole('status')).toHaveTextContent(`已关联：${name}`);
  const linkedTasks = await within(links).findByRole('heading', { level: 3, name: '关联任务' });
  expect(linkedTasks.nextElementSibling).toHaveTextContent(name);
  // What is linked is no longer offered.
  expect(within(task).queryByRole('option', { name })).not.toBeInTheDocument();
});
