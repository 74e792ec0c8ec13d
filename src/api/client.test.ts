import { afterAll, afterEach, beforeAll, beforeEach, expect, test } from 'vitest';
import { resetApi, server } from '../../mocks/node';
import { testLedgerDataset } from '../../server/test-ledger';
import { ApiError, setRequestUser } from './client';
import { editBenchmarkValue } from './benchmarks';
import { historyQuery, restoreVersion } from './history';
import { commitImport, previewImport } from './imports';
import { addObservation } from './indicators';
import { addValueNote, editTarget } from './notes';
import { queryKeys } from './query-keys';

// The real API under msw, fresh per test (mocks/node.ts), on the small test dataset.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
let sent: Request[] = [];
const record = ({ request }: { request: Request }) => {
  sent.push(request);
};
beforeEach(() => {
  resetApi(testLedgerDataset);
  sent = [];
  server.events.on('request:start', record);
});
afterEach(() => {
  server.events.removeAllListeners();
  setRequestUser('');
});

const signal = () => ({ signal: new AbortController().signal }) as never;

const row = {
  line: 2,
  indicatorId: 'gdp',
  period: '2020-07',
  value: 50,
  stage: 'reported' as const,
  asOf: '2020-08-03',
  source: '镇统计站',
};

test('every request carries the current user, percent-encoded; none when blank', async () => {
  setRequestUser('  统计站 张三 ');
  const { observation } = await addObservation(
    'gdp',
    { period: '2020-06', value: 45, stage: 'reported', asOf: '2020-07-03', source: '镇统计站', reason: '补报' },
    '2020-06',
  );
  expect(sent[0]?.headers.get('X-User-Name')).toBe(encodeURIComponent('统计站 张三'));
  expect(observation).toMatchObject({ recordedBy: '统计站 张三', reason: '补报' });
  const { entries } = await historyQuery('gdp').queryFn!(signal());
  expect(sent[1]?.headers.get('X-User-Name')).toBe(encodeURIComponent('统计站 张三'));
  expect(entries[0]).toMatchObject({ by: '统计站 张三', after: 45 });
  setRequestUser('   ');
  await previewImport({ rows: [row] });
  expect(sent[2]?.headers.has('X-User-Name')).toBe(false);
});

test('imports: preview, then commit, parsed with the contract; a rejected commit is an ApiError with row fields', async () => {
  const preview = await previewImport({ rows: [row], fileName: '7月.csv' });
  expect(preview.add).toEqual([0]);
  const committed = await commitImport({ rows: [row], reason: '7月月报' });
  expect(committed).toMatchObject({ added: 1, changed: 0, unchanged: 0 });
  const error = await commitImport({ rows: [{ ...row, indicatorId: 'nope' }] }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  expect((error as ApiError).status).toBe(400);
  expect((error as ApiError).fields.map((f) => f.field)).toEqual(['rows.0.indicatorId']);
});

test('history, restore, target edits, value notes and benchmark values go through their routes', async () => {
  setRequestUser('王五');
  const { indicator } = await editTarget('gdp', 2020, { value: 80, reason: '年中调整' });
  expect(indicator.targets[0]?.value).toBe(80);
  const { note } = await addValueNote('gdp', { period: '2020-06', kind: 'measure', text: '加快项目投产' });
  expect(note.by).toBe('王五');
  const options = historyQuery('gdp');
  expect(options.queryKey).toEqual(queryKeys.indicatorHistory('gdp'));
  expect(options.queryKey.slice(0, 1)).toEqual(queryKeys.all);
  const { entries } = await options.queryFn!(signal());
  expect(entries.slice(0, 2).map((e) => e.kind)).toEqual(['value-note', 'target']);
  const { entry } = await restoreVersion('gdp', 'target:seed:2020', '恢复原目标');
  expect(entry).toMatchObject({ after: 100, restoredFrom: 'target:seed:2020', reason: '恢复原目标', by: '王五' });
  const current = await restoreVersion('gdp', entry.id).catch((e: unknown) => e);
  expect((current as ApiError).status).toBe(409);
  const missing = await editBenchmarkValue('nowhere', 'x', 'gdp', {
    value: 1,
    year: 2020,
    unit: '亿元',
    source: { title: '公报' },
    sample: false,
  }).catch((e: unknown) => e);
  expect((missing as ApiError).status).toBe(404);
});
