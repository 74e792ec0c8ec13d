import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { renderApp } from '../../../tests/render-app';
import { resetSettingsStore, useSettingsStore } from '../../stores/settings-store';

afterEach(() => resetSettingsStore());

const PAGE = '/indicators/foreign-trade?period=2020-06';
const NAME = '外贸进出口总额';

function history() {
  return screen.getByRole('region', { name: '修改记录' });
}

test('a target change is recorded under the user’s name with why, and restoring the old target is recorded too', async () => {
  useSettingsStore.getState().userNameChanged('王统计');
  const { user } = renderApp(PAGE);
  await screen.findByRole('heading', { level: 1, name: NAME });
  const target = () =>
    within(screen.getByRole('region', { name: '当前状态' })).getByText('2020年目标', { selector: 'dt' }).parentElement
      ?.textContent;
  await screen.findByRole('region', { name: '当前状态' });
  const before = target();

  await user.click(screen.getByText('调整目标', { selector: 'summary h2' }));
  await user.type(screen.getByLabelText(/^新目标值/), '７.５');
  await user.type(screen.getByLabelText('调整原因'), '镇党委会调整');
  await user.click(screen.getByRole('button', { name: '保存目标' }));
  expect(await screen.findByText('2020年目标已改为 7.5亿元')).toBeInTheDocument();

  const row = (await within(history()).findAllByRole('row', { name: /2020年目标/ }))[0];
  if (!row) throw new Error('no history row for the 2020 target');
  expect(row).toHaveTextContent('王统计');
  expect(row).toHaveTextContent('7.5亿元');
  expect(row).toHaveTextContent('镇党委会调整');
  await waitFor(() => expect(target()).toContain('7.5亿元'));

  // The seed's target is the earlier version: restore it.
  const rows = within(history()).getAllByRole('row', { name: /2020年目标/ });
  const seedRow = rows.find((r) => within(r).queryByText(/首次录入/));
  if (!seedRow) throw new Error('no first version of the 2020 target');
  await user.click(within(seedRow).getByRole('button', { name: '恢复此版本' }));
  await user.type(screen.getByLabelText('恢复原因（可选）'), '恢复原目标');
  await user.click(screen.getByRole('button', { name: '确认恢复' }));
  expect(await screen.findByText(/^已恢复为/)).toBeInTheDocument();
  await waitFor(() =>
    expect(within(history()).getAllByRole('row', { name: /2020年目标/ })).toHaveLength(rows.length + 1),
  );
  const restored = within(history()).getAllByRole('row', { name: /2020年目标/ })[0];
  expect(restored).toHaveTextContent('恢复自早先版本');
  expect(restored).toHaveTextContent('恢复原目标');
  await waitFor(() => expect(target()).toBe(before));
}, 20_000);

test('a cause note for a period is listed and recorded; an empty note is refused next to its field', async () => {
  const { user } = renderApp(PAGE);
  await screen.findByRole('heading', { level: 1, name: NAME });
  const notes = screen.getByRole('region', { name: '变动说明' });
  await user.click(within(notes).getByRole('button', { name: '添加说明' }));
  expect(within(notes).getByText('请填写说明（1000 字以内）')).toBeInTheDocument();

  await user.selectOptions(within(notes).getByLabelText('期间'), '2020-05');
  await user.selectOptions(within(notes).getByLabelText('类型'), 'cause');
  await user.type(within(notes).getByLabelText('说明'), '5月一家外贸企业订单延后');
  await user.click(within(notes).getByRole('button', { name: '添加说明' }));
  expect(await within(notes).findByText(/5月一家外贸企业订单延后/)).toBeInTheDocument();
  expect(within(notes).getByText(/2020年1-5月 · 原因/)).toBeInTheDocument();
  // The chart's text alternative carries it too (and with it every export of the chart and its table).
  expect(await screen.findByText('变动说明：2020年5月 原因：5月一家外贸企业订单延后')).toBeInTheDocument();
  expect(await within(history()).findByRole('row', { name: /5月一家外贸企业订单延后/ })).toHaveTextContent('演示用户');
}, 20_000);
