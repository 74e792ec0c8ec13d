import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
  importCommitResponseSchema,
  importPreviewResponseSchema,
  previewRows,
  MAX_IMPORT_ROWS,
  type ImportRow,
} from '../src/domain/import-contract';
import { createBrowserStorage, OBSERVATIONS_KEY, type KeyValueStore } from './storage/browser-storage';
import type { Storage } from './storage/storage';
import { testLedgerDataset } from './test-ledger';
import { errorOf, expectMethodNotAllowed, fieldMessage, NOW, send, setup, type TestApp } from './test-api';

function row(line: number, extra: Partial<ImportRow> = {}): ImportRow {
  return {
    line,
    indicatorId: 'gdp',
    period: '2020-07',
    value: 50,
    stage: 'reported',
    asOf: '2020-08-03',
    source: '镇统计站月报',
    ...extra,
  };
}

/** What storage holds, as one string: equal strings, nothing written. */
async function snapshot(storage: Storage): Promise<string> {
  return JSON.stringify([await storage.listObservations(), await storage.listTargetRevisions()]);
}

async function preview(app: TestApp, rows: ImportRow[]) {
  const res = await send(app, 'POST', '/api/imports/preview', { rows, fileName: '6月.xlsx' });
  expect(res.status, await res.clone().text()).toBe(200);
  expect(res.headers.get('Cache-Control')).toBe('no-store');
  const resolved = previewRows(rows, importPreviewResponseSchema.parse(await res.json()));
  if (!resolved) throw new Error('the preview named a row that was not sent');
  return resolved;
}

// In the test dataset: gdp 2020-06 is audited 40 and reported 42; new-projects counts; projects-started is derived.
const mixed = [
  row(2, { period: '2020-06', stage: 'audited', value: 40 }),
  row(3, { period: '2020-06', value: 45 }),
  row(4),
  row(5, { indicatorId: 'new-projects', period: '2020-06', value: 6.5 }),
  row(6, { indicatorId: 'nope' }),
  row(7, { indicatorId: 'projects-started', value: 3 }),
  row(8, { value: 51 }),
];

test('the preview says what a commit would do, row by row, and writes nothing', async () => {
  const { app, storage } = setup();
  const before = await snapshot(storage);
  const body = await preview(app, mixed);
  expect(body.unchanged.map((r) => r.line)).toEqual([2]);
  expect(body.change).toEqual([
    {
      row: mixed[1],
      before: { value: 42, recordedAt: '2020-07-01T00:00:00.000Z', source: '统计站' },
    },
  ]);
  expect(body.add.map((r) => r.line)).toEqual([4]);
  expect(body.rejected.map((r) => [r.line, r.field])).toEqual([
    [5, 'value'],
    [6, 'indicatorId'],
    [7, 'indicatorId'],
    [8, 'period'],
  ]);
  expect(body.rejected[2]?.message.zh).toContain('项目台账');
  expect(await snapshot(storage)).toBe(before);
});

test('a commit with any rejected row is a 400 naming rows.<index>.<field>, and writes nothing', async () => {
  const { app, storage } = setup();
  const before = await snapshot(storage);
  const error = await errorOf(await send(app, 'POST', '/api/imports', { rows: mixed }), 400);
  expect(error.code).toBe('validation');
  expect(error.message.zh).toContain('4 行');
  expect(error.message.en).toContain('nothing was imported');
  expect(fieldMessage(error, 'rows.3.value').zh).toContain('整数');
  fieldMessage(error, 'rows.4.indicatorId');
  fieldMessage(error, 'rows.5.indicatorId');
  expect(fieldMessage(error, 'rows.6.period').en).toContain('Line 4');
  expect(await snapshot(storage)).toBe(before);
});

test('a valid commit writes the new and changed rows in one step, with who, why and the import id', async () => {
  const { app, storage } = setup();
  const rows = mixed.slice(0, 3);
  const res = await send(app, 'POST', '/api/imports', { rows, reason: ' 6月月报 ' }, '统计站 张三');
  expect(res.status).toBe(201);
  const body = importCommitResponseSchema.parse(await res.json());
  expect(body).toEqual({ importId: 'imp-1', added: 1, changed: 1, unchanged: 1 });
  const written = (await storage.listObservations('gdp')).filter((o) => o.importId === 'imp-1');
  expect(written).toEqual([
    {
      id: 'obs-2',
      indicatorId: 'gdp',
      period: '2020-06',
      value: 45,
      stage: 'reported',
      asOf: '2020-08-03',
      source: '镇统计站月报',
      sample: false,
      recordedAt: NOW.toISOString(),
      recordedBy: '统计站 张三',
      reason: '6月月报',
      importId: 'imp-1',
    },
    expect.objectContaining({ id: 'obs-3', period: '2020-07', value: 50 }),
  ]);
  // The same rows again change nothing.
  const again = await preview(app, rows);
  expect(again.unchanged).toHaveLength(3);
  const second = importCommitResponseSchema.parse(await (await send(app, 'POST', '/api/imports', { rows })).json());
  expect(second).toMatchObject({ added: 0, changed: 0, unchanged: 3 });
  expect((await storage.listObservations('gdp')).filter((o) => o.importId === second.importId)).toEqual([]);
});

test('rejects a malformed request as a whole: no rows, too many, bad shapes, not JSON', async () => {
  const { app, storage } = setup();
  const before = await snapshot(storage);
  for (const path of ['/api/imports/preview', '/api/imports']) {
    fieldMessage(await errorOf(await send(app, 'POST', path, { rows: [] }), 400), 'rows');
    fieldMessage(await errorOf(await send(app, 'POST', path, {}), 400), 'rows');
    const bad = await errorOf(
      await send(app, 'POST', path, { rows: [row(2, { value: Number.NaN }), { line: 0 }] }),
      400,
    );
    fieldMessage(bad, 'rows.1.line');
    fieldMessage(bad, 'rows.1.indicatorId');
    const many = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => row(i + 2));
    expect(fieldMessage(await errorOf(await send(app, 'POST', path, { rows: many }), 400), 'rows').en).toContain(
      String(MAX_IMPORT_ROWS),
    );
    expect((await errorOf(await send(app, 'POST', path, '{"rows": ['), 400)).code).toBe('validation');
    const text = await app.request(path, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' });
    expect((await errorOf(text, 415)).code).toBe('unsupported-media-type');
  }
  expect(await snapshot(storage)).toBe(before);
});

test('only the import routes take bodies over 64 KB (up to 8 MB)', async () => {
  const { app } = setup();
  const rows = Array.from({ length: 12 }, (_, m) => row(m + 2, { period: `2020-${String(m + 1).padStart(2, '0')}` }));
  const padded = rows.map((r) => ({ ...r, note: '备注'.repeat(400) }));
  expect(JSON.stringify({ rows: padded }).length).toBeGreaterThan(10_000);
  const big = { rows: padded, fileName: 'x'.repeat(10), reason: '月报' };
  const large = JSON.stringify(big).replace('"rows"', `"pad": "${' '.repeat(70 * 1024)}", "rows"`);
  expect((await send(app, 'POST', '/api/imports/preview', large)).status).toBe(200);
  const huge = `{"pad": "${'x'.repeat(8 * 1024 * 1024)}"}`;
  const tooLarge = await errorOf(await send(app, 'POST', '/api/imports/preview', huge), 413);
  expect(tooLarge.message.en).toContain('8 MB');
  const elsewhere = await send(app, 'POST', '/api/indicators/gdp/observations', large);
  expect((await errorOf(elsewhere, 413)).message.en).toContain('64 KB');
});

test('in the browser, a full store fails the whole commit with a 507 and keeps nothing of it', async () => {
  const data = new Map<string, string>();
  let full = false;
  const kv: KeyValueStore = {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      if (full) throw new Error('QuotaExceededError');
      data.set(key, value);
    },
    removeItem: (key) => void data.delete(key),
  };
  const { app, storage } = setup(undefined, NOW, createBrowserStorage(testLedgerDataset, kv));
  const before = await snapshot(storage);
  full = true;
  const error = await errorOf(await send(app, 'POST', '/api/imports', { rows: mixed.slice(0, 3) }), 507);
  expect(error.message.zh).toContain('未保存任何更改');
  expect(await snapshot(storage)).toBe(before);
  expect(data.has(OBSERVATIONS_KEY)).toBe(false);
  full = false;
  expect((await send(app, 'POST', '/api/imports', { rows: mixed.slice(0, 3) })).status).toBe(201);
  expect(JSON.parse(data.get(OBSERVATIONS_KEY) ?? '[]')).toHaveLength(2);
});

test('the import routes accept only POST', async () => {
  const { app } = setup();
  await expectMethodNotAllowed(app, [
    ['GET', '/api/imports', 'POST'],
    ['PUT', '/api/imports', 'POST'],
    ['GET', '/api/imports/preview', 'POST'],
    ['DELETE', '/api/imports/preview', 'POST'],
  ]);
});

// Rows the test dataset accepts: amounts (gdp), counts (new-projects), shares (green-share, point in
// time: no quarters) and ranks (business-rank), each in 2020 (their target year).
const MONTHS = Array.from({ length: 12 }, (_, m) => `2020-${String(m + 1).padStart(2, '0')}`);
const validRowArb = fc
  .record({
    indicator: fc.constantFrom('gdp', 'new-projects', 'green-share', 'business-rank'),
    period: fc.constantFrom(...MONTHS, '2020Q1', '2020Q3', '2020'),
    stage: fc.constantFrom('reported' as const, 'audited' as const),
    raw: fc.integer({ min: 0, max: 10_000 }),
  })
  .filter((r) => !(r.indicator === 'green-share' || r.indicator === 'business-rank') || !r.period.includes('Q'))
  .map(({ indicator, period, stage, raw }) => {
    const value =
      indicator === 'gdp'
        ? raw / 100
        : indicator === 'green-share'
          ? raw / 100
          : indicator === 'business-rank'
            ? 1 + (raw % 60)
            : raw;
    return { indicatorId: indicator, period, stage, value, asOf: '2021-01-10', source: '镇统计站' };
  });
const batchArb = fc
  .uniqueArray(validRowArb, { selector: (r) => `${r.indicatorId}|${r.period}|${r.stage}`, minLength: 1, maxLength: 25 })
  .map((rows) => rows.map((r, i) => ({ line: i + 2, ...r })));

/** A row the API must refuse, whatever else the batch holds. */
const invalidRowArb = fc.constantFrom<Partial<ImportRow>>(
  { indicatorId: 'no-such-indicator' },
  { indicatorId: 'projects-started', value: 2 },
  { indicatorId: 'green-share', value: 150 },
  { indicatorId: 'new-projects', value: 2.5 },
  { indicatorId: 'business-rank', value: 0 },
  { period: '2019-06' },
  { asOf: '2019-01-01' },
);

test('import atomicity: any batch of valid rows with one invalid row is a 400 and writes nothing', async () => {
  await fc.assert(
    fc.asyncProperty(batchArb, invalidRowArb, fc.nat(), async (rows, invalid, at) => {
      const { app, storage } = setup();
      const before = await snapshot(storage);
      const position = at % (rows.length + 1);
      const bad = { ...row(999), ...invalid };
      const batch = [...rows.slice(0, position), bad, ...rows.slice(position)];
      const error = await errorOf(await send(app, 'POST', '/api/imports', { rows: batch }), 400);
      expect(error.fields?.some((f) => f.field.startsWith(`rows.${position}.`))).toBe(true);
      expect(await snapshot(storage)).toBe(before);
    }),
    { numRuns: 60 },
  );
});

test('import atomicity: a duplicate of any row of a valid batch blocks the whole batch', async () => {
  await fc.assert(
    fc.asyncProperty(batchArb, fc.nat(), fc.nat(), async (rows, from, at) => {
      const { app, storage } = setup();
      const before = await snapshot(storage);
      const copy = { ...rows[from % rows.length]!, line: 999 };
      const position = at % (rows.length + 1);
      const batch = [...rows.slice(0, position), copy, ...rows.slice(position)];
      expect((await send(app, 'POST', '/api/imports', { rows: batch })).status).toBe(400);
      expect(await snapshot(storage)).toBe(before);
    }),
    { numRuns: 40 },
  );
});

test('after any valid commit, a second preview of the same rows finds every row unchanged', async () => {
  await fc.assert(
    fc.asyncProperty(batchArb, async (rows) => {
      const { app } = setup();
      const first = await preview(app, rows);
      expect(first.rejected).toEqual([]);
      const res = await send(app, 'POST', '/api/imports', { rows });
      expect(res.status).toBe(201);
      const committed = importCommitResponseSchema.parse(await res.json());
      expect(committed.added + committed.changed + committed.unchanged).toBe(rows.length);
      const second = await preview(app, rows);
      expect(second.unchanged).toHaveLength(rows.length);
      expect(second.add.length + second.change.length + second.rejected.length).toBe(0);
    }),
    { numRuns: 60 },
  );
});
