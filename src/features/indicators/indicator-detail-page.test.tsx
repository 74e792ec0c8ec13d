import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { apiRequest, apiUrl } from '../../api/client';
import { indicatorDetailResponseSchema, indicatorListResponseSchema } from '../../domain/contract';
import { formatValue } from '../../domain/format';
import { renderApp } from '../../../tests/render-app';

/** A red count or amount indicator at June 2020, found through the API as a user would on the table. */
async function aRedIndicator() {
  const list = await apiRequest(
    apiUrl('/indicators', { status: 'red', period: '2020-06' }),
    indicatorListResponseSchema,
  );
  const item = list.items.find((i) => i.indicator.kind === 'amount' || i.indicator.kind === 'count');
  if (!item) throw new Error('the seed has no red amount or count indicator at 2020-06');
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
  const { indicator, evaluation } = await aRedIndicator();
  const target = evaluation.target ?? 0;
  const { user } = renderApp(`/indicators/${indicator.id}?period=2020-06`);
  await screen.findByRole('heading', { level: 1, name: indicator.name.zh });
  const summary = () => screen.getByRole('region', { name: '当前状态' });
  expect(summary()).toHaveTextContent('红灯');

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
  const { indicator } = await aRedIndicator();
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
  const { user } = renderApp('/indicators/new-billion-projects?period=2020-06');
  await screen.findByRole('heading', { level: 1, name: '新开工亿元项目' });
  await user.click(screen.getByRole('button', { name: 'English' }));
  await user.type(screen.getByLabelText(/^Value/), '-1');
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
