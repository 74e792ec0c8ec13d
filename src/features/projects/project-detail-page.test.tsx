import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { apiRequest, apiUrl } from '../../api/client';
import { projectListResponseSchema } from '../../domain/project-contract';
import { renderApp } from '../../../tests/render-app';

/** A project of the seed that has started but is not completed at the end of October 2020. */
async function aStartedProject() {
  const ledger = await apiRequest(
    apiUrl('/projects', { period: '2020-10', stage: 'started' }),
    projectListResponseSchema,
  );
  const item = ledger.items[0];
  if (!item) throw new Error('the seed has no project under construction in October 2020');
  return item.project;
}

test('shows what the project is, its four stages and their history, with 示例', async () => {
  renderApp('/projects/precision-castings-30kt?period=2020-06');
  expect(await screen.findByRole('heading', { level: 1, name: '年产3万吨精密铸件项目' })).toBeInTheDocument();
  expect(screen.getAllByText('示例').length).toBeGreaterThan(0);
  expect(screen.getByText('液压铸造')).toBeInTheDocument();
  expect(screen.getByText('高端装备产业园')).toBeInTheDocument();
  expect(screen.getByText('3.2亿元')).toBeInTheDocument();
  expect(screen.getByText(/^来源：/)).toBeInTheDocument();

  const steps = within(screen.getByRole('region', { name: '推进阶段' })).getAllByRole('listitem');
  expect(steps.map((li) => li.textContent)).toEqual([
    '✔签约已达到 · 2017年3月10日',
    '✔开工已达到 · 2017年6月18日',
    '✔竣工验收已达到 · 2018年9月26日',
    '✔转化投产已达到 · 2019年2月20日',
  ]);
  const history = screen.getByRole('region', { name: '阶段记录' });
  expect(within(history).getByRole('columnheader', { name: '登记时间' })).toBeInTheDocument();
  expect(
    within(history).getByRole('row', { name: /^开工 2017年6月18日 — +\d{4}年\d+月\d+日 \d\d:\d\d$/ }),
  ).toBeInTheDocument();
});

test('a project started this year links to the indicator it counts in', async () => {
  const started = await apiRequest(
    apiUrl('/projects', { period: '2020-06', reachedIn: 'started' }),
    projectListResponseSchema,
  );
  const project = started.items[0]?.project;
  if (!project) throw new Error('the seed has no project started in 2020');
  renderApp(`/projects/${project.id}?period=2020-06`);
  const indicators = await screen.findByRole('region', { name: '本项目计入的指标' });
  expect(within(indicators).getByRole('link', { name: '新开工亿元项目' })).toHaveAttribute(
    'href',
    '/indicators/new-billion-projects?period=2020-06',
  );
  expect(indicators).toHaveTextContent('新开工亿元项目（自动计算）');
});

test('recording the next stage shows it in the steps and the history', async () => {
  const project = await aStartedProject();
  const { user } = renderApp(`/projects/${project.id}?period=2020-12`);
  await screen.findByRole('heading', { level: 1, name: project.name.zh });
  const form = within(screen.getByRole('region', { name: '登记阶段' }));
  await user.selectOptions(form.getByLabelText('阶段'), 'completed');
  await user.type(form.getByLabelText('达到日期'), '2020-12-18');
  await user.type(form.getByLabelText('说明（可选）'), '通过竣工验收，见验收报告');
  await user.click(form.getByRole('button', { name: '登记' }));

  expect(await form.findByRole('status')).toHaveTextContent('已登记：竣工验收 2020年12月18日');
  const history = screen.getByRole('region', { name: '阶段记录' });
  await waitFor(() =>
    expect(
      within(history).getByRole('row', { name: /^竣工验收 2020年12月18日 — 通过竣工验收，见验收报告/ }),
    ).toBeInTheDocument(),
  );
  const steps = screen.getByRole('region', { name: '推进阶段' });
  expect(within(steps).getByText('已达到 · 2020年12月18日')).toBeInTheDocument();
});

test('a stage dated before the previous one is refused with the API’s message next to the date', async () => {
  const { user } = renderApp('/projects/precision-castings-30kt?period=2020-06');
  await screen.findByRole('heading', { level: 1, name: '年产3万吨精密铸件项目' });
  const form = within(screen.getByRole('region', { name: '登记阶段' }));
  await user.selectOptions(form.getByLabelText('阶段'), 'started');
  // Signed on 2017-03-10: starting before that is impossible.
  await user.type(form.getByLabelText('达到日期'), '2017-01-05');
  await user.click(form.getByRole('button', { name: '登记' }));

  expect(await form.findByRole('alert')).toBeInTheDocument();
  const date = form.getByLabelText('达到日期');
  expect(date).toHaveAttribute('aria-invalid', 'true');
  expect(date).toHaveAccessibleDescription(/早于签约/);
  const steps = screen.getByRole('region', { name: '推进阶段' });
  expect(within(steps).getByText('已达到 · 2017年6月18日')).toBeInTheDocument();
});

test('an unknown project says so', async () => {
  renderApp('/projects/no-such-project');
  expect(await screen.findByRole('heading', { level: 1, name: '未找到该项目' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: '← 返回项目台账' })).toBeInTheDocument();
});
