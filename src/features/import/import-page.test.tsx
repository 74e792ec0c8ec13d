import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { renderApp } from '../../../tests/render-app';
import { apiRequest, apiUrl } from '../../api/client';
import { indicatorDetailResponseSchema } from '../../domain/contract';

const HEADER = '指标编号,指标名称,期间,数值,单位,填报/审核,截止日期,来源,备注';

function csv(lines: readonly string[], name = '白蒲镇6月报表.csv'): File {
  return new File([`\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`], name, { type: 'text/csv' });
}

async function storedCount(id: string): Promise<number> {
  const detail = await apiRequest(apiUrl(`/indicators/${id}`), indicatorDetailResponseSchema);
  return detail.observations.length;
}

async function openImport() {
  const view = renderApp('/import?period=2020-06');
  await screen.findByRole('heading', { level: 1, name: '数据导入' });
  const input = await screen.findByLabelText('选择文件（.xlsx 或 .csv，不超过 10 MB）', { selector: 'input' });
  return { ...view, input };
}

test('an analyst previews a sheet (change old → new, added, skipped), commits, and the values are stored', async () => {
  const before = await storedCount('foreign-trade');
  const { user, input } = await openImport();
  await user.upload(
    input,
    csv([
      // 6.1亿元 written in 万元 with a thousands separator: converted.
      ',外贸进出口总额,2020年1-6月,"61,000",万元,填报,2020-07-05,镇统计站月报,',
      'foreign-trade,,2020-12,７.２,亿元,审核,2021-01-10,镇统计站年报,',
      ',全镇生猪存栏,2020-06,1200,头,填报,2020-07-05,畜牧站,',
    ]),
  );
  const preview = await screen.findByRole('region', { name: '预览结果' });
  // The seed has a (sample) June value: the sheet's replaces it; December's audited value is new.
  expect(within(preview).getByText('变更').parentElement).toHaveTextContent('变更 1 行');
  expect(within(preview).getByText('新增').parentElement).toHaveTextContent('新增 1 行');
  expect(within(preview).getByText('跳过').parentElement).toHaveTextContent('跳过 1 行');
  expect(within(preview).getByText('有误').parentElement).toHaveTextContent('有误 0 行');
  const changed = within(preview).getByRole('group', { name: '变更' });
  expect(
    within(changed).getByRole('row', { name: /^2 外贸进出口总额 2020年6月 填报值 [\d.]+亿元 6\.1亿元$/ }),
  ).toBeInTheDocument();
  const added = within(preview).getByRole('group', { name: '新增' });
  expect(within(added).getByRole('row', { name: /^3 外贸进出口总额 2020年12月 审核值 7\.2亿元/ })).toBeInTheDocument();
  const skipped = within(preview).getByRole('group', { name: '跳过' });
  expect(within(skipped).getByRole('row', { name: /^4 / })).toHaveTextContent(/未匹配/);

  await user.type(within(preview).getByLabelText('导入说明（可选，记入修改记录）'), '6月统计站月报');
  await user.click(within(preview).getByRole('button', { name: '确认导入 2 行' }));
  expect(await screen.findByText('导入完成：新增 1 行，变更 1 行，0 行未变。')).toBeInTheDocument();
  expect(await storedCount('foreign-trade')).toBe(before + 2);

  // The same file again: nothing left to write.
  await user.click(screen.getByRole('button', { name: '导入另一个文件' }));
  await user.upload(
    await screen.findByLabelText('选择文件（.xlsx 或 .csv，不超过 10 MB）', { selector: 'input' }),
    csv([',外贸进出口总额,2020年1-6月,"61,000",万元,填报,2020-07-05,镇统计站月报,']),
  );
  const again = await screen.findByRole('region', { name: '预览结果' });
  expect(within(again).getByText('不变').parentElement).toHaveTextContent('不变 1 行');
  expect(within(again).getByText('没有需要写入的数据：文件中的数值与现有数据相同。')).toBeInTheDocument();
  expect(within(again).queryByRole('button', { name: /确认导入/ })).not.toBeInTheDocument();
});

test('one wrong row blocks the whole import: it is named with its line and column, and nothing is written', async () => {
  const before = await storedCount('foreign-trade');
  const { user, input } = await openImport();
  await user.upload(
    input,
    csv([
      ',外贸进出口总额,2020-06,6.1,亿元,填报,2020-07-05,镇统计站月报,',
      ',外贸进出口总额,2020-07,5.6.2,亿元,填报,2020-08-05,镇统计站月报,',
    ]),
  );
  const preview = await screen.findByRole('region', { name: '预览结果' });
  expect(within(preview).getByRole('alert')).toHaveTextContent('有 1 行有误');
  const wrong = within(preview).getByRole('group', { name: '有误' });
  expect(within(wrong).getByRole('row', { name: /^3 数值/ })).toHaveTextContent('5.6.2');
  expect(within(preview).queryByRole('button', { name: /确认导入/ })).not.toBeInTheDocument();
  expect(await storedCount('foreign-trade')).toBe(before);
});

test('a file that is not a spreadsheet gets a clear message and changes nothing', async () => {
  const { user, input } = await openImport();
  // An old .xls workbook renamed to .xlsx, as happens.
  const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]);
  await user.upload(input, new File([ole], '旧报表.xlsx'));
  expect(await screen.findByRole('alert')).toHaveTextContent(/\.xlsx/);
  expect(screen.queryByRole('region', { name: '预览结果' })).not.toBeInTheDocument();
});

test('a cumulative value below an earlier month’s is flagged for a second look but does not block the commit', async () => {
  const { user, input } = await openImport();
  // The seed's 1–5月 trade is 2.15亿元 (reported): 1–6月 at 2.0亿元 would mean trade fell.
  await user.upload(input, csv([',外贸进出口总额,2020-06,2.0,亿元,填报,2020-07-05,镇统计站月报,']));
  const preview = await screen.findByRole('region', { name: '预览结果' });
  expect(within(preview).getByText('请核对').parentElement).toHaveTextContent('请核对 1 行');
  const check = within(preview).getByRole('group', { name: '请核对' });
  expect(within(check).getByRole('row', { name: /^2 / })).toHaveTextContent('低于 1–5月的 2.15亿元');
  expect(within(preview).getByRole('button', { name: '确认导入 1 行' })).toBeEnabled();
});
