import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { apiRequest, apiUrl } from '../../api/client';
import { projectListResponseSchema } from '../../domain/project-contract';
import { givenProjectsFailOnce } from '../../../mocks/scenarios';
import { renderApp } from '../../../tests/render-app';

const filters = () => within(screen.getByRole('search', { name: '筛选项目' }));
const list = () => screen.getByRole('table', { name: '项目清单' });
/** The body rows of the project list. */
const listRows = () => within(list()).getAllByRole('row').slice(1);

async function ledgerTotal(): Promise<number> {
  const ledger = await apiRequest(apiUrl('/projects', { period: '2020-06' }), projectListResponseSchema);
  return ledger.total;
}

test('a link with a year period opens that year, and the period picker says so', async () => {
  renderApp('/projects?period=2019&reachedIn=started');
  expect(await screen.findByText('数据截至 2019年12月31日')).toBeInTheDocument();
  expect(screen.getByLabelText('统计期')).toHaveValue('2019');
});

test('the 2019 funnel gives the report’s 7 started, 14 completed and 10 converted in its table', async () => {
  const { user } = renderApp('/projects');
  expect(await screen.findByRole('heading', { level: 1, name: '项目台账' })).toBeInTheDocument();
  await screen.findByText('数据截至 2020年6月30日');
  await user.selectOptions(screen.getByLabelText('统计期'), '2019');
  expect(await screen.findByText('数据截至 2019年12月31日')).toBeInTheDocument();
  await user.click(screen.getByText('推进阶段数据（文字版）', { selector: 'summary' }));
  const table = screen.getByRole('table', { name: '推进阶段数据（文字版）' });
  expect(within(table).getByRole('columnheader', { name: '累计达到' })).toBeInTheDocument();
  expect(within(table).getByRole('columnheader', { name: '2019年新达到' })).toBeInTheDocument();
  const inYear = (stage: string) =>
    within(within(table).getByRole('row', { name: new RegExp(`^${stage}`) })).getAllByRole('cell')[1];
  expect(inYear('开工')).toHaveTextContent('7个');
  expect(inYear('竣工验收')).toHaveTextContent('14个');
  expect(inYear('转化投产')).toHaveTextContent('10个');
});

test('the year-to-date funnel is labelled with its months, and both rates say what they are made of', async () => {
  const { user } = renderApp('/projects?period=2020-06');
  await user.click(await screen.findByText('推进阶段数据（文字版）', { selector: 'summary' }));
  const table = screen.getByRole('table', { name: '推进阶段数据（文字版）' });
  expect(within(table).getByRole('columnheader', { name: '2020年1-6月新达到' })).toBeInTheDocument();
  const rates = screen.getByRole('region', { name: '竣工率与转化率（2020年1-6月）' });
  expect(rates).toHaveTextContent(/竣工率[\d.]+%在建的 \d+ 个项目中，\d+ 个通过竣工验收/);
  expect(rates).toHaveTextContent(/转化率[\d.]+%已竣工待转化的 \d+ 个项目中，\d+ 个实现转化投产/);
});

test('planned investment by industry and by park reads in 亿元, 园区外 included', async () => {
  const { user } = renderApp('/projects');
  await user.click(await screen.findByText('计划投资：按园区（文字版）', { selector: 'summary' }));
  const byPark = screen.getByRole('table', { name: '计划投资：按园区（文字版）' });
  expect(within(byPark).getByRole('row', { name: /^园区外 \d+个 [\d.]+亿元$/ })).toBeInTheDocument();
  await user.click(screen.getByText('计划投资：按产业（文字版）', { selector: 'summary' }));
  const byIndustry = screen.getByRole('table', { name: '计划投资：按产业（文字版）' });
  expect(within(byIndustry).getAllByRole('row').length).toBeGreaterThan(2);
});

test('the filters go into the URL and narrow the list', async () => {
  const { user, history } = renderApp('/projects');
  await screen.findByRole('table', { name: '项目清单' });
  const before = listRows().length;
  await user.selectOptions(filters().getByLabelText('产业'), 'new-materials');
  await waitFor(() => expect(history.location.search).toContain('industry=new-materials'));
  await waitFor(() => expect(listRows().length).toBeLessThan(before));
  for (const row of listRows()) expect(row).toHaveTextContent('新材料');

  await user.selectOptions(filters().getByLabelText('园区'), 'none');
  await waitFor(() => expect(history.location.search).toContain('park=none'));
  await waitFor(() => {
    const rows = screen.queryByRole('table', { name: '项目清单' }) ? listRows() : [];
    for (const row of rows) expect(row).toHaveTextContent('园区外');
  });

  await user.click(filters().getByRole('button', { name: '清除筛选' }));
  await waitFor(() => expect(history.location.search).not.toContain('industry'));
  await waitFor(() => expect(listRows()).toHaveLength(before));
});

test('the search text goes into the URL, and no match says so', async () => {
  const { user, history } = renderApp('/projects');
  await screen.findByRole('table', { name: '项目清单' });
  await user.type(filters().getByLabelText('搜索项目'), '没有这个项目');
  await waitFor(() => expect(history.location.search).toContain('q='));
  expect(await screen.findByText('没有符合条件的项目')).toBeInTheDocument();
});

test('opened from a derived figure, a banner says how many and its link clears the condition', async () => {
  const { user, history } = renderApp('/projects?period=2020-06&reachedIn=started');
  expect(await screen.findByText('2020年1-6月新开工的亿元项目：5个')).toBeInTheDocument();
  expect(listRows()).toHaveLength(5);
  await user.click(screen.getByRole('link', { name: '清除此条件，显示全部项目' }));
  await waitFor(() => expect(history.location.search).not.toContain('reachedIn'));
  await waitFor(() => expect(listRows().length).toBeGreaterThan(5));
  expect(screen.queryByText(/新开工的亿元项目：/)).not.toBeInTheDocument();
});

test('a project name leads to its page', async () => {
  const { user } = renderApp('/projects?period=2020-06');
  await screen.findByRole('table', { name: '项目清单' });
  const first = within(listRows()[0] as HTMLElement).getByRole('link');
  const name = first.textContent ?? '';
  await user.click(first);
  expect(await screen.findByRole('heading', { level: 1, name })).toBeInTheDocument();
});

test('a new project is added and appears in the list', async () => {
  const { user } = renderApp('/projects?period=2020-06');
  await screen.findByRole('table', { name: '项目清单' });
  await user.click(screen.getByText('新增项目', { selector: 'summary' }));
  const form = within(screen.getByRole('form', { name: '新增项目' }));
  await user.type(form.getByLabelText('项目名称'), '年产10万套智能家居测试项目');
  await user.selectOptions(form.getByLabelText('产业'), 'smart-manufacturing');
  await user.selectOptions(form.getByLabelText('园区'), 'none');
  await user.type(form.getByLabelText('计划投资（亿元）'), '2.5');
  const unit = form.getByLabelText('责任单位') as HTMLSelectElement;
  await waitFor(() => expect(unit.options.length).toBeGreaterThan(1));
  await user.selectOptions(unit, unit.options[1]?.value ?? '');
  await user.type(form.getByLabelText('签约日期'), '2020-05-08');
  await user.click(form.getByRole('button', { name: '保存项目' }));

  expect(await form.findByText('已新增项目：年产10万套智能家居测试项目')).toBeInTheDocument();
  const row = await within(list()).findByRole('row', { name: /年产10万套智能家居测试项目/ });
  expect(row).toHaveTextContent('智能制造');
  expect(row).toHaveTextContent('园区外');
  expect(row).toHaveTextContent('2.5亿元');
  expect(row).toHaveTextContent('签约（2020年5月8日）');
  expect(row).not.toHaveTextContent('示例');
});

test('a project under 1亿元 is refused with the API’s message next to the field, and nothing is added', async () => {
  const before = await ledgerTotal();
  const { user } = renderApp('/projects?period=2020-06');
  await screen.findByRole('table', { name: '项目清单' });
  await user.click(screen.getByText('新增项目', { selector: 'summary' }));
  const form = within(screen.getByRole('form', { name: '新增项目' }));
  await user.type(form.getByLabelText('项目名称'), '小项目');
  await user.type(form.getByLabelText('计划投资（亿元）'), '0.5');
  const unit = form.getByLabelText('责任单位') as HTMLSelectElement;
  await waitFor(() => expect(unit.options.length).toBeGreaterThan(1));
  await user.selectOptions(unit, unit.options[1]?.value ?? '');
  await user.click(form.getByRole('button', { name: '保存项目' }));

  expect(await form.findByRole('alert')).toHaveTextContent('请修正标出的错误后再提交。');
  const investment = form.getByLabelText('计划投资（亿元）');
  expect(investment).toHaveAttribute('aria-invalid', 'true');
  expect(investment).toHaveAccessibleDescription(/1/);
  expect(await ledgerTotal()).toBe(before);
  expect(within(list()).queryByRole('row', { name: /小项目/ })).not.toBeInTheDocument();
});

test('reads in English', async () => {
  const { user } = renderApp('/projects?period=2020-06&reachedIn=started');
  await screen.findByText('2020年1-6月新开工的亿元项目：5个');
  await user.click(screen.getByRole('button', { name: 'English' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Project ledger' })).toBeInTheDocument();
  expect(screen.getByText('100-million-yuan projects started in Jan–Jun 2020: 5 projects')).toBeInTheDocument();
  expect(screen.getByRole('region', { name: 'Planned investment by industry' })).toBeInTheDocument();
  const projects = screen.getByRole('table', { name: 'Projects' });
  expect(within(projects).getAllByText(/^CN¥[\d.]+M$/)).toHaveLength(5);
});

test('a failed load says so and the retry brings the ledger', async () => {
  givenProjectsFailOnce();
  const { user } = renderApp('/projects');
  const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
  expect(alert).toHaveTextContent('服务暂时不可用');
  await user.click(within(alert).getByRole('button', { name: '重试' }));
  expect(await screen.findByRole('table', { name: '项目清单' })).toBeInTheDocument();
});
