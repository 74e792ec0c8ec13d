// npm run bench: builds the app, the 1,000-indicator build and a bare baseline page, serves them, and
// measures in headless Chromium. Prints the figures beside their targets and writes
// bench-results/bench.json. Figures, not a test: nothing here fails on a missed target.
// The method is in docs/performance.md.
// `npm run bench -- --only=data` builds the demo and the bench build and measures only the import and
// export figures (issue 6), written to bench-results/bench-data.json.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBrowserHelpers } from './bench/browser.mjs';
import { viteBuild } from './bench/build.mjs';
import { measureExport } from './bench/export.mjs';
import { IMPORT_ROWS, measureImport, writeImportFiles } from './bench/import.mjs';
import { measureIndicators } from './bench/indicators.mjs';
import { measurePageLoads } from './bench/page-load.mjs';
import { measurePeriodSwitch } from './bench/period-switch.mjs';
import { bundleTable, exportTable, importTable, indicatorsTable, loadTable, switchTable } from './bench/report.mjs';
import { measureBuild } from './bundle-sizes.mjs';

const root = new URL('..', import.meta.url).pathname;
const KB = 1024;
const TARGETS = {
  firstPageBytes: 130 * KB,
  routeBytes: 260 * KB,
  lcpMs: 1000,
  lcpRatio: 1.25,
  tbtMs: 100,
  cls: 0.02,
  tablePaintMs: 150,
  domElements: 1400,
  switchMs: 100,
  exportCsvMs: 100,
  exportXlsxMs: 1000,
  exportPngMs: 300,
  importPreviewMs: 1000,
  importLongTaskMs: 200,
};
const RUNS = 5;
const ONLY = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
if (ONLY !== undefined && ONLY !== 'data') throw new Error(`unknown --only=${ONLY}: only "data" is known`);

// Everything the run creates lives in one temp dir: the builds and, through TMPDIR, the browser
// profiles that launchContext makes (it does not remove them itself).
const work = mkdtempSync(join(tmpdir(), 'baipu-bench-'));
mkdirSync(join(work, 'tmp'));
process.env.TMPDIR = join(work, 'tmp');
const servers = [];

async function cleanUp() {
  await Promise.allSettled(servers.splice(0).map((s) => s.close()));
  rmSync(work, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    // Browsers started by Playwright end with this process; the servers and temp dir are ours to remove.
    void cleanUp().finally(() => process.exit(130));
  });
}

const log = (line) => console.log(line);

/** Import of a 10,000-row sheet (both formats) on the bench build, printed with its targets. */
async function importFigures(launchContext, scaledUrl) {
  log(`Import of a ${IMPORT_ROWS.toLocaleString('en')}-row sheet, .xlsx and .csv (bench build, 1× CPU, 3 runs each)`);
  const files = await writeImportFiles();
  try {
    return await measureImport(launchContext, `${scaledUrl}/import?period=2020-06`, files, {
      runs: 3,
      cpuRate: 1,
      log,
    });
  } finally {
    rmSync(files.dir, { recursive: true, force: true });
  }
}

/** The import and export figures alone: the demo and the bench build, no other measurement. */
async function mainDataOnly() {
  const started = Date.now();
  const dirs = { demo: join(work, 'demo'), scaled: join(work, 'scaled') };
  log('building: demo, bench (1,000 indicators)');
  viteBuild(root, { outDir: dirs.demo });
  viteBuild(root, { outDir: dirs.scaled, mode: 'bench' });
  const { launchContext, hasChromium, installHint, serveStatic } = await loadBrowserHelpers(root);
  if (!hasChromium()) throw new Error(`Chromium is missing: ${installHint}`);
  const urls = [];
  for (const dir of [dirs.demo, dirs.scaled]) {
    const server = await serveStatic(dir);
    servers.push(server);
    urls.push(server.url);
  }
  log(`\nExport (1× CPU, ${RUNS} runs each)`);
  const exported = await measureExport(launchContext, { demoUrl: urls[0], scaledUrl: urls[1], runs: RUNS, log });
  const imported = await importFigures(launchContext, urls[1]);
  console.log('\nExport: the file made in the page (not the download), 1× CPU\n');
  console.log(exportTable(exported, TARGETS));
  console.log('\nImport: from choosing the file to the painted preview, 1× CPU\n');
  console.log(importTable(imported, TARGETS));
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(
    join(root, 'bench-results', 'bench-data.json'),
    JSON.stringify(
      { measuredAt: new Date().toISOString(), targets: TARGETS, export: exported, import: imported },
      null,
      2,
    ),
  );
  console.log(`\nwritten: bench-results/bench-data.json (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

async function main() {
  const started = Date.now();
  const dirs = {
    demo: join(work, 'demo'),
    server: join(work, 'server'),
    scaled: join(work, 'scaled'),
    baseline: join(work, 'baseline'),
  };
  log('building: demo, server, bench (1,000 indicators), baseline');
  const buildMs = {
    demo: viteBuild(root, { outDir: dirs.demo }),
    server: viteBuild(root, { outDir: dirs.server, mode: 'server' }),
    scaled: viteBuild(root, { outDir: dirs.scaled, mode: 'bench' }),
    baseline: viteBuild(root, { outDir: dirs.baseline, config: 'bench/baseline/vite.config.ts' }),
  };
  const bundles = { demo: measureBuild(dirs.demo), server: measureBuild(dirs.server) };

  const { launchContext, hasChromium, installHint, serveStatic } = await loadBrowserHelpers(root);
  if (!hasChromium()) throw new Error(`Chromium is missing: ${installHint}`);
  // (Debian's wrapper script complains on stderr about this machine's memory size: not ours to show.)
  const chromiumVersion = execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
  const serve = async (dir) => {
    const server = await serveStatic(dir);
    servers.push(server);
    return server.url;
  };
  const demoUrl = await serve(dirs.demo);
  const scaledUrl = await serve(dirs.scaled);
  const baselineUrl = await serve(dirs.baseline);

  log(`\nOverview and baseline page loads (4× CPU, ${RUNS} fresh loads each, taken in turn)`);
  const { overview, baseline } = await measurePageLoads(
    launchContext,
    { overview: `${demoUrl}/`, baseline: `${baselineUrl}/` },
    { runs: RUNS, cpuRate: 4, log },
  );
  log(`Indicators on 1,000 indicators (bench build, 1× CPU, ${RUNS} fresh loads)`);
  const indicators = await measureIndicators(launchContext, `${scaledUrl}/indicators`, { runs: RUNS, cpuRate: 1, log });
  log('Overview period switch, cached (demo build, 1× CPU)');
  const periodSwitch = await measurePeriodSwitch(launchContext, `${demoUrl}/`, { switches: 6, cpuRate: 1, log });
  log(`Export of tables (bench build) and of a chart as PNG (demo build), 1× CPU, ${RUNS} runs each`);
  const exported = await measureExport(launchContext, { demoUrl, scaledUrl, runs: RUNS, log });
  const imported = await importFigures(launchContext, scaledUrl);

  console.log('\nJavaScript per page, gzip -9 bytes\n');
  console.log(bundleTable(bundles, TARGETS));
  console.log(`\nOverview page load vs the baseline page: 4× CPU slowdown, median of ${RUNS} fresh loads\n`);
  console.log(loadTable(overview, baseline, TARGETS));
  console.log(`  LCP element (Overview): ${[...new Set(overview.lcpElements)].join(' | ')}`);
  console.log(`  LCP element (baseline): ${[...new Set(baseline.lcpElements)].join(' | ')}`);
  console.log(`\nIndicators table, 1,000 indicators (--mode bench): 1× CPU, median of ${RUNS} fresh loads\n`);
  console.log(indicatorsTable(indicators, TARGETS));
  if (!indicators.marksPresent) console.log('  (the build has no indicators:data / indicators:painted marks)');
  console.log(`\nOverview period switch with cached data: 1× CPU, ${periodSwitch.switches} switches\n`);
  console.log(switchTable(periodSwitch, TARGETS));
  console.log('\nExport: the file made in the page (not the download), 1× CPU\n');
  console.log(exportTable(exported, TARGETS));
  console.log('\nImport: from choosing the file to the painted preview, 1× CPU\n');
  console.log(importTable(imported, TARGETS));

  const ratios = {};
  for (const key of ['lcp', 'fcp', 'tbt', 'chartsDrawn', 'appRendered', 'load']) {
    const a = overview.figures[key].median;
    const b = baseline.figures[key].median;
    ratios[key] = a !== null && b ? a / b : null;
  }
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(
    join(root, 'bench-results', 'bench.json'),
    JSON.stringify(
      {
        measuredAt: new Date().toISOString(),
        machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, node: process.version, chromium: chromiumVersion },
        targets: TARGETS,
        buildMs,
        bundles,
        overview,
        baseline,
        ratios,
        indicators,
        periodSwitch,
        export: exported,
        import: imported,
        durationMs: Date.now() - started,
      },
      null,
      2,
    ),
  );
  console.log(`\nwritten: bench-results/bench.json (whole run ${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

try {
  await (ONLY === 'data' ? mainDataOnly() : main());
} finally {
  await cleanUp();
}
