// Export figures (issue 6): CSV and XLSX of 1,000 indicators × 12 months, and PNG of an indicator
// chart, each timed inside the page around the work that makes the file (not the download):
// - tables: the bench build's hook `window.__exportBench.tables(runs)` (src/export/bench-hook.ts,
//   compiled into `--mode bench` only), which the export module installs when it loads: the page
//   opens the Indicators table's export menu, which loads it, as an analyst's first export would;
// - PNG: the demo build's 外贸进出口 chart, exported through its menu `runs` times; each export
//   records `performance.measure('export:png')` (src/export/index.ts) from the chart's SVG to the
//   PNG's bytes; the file is downloaded and its PNG signature checked.
import { readFileSync } from 'node:fs';
import { withFreshPage } from './browser.mjs';
import { summarise } from './metrics.mjs';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const CHART_INDICATOR = 'foreign-trade';

async function measureTables(launchContext, scaledUrl, runs) {
  return withFreshPage(launchContext, { cpuRate: 1 }, async (page) => {
    await page.goto(`${scaledUrl}/indicators`, { waitUntil: 'load', timeout: 60_000 });
    // Opening the menu loads the export module, which installs the hook in the bench build.
    await page.getByRole('button', { name: /^导出：指标一览/ }).click({ timeout: 60_000 });
    await page.waitForFunction(() => window.__exportBench !== undefined, null, { timeout: 30_000 });
    await page.keyboard.press('Escape');
    // One unmeasured run first: the writers' modules load and the JIT warms up, as after a first export.
    const warm = await page.evaluate(() => window.__exportBench.tables(1));
    const result = await page.evaluate((n) => window.__exportBench.tables(n), runs);
    return { ...result, firstCsvMs: warm.csvMs[0], firstXlsxMs: warm.xlsxMs[0] };
  });
}

async function measurePng(launchContext, demoUrl, runs) {
  return withFreshPage(launchContext, { cpuRate: 1 }, async (page) => {
    await page.goto(`${demoUrl}/indicators/${CHART_INDICATOR}?period=2020-06`, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForSelector('.recharts-wrapper > svg.recharts-surface', { timeout: 60_000 });
    const menu = page.getByRole('button', { name: /^导出：外贸进出口总额 · 完成情况走势/ });
    const durations = [];
    let bytes = 0;
    let signatureOk = true;
    let fileName = '';
    for (let i = 0; i < runs + 1; i++) {
      await menu.click();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 30_000 }),
        page.getByRole('menuitem', { name: '图片 PNG' }).click(),
      ]);
      const file = readFileSync(await download.path());
      bytes = file.length;
      fileName = download.suggestedFilename();
      signatureOk &&= PNG_SIGNATURE.every((b, k) => file[k] === b);
      durations.push(
        await page.evaluate(() => performance.getEntriesByName('export:png', 'measure').at(-1)?.duration ?? null),
      );
    }
    // The first export also loads the export module's code; it is reported apart.
    return { first: durations[0], durations: durations.slice(1), bytes, signatureOk, fileName };
  });
}

/** The export figures: tables on the bench build, the chart on the demo build. */
export async function measureExport(launchContext, { demoUrl, scaledUrl, runs = 5, log }) {
  const tables = await measureTables(launchContext, scaledUrl, runs);
  log?.(
    `  tables ${tables.rows} × ${tables.columns} (${tables.numbers} numbers): CSV [${tables.csvMs.map((v) => v.toFixed(1)).join(', ')}] ms, XLSX [${tables.xlsxMs.map((v) => v.toFixed(0)).join(', ')}] ms`,
  );
  const png = await measurePng(launchContext, demoUrl, runs);
  log?.(
    `  PNG ${png.fileName}: first ${png.first?.toFixed(0)} ms, then [${png.durations.map((v) => v?.toFixed(0)).join(', ')}] ms`,
  );
  return {
    tables: {
      rows: tables.rows,
      columns: tables.columns,
      numbers: tables.numbers,
      csvBytes: tables.csvBytes,
      xlsxBytes: tables.xlsxBytes,
      firstCsvMs: tables.firstCsvMs,
      firstXlsxMs: tables.firstXlsxMs,
    },
    figures: {
      csv: summarise(tables.csvMs),
      xlsx: summarise(tables.xlsxMs),
      png: summarise(png.durations),
    },
    png: { firstMs: png.first, bytes: png.bytes, signatureOk: png.signatureOk, fileName: png.fileName },
  };
}
