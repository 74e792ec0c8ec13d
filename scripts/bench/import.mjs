// Import of a 10,000-row sheet on the 1,000-indicator build: from choosing the file to the painted
// preview (read in the worker, matched, compared by the in-page API), and the longest main-thread
// task meanwhile (the page must stay responsive: the file is read off the main thread).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import writeExcelFile from 'write-excel-file/node';
import { withFreshPage, withTimeout } from './browser.mjs';
import { summarise } from './metrics.mjs';
import { installObservers } from './observers.mjs';

export const IMPORT_ROWS = 10_000;
const HEADERS = ['指标编号', '指标名称', '期间', '数值', '单位', '填报/审核', '截止日期', '来源', '备注'];

/**
 * A template-layout sheet of `rows` rows for the bench build's generated indicators (ids
 * generated-0064 … generated-0999: even numbers are 亿元 amounts, odd ones counts), months 1–11 of
 * 2020: months 1–10 change the generated values, 11 adds.
 */
export function importSheet(rows = IMPORT_ROWS) {
  const table = [HEADERS];
  for (let i = 64; i < 1000 && table.length <= rows; i++) {
    for (let month = 1; month <= 11 && table.length <= rows; month++) {
      const amount = i % 2 === 0;
      const id = `generated-${String(i).padStart(4, '0')}`;
      const period = `2020-${String(month).padStart(2, '0')}`;
      table.push([
        id,
        `示例指标 ${i}`,
        period,
        amount ? Math.round(month * 1.37 * 100) / 100 : month * 2,
        amount ? '亿元' : '个',
        '填报',
        `2020-${String(month).padStart(2, '0')}-28`,
        '镇统计站月报',
        '',
      ]);
    }
  }
  return table;
}

function toCsv(table) {
  return `\uFEFF${table.map((r) => r.map((c) => (/[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(',')).join('\r\n')}\r\n`;
}

/** Writes the sheet as .xlsx and .csv into a temp folder; returns their paths. */
export async function writeImportFiles() {
  const dir = mkdtempSync(join(tmpdir(), 'baipu-import-'));
  const table = importSheet();
  const xlsx = join(dir, '白蒲镇-10000行.xlsx');
  const csv = join(dir, '白蒲镇-10000行.csv');
  await writeExcelFile(table.map((r) => r.map((value) => ({ value })))).toFile(xlsx);
  writeFileSync(csv, toCsv(table));
  return { dir, xlsx, csv, rows: table.length - 1 };
}

/**
 * In-page clock: from the file input's change event to the frame after the preview counts appear.
 * The observer starts at the change (an init script runs before the document has any element).
 */
function installImportClock() {
  const state = { changeAt: null, shownAt: null, paintedAt: null };
  state.done = new Promise((resolve) => (state.resolve = resolve));
  window.__import = state;
  document.addEventListener(
    'change',
    (e) => {
      if (!(e.target instanceof HTMLInputElement) || e.target.type !== 'file' || state.changeAt !== null) return;
      state.changeAt = e.timeStamp;
      const observer = new MutationObserver(() => {
        if (state.shownAt !== null || !document.querySelector('.import-counts')) return;
        state.shownAt = performance.now();
        observer.disconnect();
        requestAnimationFrame(() =>
          setTimeout(() => {
            state.paintedAt = performance.now();
            state.resolve();
          }, 0),
        );
      });
      observer.observe(document.body, { subtree: true, childList: true });
    },
    true,
  );
}

async function importOnce(page, url, file) {
  await page.addInitScript(installObservers);
  await page.addInitScript(installImportClock);
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  const input = page.locator('input[type=file]');
  await input.waitFor({ state: 'attached', timeout: 30_000 });
  await input.setInputFiles(file);
  await withTimeout(
    page.evaluate(() => window.__import.done),
    60_000,
    'the import preview did not appear',
  );
  return page.evaluate(() => {
    const s = window.__import;
    const during = window.__bench.record.longTasks.filter(
      (t) => t.startTime + t.duration > s.changeAt && t.startTime < s.paintedAt,
    );
    return {
      toPreviewMs: s.paintedAt - s.changeAt,
      longestTaskMs: during.reduce((m, t) => Math.max(m, t.duration), 0),
      longTasks: during.map((t) => Math.round(t.duration)),
      counts: document.querySelector('.import-counts')?.textContent ?? '',
    };
  });
}

/** `runs` imports of each file (fresh browser each) at `cpuRate`× CPU. */
export async function measureImport(launchContext, url, files, { runs = 3, cpuRate = 1, log } = {}) {
  const result = {};
  for (const [format, file] of Object.entries({ xlsx: files.xlsx, csv: files.csv })) {
    const loads = [];
    for (let i = 0; i < runs; i++) {
      const r = await withFreshPage(launchContext, { cpuRate }, (page) => importOnce(page, url, file));
      log?.(
        `  ${format} ${i + 1}/${runs}: ${r.toPreviewMs.toFixed(0)} ms to preview, longest task ${r.longestTaskMs.toFixed(0)} ms [${r.longTasks.join(', ')}] — ${r.counts}`,
      );
      loads.push(r);
    }
    result[format] = {
      toPreviewMs: summarise(loads.map((l) => l.toPreviewMs)),
      longestTaskMs: summarise(loads.map((l) => l.longestTaskMs)),
      counts: loads[0]?.counts ?? '',
    };
  }
  return { rows: files.rows, ...result };
}
