import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { givenGapsFail } from '../../../mocks/scenarios';
import { renderApp } from '../../../tests/render-app';

const card = (name: string) => screen.getByRole('article', { name });

test('opens the 苏南标杆镇 set with each member’s reason for being chosen', async () => {
  renderApp('/benchmarks');
  expect(await screen.findByRole('heading', { level: 1, name: '对标找差：苏南标杆镇' })).toBeInTheDocument();
  const members = screen.getByRole('region', { name: '对标对象与确定依据' });
  expect(within(members).getByText(/昆山周庄镇/)).toBeInTheDocument();
  expect(within(members).getByText(/吴江震泽镇/)).toBeInTheDocument();
});

test('a gap card answers the four questions with sourced numbers and says when a peer’s year differs', async () => {
  renderApp('/benchmarks?indicator=fiscal-revenue');
  const revenue = await screen.findByRole('article', { name: '一般公共预算收入' });
  const size = within(revenue).getByRole('region', { name: '差距多大' });
  // 周庄 2019: 4.3亿元 from its source; ours is a sample and says so.
  expect(size).toHaveTextContent(/昆山周庄镇/);
  expect(size).toHaveTextContent(/示例/);
  // 震泽's figure is from 2016: the card must say the years differ (or that it was projected).
  expect(size).toHaveTextContent(/2016/);
  expect(within(revenue).getByRole('region', { name: '怎么赶' })).toBeInTheDocument();
  expect(within(revenue).getByRole('region', { name: '谁来赶' })).toHaveTextContent(/责任单位/);
  expect(screen.getByRole('link', { name: '显示全部指标' })).toBeInTheDocument();
});

test('a cause written on a card appears under 为何差', async () => {
  const { user } = renderApp('/benchmarks?indicator=gdp');
  const gdp = await screen.findByRole('article', { name: '地区生产总值' });
  await user.click(within(gdp).getByText('记录原因或措施'));
  await user.type(within(gdp).getByLabelText('内容'), '工业项目体量偏小，缺少百亿级龙头企业');
  await user.type(within(gdp).getByLabelText('记录人'), '经发局 张三');
  await user.click(within(gdp).getByRole('button', { name: '保存' }));
  await waitFor(() =>
    expect(within(card('地区生产总值')).getByRole('region', { name: '为何差' })).toHaveTextContent(
      '工业项目体量偏小，缺少百亿级龙头企业',
    ),
  );
});

test('an empty note is refused with a message and nothing is sent', async () => {
  const { user } = renderApp('/benchmarks?indicator=gdp');
  const gdp = await screen.findByRole('article', { name: '地区生产总值' });
  await user.click(within(gdp).getByText('记录原因或措施'));
  await user.click(within(gdp).getByRole('button', { name: '保存' }));
  expect(within(gdp).getByRole('alert')).toHaveTextContent('请填写内容和记录人');
  expect(within(gdp).getByRole('region', { name: '为何差' })).toHaveTextContent('尚无记录');
});

test('all indicators show the gap chart’s table and the ranking with change in words', async () => {
  const { user } = renderApp('/benchmarks');
  await screen.findByRole('heading', { level: 1, name: '对标找差：苏南标杆镇' });
  await user.click(await screen.findByText('差距数据（文字版）', { selector: 'summary' }));
  const table = screen.getByRole('table', { name: '差距数据（文字版）' });
  expect(within(table).getAllByRole('row').length).toBeGreaterThan(1);
  expect(within(table).getByRole('row', { name: /地区生产总值/ })).toHaveTextContent(/落后|领先|持平/);
});

test('changing the close-by year keeps it in the URL', async () => {
  const { user, history } = renderApp('/benchmarks');
  await screen.findByRole('heading', { level: 1, name: '对标找差：苏南标杆镇' });
  await user.selectOptions(screen.getByLabelText('赶超年份'), '2025');
  await waitFor(() => expect(history.location.search).toContain('closeBy=2025'));
  await waitFor(() => expect(screen.getAllByText(/到 2025 年追平需年均增长/).length).toBeGreaterThan(0));
});

test('reads in English', async () => {
  const { user } = renderApp('/benchmarks');
  await screen.findByRole('heading', { level: 1, name: '对标找差：苏南标杆镇' });
  await user.click(screen.getByRole('button', { name: 'English' }));
  expect(await screen.findByRole('heading', { level: 1, name: /^Benchmark gaps: / })).toBeInTheDocument();
});

test('an API failure shows the message and a retry', async () => {
  givenGapsFail();
  renderApp('/benchmarks');
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('服务暂时不可用');
  expect(within(alert).getByRole('button', { name: '重试' })).toBeInTheDocument();
});
