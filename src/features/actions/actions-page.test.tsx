import { screen, waitFor, within } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { givenActionsFailOnce } from '../../../mocks/scenarios';
import { renderApp } from '../../../tests/render-app';

// The whole tree (over a hundred milestones) renders in jsdom: slower than the default five seconds.
vi.setConfig({ testTimeout: 20_000 });

const CAMPAIGNS = [/五个白蒲/, /项目建设突破年/, /城镇建设提升年/, /基层基础强化年/];

/** The section of one campaign of the tree. */
const campaign = (name: RegExp) => screen.getByRole('region', { name });
/** One milestone of the tree, by its name. */
const milestone = (name: string) => screen.getByRole('listitem', { name });

async function openActions(url = '/actions', { tree = true } = {}) {
  const view = renderApp(url);
  // The page is a lazy route: the first render compiles it, so allow more than the default second.
  await screen.findByRole('heading', { level: 1, name: '行动 · 截至 2020年6月30日' }, { timeout: 5000 });
  if (tree) await screen.findByRole('region', { name: '时间轴' }, { timeout: 5000 });
  return view;
}

test('lists every campaign of the report with its milestones, owners and the as-of day', async () => {
  await openActions();
  expect(screen.getByText(/本视图的“今天”是所选统计期的最后一天（2020年6月30日）/)).toBeInTheDocument();
  for (const name of CAMPAIGNS) {
    const section = campaign(name);
    expect(within(section).getByRole('heading', { level: 2, name })).toBeInTheDocument();
    expect(within(section).getAllByText(/^按期完成 \d+\/\d+（/)[0]).toBeInTheDocument();
    expect(within(section).getAllByRole('list', { name: /的节点$/ }).length).toBeGreaterThan(0);
  }
  // A road of the 城镇建设提升年, its milestone, state and owner, who links to everything they own.
  const road = milestone('南环路开工');
  expect(road).toHaveTextContent('已逾期');
  expect(road).toHaveTextContent('逾期 15 天');
  const owner = within(road).getByRole('link', { name: '规划建设局' });
  expect(owner).toHaveAttribute('href', expect.stringContaining('/responsibility?'));
  expect(decodeURIComponent(owner.getAttribute('href') ?? '')).toContain('unit=规划建设局');
  // 临期 is said with the settings' window in words.
  expect(screen.getByRole('button', { name: /^临期 \d+ 15 天内到期$/ })).toBeInTheDocument();
});

test('the campaign filter goes into the URL and collects the tasks tagged with it', async () => {
  const { user, history } = await openActions();
  await user.selectOptions(screen.getByLabelText('专项活动'), '五个白蒲');
  await waitFor(() => expect(history.location.search).toContain('campaign=wuge-baipu'));
  // 古镇水系 sits under the 城镇建设提升年 and is tagged 五个白蒲; the 项目建设突破年 has no such task.
  await waitFor(() => expect(screen.queryByRole('region', { name: /项目建设突破年/ })).not.toBeInTheDocument());
  const town = campaign(/城镇建设提升年/);
  expect(within(town).getByRole('heading', { level: 4, name: /古镇水系规划建设/ })).toBeInTheDocument();
  expect(within(town).queryByRole('heading', { level: 4, name: /东环路建设/ })).not.toBeInTheDocument();
  expect(campaign(/五个白蒲/)).toBeInTheDocument();
});

test('the overdue count filters to overdue milestones only', async () => {
  const { user, history } = await openActions();
  await user.click(screen.getByRole('button', { name: /已逾期 5/ }));
  await waitFor(() => expect(history.location.search).toContain('state=overdue'));
  await waitFor(() => expect(screen.queryByRole('listitem', { name: '春季补植' })).not.toBeInTheDocument());
  const items = screen.getAllByRole('list', { name: /的节点$/ }).flatMap((l) => within(l).getAllByRole('listitem'));
  expect(items).toHaveLength(5);
  for (const item of items) expect(item).toHaveTextContent('已逾期');
  expect(screen.getByRole('button', { name: /已逾期 5/ })).toHaveAttribute('aria-pressed', 'true');
  expect(screen.getByLabelText('节点状态')).toHaveValue('overdue');
});

test('the 临期 count filters to open milestones due within the window, each saying its days left', async () => {
  const { user, history } = await openActions();
  const dueSoon = screen.getByRole('button', { name: /^临期 \d+ 15 天内到期$/ });
  const count = Number(/临期 (\d+)/.exec(dueSoon.textContent ?? '')?.[1]);
  expect(count).toBeGreaterThan(0);
  await user.click(dueSoon);
  await waitFor(() => expect(history.location.search).toContain('state=due-soon'));
  await waitFor(() => expect(screen.getByLabelText('节点状态')).toHaveValue('due-soon'));
  const items = screen.getAllByRole('list', { name: /的节点$/ }).flatMap((l) => within(l).getAllByRole('listitem'));
  expect(items).toHaveLength(count);
  for (const item of items) expect(item).toHaveTextContent(/\d+ 天后到期|今日到期/);
});

test('filters that match nothing say so and offer to clear them', async () => {
  const { user } = await openActions('/actions?campaign=jiceng-year&state=done-late&owner=统计站', { tree: false });
  expect(await screen.findByText('没有符合筛选条件的任务或节点。')).toBeInTheDocument();
  await user.click(screen.getByRole('link', { name: '清除筛选' }));
  expect(await screen.findByRole('region', { name: /项目建设突破年/ })).toBeInTheDocument();
});

test('the timeline has a table alternative with its rows and the as-of date', async () => {
  const { user } = await openActions();
  const timeline = screen.getByRole('region', { name: '时间轴' });
  expect(within(timeline).getByRole('img', { name: /截至日期 2020年6月30日/ })).toBeInTheDocument();
  expect(within(timeline).getByRole('list', { name: '图例' })).toHaveTextContent(/已逾期.*临期.*按期完成.*逾期完成/);
  await user.click(within(timeline).getByText('时间轴数据（文字版）'));
  const table = within(timeline).getByRole('table', { name: '时间轴上的节点，截至 2020年6月30日' });
  expect(within(table).getAllByRole('row').length).toBeGreaterThan(10);
  expect(within(table).getByRole('row', { name: /南环路开工/ })).toHaveTextContent(
    /南环路建设.*2020年6月15日.*已逾期.*规划建设局/,
  );
});

test('marking a milestone done with a note updates its badge and the campaign roll-up', async () => {
  const { user } = await openActions();
  const section = campaign(/基层基础强化年/);
  const before = within(section).getAllByText(/^按期完成 \d+\/\d+/)[0]!.textContent ?? '';
  const [, done, total] = /(\d+)\/(\d+)/.exec(before) ?? [];
  const item = milestone('先锋岗评星');
  expect(item).toHaveTextContent('未开始');
  await user.click(within(item).getByRole('button', { name: /标记完成/ }));
  const form = within(item).getByRole('form', { name: '标记完成：先锋岗评星' });
  expect(within(form).getByLabelText('完成日期')).toHaveValue('2020-06-30');
  await user.type(within(form).getByLabelText('进展说明 / 佐证'), '35个先锋岗评星完成，结果已公示');
  await user.click(within(form).getByRole('button', { name: '保存' }));
  await waitFor(() => expect(milestone('先锋岗评星')).toHaveTextContent('按期完成'));
  expect(milestone('先锋岗评星')).toHaveTextContent('35个先锋岗评星完成，结果已公示');
  expect(within(milestone('先锋岗评星')).getByRole('status')).toHaveTextContent('已标记完成：先锋岗评星');
  await waitFor(() =>
    expect(within(campaign(/基层基础强化年/)).getAllByText(/^按期完成 \d+\/\d+/)[0]).toHaveTextContent(
      `按期完成 ${Number(done) + 1}/${total}`,
    ),
  );
});

test('a done date before the start or in the future is refused next to the field and changes nothing', async () => {
  const { user } = await openActions();
  const item = milestone('全年新签约亿元项目12个');
  expect(item).toHaveTextContent('推进中');
  await user.click(within(item).getByRole('button', { name: /标记完成/ }));
  const date = within(item).getByLabelText('完成日期');
  await user.clear(date);
  await user.type(date, '2019-12-01');
  await user.click(within(item).getByRole('button', { name: '保存' }));
  await waitFor(() => expect(date).toHaveAccessibleDescription(/完成日期 2019-12-01 早于开始日期 2020-01-02/));
  expect(date).toHaveAttribute('aria-invalid', 'true');
  expect(within(item).getByRole('alert')).toBeInTheDocument();

  await user.clear(date);
  await user.type(date, '2030-01-01');
  await user.click(within(item).getByRole('button', { name: '保存' }));
  await waitFor(() => expect(date).toHaveAccessibleDescription(/日期 2030-01-01 晚于今天/));
  expect(milestone('全年新签约亿元项目12个')).toHaveTextContent('推进中');
  expect(milestone('全年新签约亿元项目12个')).not.toHaveTextContent('按期完成');
});

test('a milestone outside its task’s span is refused with the task’s dates', async () => {
  const { user } = await openActions();
  await user.click(screen.getByText('新增任务/节点'));
  const form = await screen.findByRole('form', { name: '新增节点' });
  await user.selectOptions(within(form).getByLabelText('所属任务'), '党员先锋岗');
  await user.type(within(form).getByLabelText('节点名称'), '先锋岗年终总结');
  await user.type(within(form).getByLabelText('到期日'), '2021-03-01');
  await user.click(within(form).getByRole('button', { name: '新增节点' }));
  await waitFor(() => expect(within(form).getByLabelText('到期日')).toHaveAccessibleDescription(/不在任务期限/));
});

test('a task added under a measure appears in the tree', async () => {
  const { user } = await openActions();
  await user.click(screen.getByText('新增任务/节点'));
  const form = await screen.findByRole('form', { name: '新增任务' });
  await user.selectOptions(within(form).getByLabelText('所属举措'), '锻造新时期白蒲作风');
  await user.type(within(form).getByLabelText('任务名称'), '机关效能提速');
  await user.type(within(form).getByLabelText('开始日期'), '2020-06-01');
  await user.type(within(form).getByLabelText('完成期限'), '2020-12-31');
  await user.selectOptions(within(form).getByLabelText('责任单位'), '党委组织办');
  await user.click(within(form).getByRole('button', { name: '新增任务' }));
  expect(await within(form).findByRole('status')).toHaveTextContent('已新增任务：机关效能提速');
  await waitFor(() =>
    expect(
      within(campaign(/基层基础强化年/)).getByRole('heading', { level: 4, name: /机关效能提速/ }),
    ).toBeInTheDocument(),
  );
});

test('reads in English', async () => {
  const { user } = await openActions();
  await user.click(screen.getByRole('button', { name: 'English' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Actions · as of 30 Jun 2020' })).toBeInTheDocument();
  expect(screen.getByRole('region', { name: /Year of stronger grassroots/ })).toHaveTextContent(/On time \d+\/\d+/);
  expect(screen.getByRole('region', { name: 'Timeline' })).toBeInTheDocument();
});

test('a failed load says so and the retry brings the tree', async () => {
  givenActionsFailOnce();
  const { user } = renderApp('/actions');
  const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
  expect(alert).toHaveTextContent('服务暂时不可用');
  await user.click(within(alert).getByRole('button', { name: '重试' }));
  expect(await screen.findByRole('region', { name: '时间轴' }, { timeout: 5000 })).toBeInTheDocument();
});
