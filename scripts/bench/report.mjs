// The bench's printed tables.
const KB = 1024;

const pad = (rows) => {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i] ?? '').length)));
  return rows
    .map((r) =>
      r
        .map((c, i) => String(c ?? '').padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
};

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const ok = (pass) => (pass === null ? 'n/a' : pass ? 'ok' : 'MISSED');

/** Bundle sizes, as `npm run bench` printed them before the browser figures were added. */
export function bundleTable(builds, targets) {
  const rows = [['build', 'what', 'gzip', 'target']];
  const mark = (bytes, target) => (bytes <= target ? 'ok' : 'OVER');
  for (const [name, m] of Object.entries(builds)) {
    rows.push([
      name,
      'first page (entry + static imports)',
      kb(m.firstPage.gzipBytes),
      `≤ 130 KB ${mark(m.firstPage.gzipBytes, targets.firstPageBytes)}`,
    ]);
    for (const r of m.routes) {
      rows.push([name, `  + ${r.source}`, kb(r.gzipBytes), `≤ 260 KB ${mark(r.gzipBytes, targets.routeBytes)}`]);
    }
    rows.push([
      name,
      'in-page demo API in first page',
      String(m.demoApiInFirstPage),
      m.demoApiInFirstPage ? 'OVER' : 'ok',
    ]);
    rows.push([
      name,
      'in-page demo API in build',
      String(m.demoApiAnywhere),
      name === 'server' && m.demoApiAnywhere ? 'OVER' : 'ok',
    ]);
    rows.push([name, 'msw anywhere in build', String(m.mswAnywhere), m.mswAnywhere ? 'OVER' : 'ok']);
  }
  return pad(rows);
}

const ms = (v) => (v === null || v === undefined ? '—' : `${Math.round(v)} ms`);
const spread = (f, fmt) => (f.median === null ? '—' : `${fmt(f.median)} (${fmt(f.min)}–${fmt(f.max)})`);
const cls = (v) => (v === null || v === undefined ? '—' : v.toFixed(3));
const ratio = (a, b) => (a === null || b === null || b === 0 ? null : a / b);
const times = (r) => (r === null ? '—' : `${r.toFixed(2)}×`);

/** The Overview's page load beside the baseline's, with ratios and targets. */
export function loadTable(overview, baseline, targets) {
  const o = overview.figures;
  const b = baseline.figures;
  const lcpRatio = ratio(o.lcp.median, b.lcp.median);
  const rows = [['metric', 'Overview median (min–max)', 'baseline median (min–max)', 'ours/baseline', 'target', '']];
  const row = (label, key, fmt, target, pass) =>
    rows.push([
      label,
      spread(o[key], fmt),
      spread(b[key], fmt),
      times(ratio(o[key].median, b[key].median)),
      target,
      pass,
    ]);
  row(
    'LCP',
    'lcp',
    ms,
    `≤ ${targets.lcpMs} ms; ≤ ${targets.lcpRatio}× baseline`,
    [
      ok(o.lcp.median === null ? null : o.lcp.median <= targets.lcpMs),
      ok(lcpRatio === null ? null : lcpRatio <= targets.lcpRatio),
    ].join(' / '),
  );
  row('TBT', 'tbt', ms, `≤ ${targets.tbtMs} ms`, ok(o.tbt.median === null ? null : o.tbt.median <= targets.tbtMs));
  row('CLS', 'cls', cls, `≤ ${targets.cls}`, ok(o.cls.median === null ? null : o.cls.median <= targets.cls));
  row('charts drawn (mark)', 'chartsDrawn', ms, '', '');
  row('FCP', 'fcp', ms, '', '');
  row('app render scheduled (mark)', 'appRendered', ms, '', '');
  row('load event end', 'load', ms, '', '');
  row('long tasks (count)', 'longTasks', (v) => String(v), '', '');
  return pad(rows);
}

export function indicatorsTable(ind, targets) {
  const f = ind.figures;
  const rows = [['metric', 'median (min–max)', 'target', '']];
  rows.push([
    'data → painted rows',
    ind.marksPresent ? spread(f.dataToPainted, (v) => `${v.toFixed(1)} ms`) : 'marks missing',
    `≤ ${targets.tablePaintMs} ms`,
    ok(f.dataToPainted.median === null ? null : f.dataToPainted.median <= targets.tablePaintMs),
  ]);
  rows.push([
    'DOM elements',
    spread(f.domElements, String),
    `≤ ${targets.domElements}`,
    ok(f.domElements.median === null ? null : f.domElements.max <= targets.domElements),
  ]);
  rows.push(['rows in the DOM', spread(f.rowsInDom, String), '', '']);
  return pad(rows);
}

export function switchTable(sw, targets) {
  const f = sw.figures;
  const one = (v) => `${v.toFixed(1)} ms`;
  const rows = [['metric', 'median (min–max)', 'target', '']];
  rows.push([
    'key press → next paint (in page)',
    spread(f.inPage, one),
    `≤ ${targets.switchMs} ms`,
    ok(f.inPage.median === null ? null : f.inPage.median <= targets.switchMs),
  ]);
  rows.push([
    'Event Timing duration',
    `${spread(f.eventTiming, (v) => `${Math.round(v)} ms`)}, reported ${f.eventTimingReported}/${sw.switches}`,
    `≤ ${targets.switchMs} ms`,
    ok(f.eventTiming.median === null ? null : f.eventTiming.median <= targets.switchMs),
  ]);
  rows.push(['/api/summary requests while cached', String(sw.apiRequestsDuringCachedSwitches), '0', '']);
  rows.push(['first (uncached) switch, for reference', sw.uncached === null ? '—' : one(sw.uncached), '', '']);
  return pad(rows);
}

/** Export of tables (1,000 indicators × 12 months) and of an indicator chart as PNG. */
export function exportTable(exp, targets) {
  const f = exp.figures;
  const one = (v) => `${v.toFixed(1)} ms`;
  const rows = [['metric', 'median (min–max)', 'target', '']];
  const line = (label, figure, target) =>
    rows.push([
      label,
      spread(figure, one),
      `≤ ${target} ms`,
      ok(figure.median === null ? null : figure.median <= target),
    ]);
  line(`CSV, ${exp.tables.rows} indicators × 12 months`, f.csv, targets.exportCsvMs);
  line(`XLSX, ${exp.tables.rows} indicators × 12 months`, f.xlsx, targets.exportXlsxMs);
  line('PNG of the foreign-trade chart (2x)', f.png, targets.exportPngMs);
  rows.push([
    '  first run of each (cold)',
    `CSV ${ms(exp.tables.firstCsvMs)}, XLSX ${ms(exp.tables.firstXlsxMs)}, PNG ${ms(exp.png.firstMs)}`,
    '',
    '',
  ]);
  rows.push([
    '  file sizes',
    `CSV ${kb(exp.tables.csvBytes)}, XLSX ${kb(exp.tables.xlsxBytes)}, PNG ${kb(exp.png.bytes)}${exp.png.signatureOk ? '' : ' (NOT a PNG)'}`,
    '',
    '',
  ]);
  return pad(rows);
}

/** Import of a 10,000-row sheet: to the painted preview, and the longest main-thread task meanwhile. */
export function importTable(imp, targets) {
  const one = (v) => `${v.toFixed(0)} ms`;
  const rows = [['metric', 'median (min–max)', 'target', '']];
  for (const format of ['xlsx', 'csv']) {
    const f = imp[format];
    rows.push([
      `${format.toUpperCase()}, ${imp.rows.toLocaleString('en')} rows: file chosen → preview painted`,
      spread(f.toPreviewMs, one),
      `≤ ${targets.importPreviewMs} ms`,
      ok(f.toPreviewMs.median === null ? null : f.toPreviewMs.median <= targets.importPreviewMs),
    ]);
    rows.push([
      `${format.toUpperCase()}: longest main-thread task meanwhile`,
      spread(f.longestTaskMs, one),
      `≤ ${targets.importLongTaskMs} ms`,
      ok(f.longestTaskMs.max === null ? null : f.longestTaskMs.max <= targets.importLongTaskMs),
    ]);
  }
  rows.push(['  preview (first run)', imp.xlsx.counts, '', '']);
  return pad(rows);
}
