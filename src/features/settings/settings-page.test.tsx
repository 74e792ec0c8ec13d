import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { renderApp } from '../../../tests/render-app';
import { resetSettingsStore, useSettingsStore } from '../../stores/settings-store';

const YINCHUAN_TEXT = '银川规则（落后序时进度分档）：落后序时进度 13.3 个百分点（10–30 个百分点）';

/** The table row of an indicator, found by its name's link. */
async function rowOf(name: string) {
  const link = await screen.findByRole('link', { name });
  const row = link.closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

async function choosePreset(user: ReturnType<typeof renderApp>['user'], category: string, preset: string) {
  await user.click(screen.getByRole('link', { name: '设置' }));
  const select = await screen.findByRole('combobox', { name: category });
  await user.selectOptions(select, preset);
  await user.click(screen.getByRole('button', { name: '保存预设' }));
  expect(await screen.findByText('亮灯规则预设已保存')).toBeInTheDocument();
  await user.click(screen.getByRole('link', { name: '指标' }));
}

test('the settings offer every preset for every indicator group, with what it does', async () => {
  const { user } = renderApp('/settings');
  const select = await screen.findByRole('combobox', { name: '稳：项目压舱' });
  expect(
    within(select)
      .getAllByRole('option')
      .map((o) => o.textContent),
  ).toEqual([
    '默认规则',
    '银川规则（落后序时进度分档）',
    '三亚规则（低于计划幅度、连续未完成月数）',
    '天津规则（累计增幅对比计划与对标平均）',
    '宿迁规则（节点临近亮蓝灯）',
    '瓯海规则（当月未完成亮红灯）',
    '商城县规则（按排名四分位）',
  ]);
  expect(within(screen.getByRole('region', { name: '亮灯规则预设' })).getAllByRole('combobox')).toHaveLength(7);
  await user.selectOptions(select, 'yinchuan');
  expect(select).toHaveAccessibleDescription(/落后10–30个百分点为黄灯/);
  // Not applied until saved.
  expect(useSettingsStore.getState().presets.wen).toBe('default');
});

test('choosing 银川 for 稳 changes a light and says which rule gave it; back to 默认 restores it', async () => {
  const { user } = renderApp('/indicators');
  let row = await rowOf('竣工验收亿元项目');
  expect(row).toHaveTextContent('红灯');
  expect(row).not.toHaveTextContent('银川规则');

  await choosePreset(user, '稳：项目压舱', 'yinchuan');
  await waitFor(async () => expect(await rowOf('竣工验收亿元项目')).toHaveTextContent('黄灯'));
  row = await rowOf('竣工验收亿元项目');
  expect(row).toHaveTextContent(YINCHUAN_TEXT);
  expect(within(row).getByTitle(YINCHUAN_TEXT)).toHaveTextContent(/^银川规则（落后序时进度分档）/);
  // Other groups keep the default rule.
  expect(await rowOf('外贸进出口总额')).not.toHaveTextContent('银川规则');

  await choosePreset(user, '稳：项目压舱', 'default');
  await waitFor(async () => expect(await rowOf('竣工验收亿元项目')).toHaveTextContent('红灯'));
  expect(await rowOf('竣工验收亿元项目')).not.toHaveTextContent('银川规则');
});

test('the chosen presets are kept in this browser and a stale entry falls back to the default', async () => {
  useSettingsStore.getState().presetsChanged({ ...useSettingsStore.getState().presets, wen: 'yinchuan' });
  const stored = JSON.parse(localStorage.getItem('baipu-dashboard/v1/settings') ?? '{}') as {
    state: { presets: Record<string, string> };
  };
  expect(stored.state.presets.wen).toBe('yinchuan');
  localStorage.setItem(
    'baipu-dashboard/v1/settings',
    JSON.stringify({ state: { ...stored.state, presets: { wen: 'no-such-preset' } }, version: 0 }),
  );
  // As on opening the app: the defaults, then what the browser kept.
  resetSettingsStore();
  await useSettingsStore.persist.rehydrate();
  expect(useSettingsStore.getState().presets.wen).toBe('default');
  expect(useSettingsStore.getState().presets.shares).toBe('default');
});
