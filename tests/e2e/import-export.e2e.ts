/**
 * The analyst with the statistics office's sheet: imports it as it comes (title rows, a merged
 * header, units in the header, full-width digits, an empty marker, notes rows), reads the preview,
 * commits; then exports the indicator's chart as PNG and SVG and its observations as XLSX, checks
 * the files, and imports the XLSX again: nothing changes.
 */
import type { Download, Page } from 'playwright-core';
import readExcelFile from 'read-excel-file/node';
import { expect, test } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { ARTIFACTS_DIR, openApp } from './page-guard';
import { mkdirSync, readFileSync } from 'node:fs';

const TRADE = '外贸进出口总额';

/** The statistics office's June sheet, written the way such sheets are. */
async function statisticsSheet(): Promise<Buffer> {
  const data = [
    [{ value: '白蒲镇2020年1-6月主要经济指标完成情况表', columnSpan: 4 }, null, null, null],
    [{ value: '指标名称', rowSpan: 2 }, { value: '计量单位', rowSpan: 2 }, { value: '本期', columnSpan: 2 }, null],
    [null, null, '1-6月累计', '备注'],
    [TRADE, '亿元', '３．１', '海关口径'],
    ['工业投资（万元）', null, '１２，０００', null],
    ['规上工业企业数', '家', '—', null],
    [],
    ['注：本表数据为快报数，以年报为准。'],
    ['填报人：统计员    审核人：站长'],
  ];
  return Buffer.from(await writeExcelFile(data).toBuffer());
}

async function download(page: Page, open: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), open()]);
  const d: Download = file;
  const path = await d.path();
  const bytes = readFileSync(path);
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await d.saveAs(`${ARTIFACTS_DIR}${d.suggestedFilename()}`);
  return { name: d.suggestedFilename(), bytes };
}

async function exportItem(page: Page, menu: RegExp, item: string) {
  return download(page, async () => {
    await page.getByRole('button', { name: menu }).click();
    await page.getByRole('menuitem', { name: item }).click();
  });
}

/** Decodes a PNG in the page and measures it: size, and how much of it is not white. */
function measurePng(page: Page, bytes: Buffer) {
  return page.evaluate(async (base64) => {
    // (Not fetch of a data: URL: the app's CSP rightly refuses it.)
    const blob = new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' });
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    let inked = 0;
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 7) {
      const [r = 255, g = 255, b = 255] = [data[i], data[i + 1], data[i + 2]];
      if (r < 240 || g < 240 || b < 240) inked++;
      colours.add((r << 16) | (g << 8) | b);
    }
    return {
      width: bitmap.width,
      height: bitmap.height,
      inkedShare: inked / (data.length / 28),
      colours: colours.size,
    };
  }, bytes.toString('base64'));
}

test('analyst: imports the statistics sheet, commits, exports chart and table, and the export imports back unchanged', async () => {
  const app = await openApp();
  const { page } = app;
  await app.goto('/import?period=2020-06');
  await page.getByRole('heading', { level: 1, name: '数据导入' }).waitFor();

  await page.getByLabel('选择文件（.xlsx 或 .csv，不超过 10 MB）').setInputFiles({
    name: '白蒲镇2020年6月报表.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await statisticsSheet(),
  });
  const preview = page.getByRole('region', { name: '预览结果' });
  await preview.waitFor();
  await expect.poll(() => preview.locator('.import-counts').textContent()).toMatch(/有误\s*0 行/);
  // June's sample value of trade is replaced by the sheet's 3.1亿元; 12,000万元 of investment is 1.2亿元.
  const changes = preview.getByRole('group', { name: '变更' });
  await expect
    .poll(() => changes.getByRole('row', { name: new RegExp(`^4 ${TRADE} 2020年6月 填报值`) }).textContent())
    .toMatch(/3\.1亿元$/);
  await expect.poll(() => preview.getByRole('group', { name: '跳过' }).textContent()).toMatch(/规上工业企业数|—/);
  await app.screenshot('import-1-preview-zh-CN');

  await preview.getByLabel('导入说明（可选，记入修改记录）').fill('统计站6月快报');
  await preview.getByRole('button', { name: /^确认导入 \d+ 行$/ }).click();
  await page.getByText(/^导入完成：/).waitFor();

  // The indicator now stands on the imported value, and its history says where it came from.
  await app.goto('/indicators/foreign-trade?period=2020-06');
  await page.getByRole('heading', { level: 1, name: TRADE }).waitFor();
  const observations = page.getByRole('region', { name: '数据记录' });
  await expect.poll(() => observations.getByRole('row', { name: /^2020年1-6月 3\.1亿元 填报值/ }).count()).toBe(1);
  const history = page.getByRole('region', { name: '修改记录' });
  await expect
    .poll(() =>
      history
        .getByRole('row', { name: /统计站6月快报/ })
        .first()
        .textContent(),
    )
    .toMatch(/导入/);

  // Why June moved, as a cause note: marked on the chart at June.
  const notes = page.getByRole('region', { name: '变动说明' });
  await notes.getByLabel('期间').selectOption('2020-06');
  await notes.getByLabel('说明', { exact: true }).fill('6月海关补录一批出口数据');
  await notes.getByRole('button', { name: '添加说明' }).click();
  await notes.getByText(/6月海关补录一批出口数据/).waitFor();

  // The chart as PNG (2×) and SVG, with the provenance footer drawn in.
  const chart = page.getByRole('figure', { name: `${TRADE}: 完成情况走势` });
  await chart.locator('.recharts-line path[d]').first().waitFor({ state: 'attached' });
  const png = await exportItem(page, /^导出：外贸进出口总额 · 完成情况走势/, '图片 PNG');
  expect(png.name).toMatch(/\.png$/);
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const box = await chart.locator('.recharts-wrapper > svg.recharts-surface').boundingBox();
  const image = await measurePng(page, png.bytes);
  expect(image.width).toBeGreaterThanOrEqual(Math.floor((box?.width ?? 0) * 2));
  expect(image.inkedShare).toBeGreaterThan(0.01);
  expect(image.colours).toBeGreaterThan(8);

  const svg = await exportItem(page, /^导出：外贸进出口总额 · 完成情况走势/, '矢量图 SVG');
  const svgText = svg.bytes.toString('utf8');
  expect(svgText).toContain(TRADE);
  expect(svgText).not.toMatch(/<script|\son[a-z]+=|javascript:/i);
  expect(svgText).toMatch(/font-family="[^"]*Noto Sans CJK SC/);
  expect(svgText).toContain('口径');
  // The note: its kind at June on the chart, its text in the footer.
  expect(svgText).toContain('>原因<');
  expect(svgText).toContain('2020年6月 原因：6月海关补录一批出口数据');

  // The observations as XLSX: numbers as numbers, the imported value among them.
  const xlsx = await exportItem(page, /^导出：外贸进出口总额 · 数据记录/, 'Excel (XLSX)');
  const [sheet] = await readExcelFile(xlsx.bytes);
  const rows = (sheet?.data ?? []) as (string | number | null)[][];
  expect(rows[0]).toEqual(['指标编号', '指标名称', '期间', '数值', '单位', '填报/审核', '截止日期', '来源', '备注']);
  const june = rows.find((r) => r[2] === '2020-06' && r[5] === '填报');
  expect(june?.[3]).toBe(3.1);
  expect(typeof june?.[3]).toBe('number');

  // Round trip: importing the exported file changes nothing.
  await app.goto('/import?period=2020-06');
  await page.getByLabel('选择文件（.xlsx 或 .csv，不超过 10 MB）').setInputFiles({
    name: xlsx.name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: xlsx.bytes,
  });
  const again = page.getByRole('region', { name: '预览结果' });
  await again.getByText('没有需要写入的数据：文件中的数值与现有数据相同。').waitFor();
  const counts = (await again.locator('.import-counts').textContent()) ?? '';
  expect(counts).toMatch(/新增\s*0 行/);
  expect(counts).toMatch(/变更\s*0 行/);
  expect(counts).toMatch(/有误\s*0 行/);
  await app.screenshot('import-2-round-trip-zh-CN');
  app.expectClean();
});
