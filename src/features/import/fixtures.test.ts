/**
 * Every file of tests/fixtures/import through the real reader and parser (the worker's own
 * function), against its expected outcome in expected.json; then the fixtures too large to commit,
 * made here: a 100,000-row CSV, a bomb inflating past 100 MB, 10,000-row CSV and XLSX timings.
 */
import { readFileSync } from 'node:fs';
import { Deflate, inflateSync, Zip, ZipPassThrough } from 'fflate';
import { expect, test } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { seedDataset } from '../../../server/seed';
import type { ImportIndicator, ParsedSheet } from '../../domain/import/parse-sheet';
import { TEMPLATE_HEADERS } from '../../domain/import/template';
import { answerImportRequest } from './import.worker';
import type { FileParseOptions, ImportWorkerAnswer } from './worker-protocol';

interface Case {
  readonly file: string;
  readonly sheet?: string;
  readonly sameAs?: string;
  readonly ok?: boolean;
  readonly error?: string;
  readonly sheets?: string[];
  readonly encoding?: string;
  readonly layout?: ParsedSheet['layout'];
  readonly headerLine?: number;
  readonly period?: string;
  readonly rows?: ParsedSheet['rows'];
  readonly skipped?: [number, string][];
  readonly rejected?: [number, string][];
}

const folder = new URL('../../../tests/fixtures/import/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected.json', folder), 'utf8')) as {
  options: FileParseOptions;
  cases: Case[];
};

/** The real indicators: the seed's, as the import page builds its catalogue. */
const catalogue: ImportIndicator[] = seedDataset().indicators.map((i) => ({
  id: i.id,
  name: i.name,
  unit: i.unit,
  kind: i.kind,
  cumulative: i.cumulative,
  ...(i.derived ? { derived: i.derived } : {}),
}));

let nextId = 1;
function answer(fileName: string, bytes: Uint8Array, sheet?: string): Promise<ImportWorkerAnswer> {
  const copy = bytes.slice();
  return answerImportRequest({
    id: nextId++,
    bytes: copy.buffer,
    fileName,
    ...(sheet === undefined ? {} : { sheet }),
    catalogue,
    options: expected.options,
  });
}

function resolve(c: Case): Case {
  const base = c.sameAs
    ? expected.cases.find((other) => other.file === c.sameAs && other.sheet === undefined)
    : undefined;
  return base ? { ...base, ...c, sheets: c.sheets ?? [c.file.replace(/\.[^.]+$/, '')] } : c;
}

for (const raw of expected.cases) {
  const c = resolve(raw);
  test(`fixture ${c.file}${c.sheet ? ` (sheet ${c.sheet})` : ''}: ${c.ok ? 'parses as expected' : c.error}`, async () => {
    const out = await answer(c.file, new Uint8Array(readFileSync(new URL(c.file, folder))), c.sheet);
    if (c.sheets) expect(out.sheets).toEqual(c.sheets);
    if (!c.ok) {
      expect(out).toMatchObject({ ok: false, error: { zh: c.error } });
      if (!out.ok) expect(out.error.en.length).toBeGreaterThan(0);
      return;
    }
    if (!out.ok) throw new Error(out.error.zh);
    expect(out.encoding).toBe(c.encoding);
    expect(out.parsed.layout).toBe(c.layout);
    expect(out.parsed.headerLine).toBe(c.headerLine);
    expect(out.parsed.period).toBe(c.period);
    expect(out.parsed.rows).toEqual(c.rows);
    expect(out.parsed.skipped.map((s) => [s.line, s.reason.zh])).toEqual(c.skipped);
    expect(out.parsed.rejected.map((r) => [r.line, r.message.zh])).toEqual(c.rejected);
    for (const r of out.parsed.rejected) expect(r.message.en).toMatch(/^Line \d+/);
  });
}

test('every fixture file has an expected outcome', async () => {
  const { readdirSync } = await import('node:fs');
  const files = readdirSync(folder).filter((f) => !/\.(md|json|mjs)$/.test(f));
  expect(new Set(expected.cases.map((c) => c.file))).toEqual(new Set(files));
});

const csvOf = (rows: readonly (readonly (string | number | null)[])[]) =>
  new TextEncoder().encode(rows.map((r) => r.map((c) => c ?? '').join(',')).join('\r\n'));

test('generated: 100,000 rows are refused as a whole with the limit in the message', async () => {
  const rows: (string | number)[][] = [[...TEMPLATE_HEADERS]];
  for (let i = 0; i < 100_000; i++) rows.push(['foreign-trade', '', '2020-06', i]);
  const out = await answer('100k.csv', csvOf(rows));
  expect(out).toMatchObject({ ok: false, error: { zh: '文件超过 20,000 行，请拆分后导入' } });
});

/** Concatenates byte chunks. */
function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  chunks.reduce((at, c) => (out.set(c, at), at + c.length), 0);
  return out;
}

/**
 * A deflate stream of `megabytes` MB of spaces without compressing them all: one MB deflated and
 * sync-flushed (so it ends on a byte boundary) repeats as is, since its back-references only ever
 * reach spaces; an empty final block closes the stream.
 */
function spacesDeflated(megabytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const deflater = new Deflate({ level: 9 }, (chunk) => chunks.push(chunk));
  deflater.push(new Uint8Array(1024 * 1024).fill(0x20));
  deflater.flush(true);
  const block = concat(chunks);
  return concat([...Array.from({ length: megabytes }, () => block), new Uint8Array([0x01, 0x00, 0x00, 0xff, 0xff])]);
}

/** A zip whose one entry is already-deflated bytes; its header claims the compressed size as the real one. */
function zipOfDeflated(name: string, deflated: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  const entry = new ZipPassThrough(name);
  entry.compression = 8;
  zip.add(entry);
  entry.push(deflated, true);
  zip.end();
  return concat(chunks);
}

test('generated: a sheet of about 100 KB inflating to 101 MB is refused, whatever its header says', async () => {
  const deflated = spacesDeflated(101);
  expect(inflateSync(deflated).length).toBe(101 * 1024 * 1024);
  const bomb = zipOfDeflated('xl/worksheets/sheet1.xml', deflated);
  expect(bomb.length).toBeLessThan(200 * 1024);
  const out = await answer('bomb.xlsx', bomb);
  expect(out).toMatchObject({ ok: false, error: { zh: '文件解压后过大（可能是“压缩炸弹”），已拒绝读取' } });
});

/** 10,000 rows of 1,000 real-looking indicators over ten months, as the bench sheet would be. */
function bigTable(): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [[...TEMPLATE_HEADERS]];
  const ids = catalogue.filter((i) => !i.derived);
  for (let i = 0; i < 10_000; i++) {
    const indicator = ids[i % ids.length] as ImportIndicator;
    rows.push([
      indicator.id,
      indicator.name.zh,
      `${2000 + Math.floor(i / ids.length / 10)}-${String((Math.floor(i / ids.length) % 10) + 1).padStart(2, '0')}`,
      i + 0.5,
      indicator.unit === '%' ? '%' : indicator.unit,
      i % 3 ? '填报' : '审核',
      '2020-07-10',
      '镇统计站',
      i % 5 ? null : '备注',
    ]);
  }
  return rows;
}

test('generated: 10,000 rows read and parse in well under a second (CSV and XLSX)', { timeout: 30_000 }, async () => {
  const rows = bigTable();
  const files: [string, Uint8Array][] = [
    ['10k.csv', csvOf(rows)],
    ['10k.xlsx', new Uint8Array(await writeExcelFile(rows).toBuffer())],
  ];
  for (const [name, bytes] of files) {
    const started = performance.now();
    const out = await answer(name, bytes);
    const ms = performance.now() - started;
    if (!out.ok) throw new Error(out.error.zh);
    expect(out.parsed.rows.length + out.parsed.rejected.length).toBe(10_000);
    // Generous for a loaded CI machine; typical figures are in the README.
    expect(ms).toBeLessThan(3000);
  }
});
