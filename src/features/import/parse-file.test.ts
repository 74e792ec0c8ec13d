import { afterEach, expect, test, vi } from 'vitest';
import type { ImportIndicator } from '../../domain/import/parse-sheet';
import { MAX_IMPORT_FILE_BYTES } from '../../domain/import-contract';
import { answerImportRequest } from './import.worker';
import { parseFile } from './parse-file';
import type { ImportWorkerAnswer, ImportWorkerRequest } from './worker-protocol';

const catalogue: ImportIndicator[] = [
  {
    id: 'foreign-trade',
    name: { zh: '外贸进出口总额', en: 'Foreign trade' },
    unit: '亿元',
    kind: 'amount',
    cumulative: true,
  },
];
const options = { defaultStage: 'reported', defaultSource: '镇统计站' } as const;
const CSV = '指标名称,期间,数值\n外贸进出口总额,2020-06,5.62\n';

afterEach(() => {
  vi.unstubAllGlobals();
});

test('without Worker (tests, jsdom) the same code runs in the page', async () => {
  const bytes = new TextEncoder().encode(CSV);
  const answer = await parseFile({ name: 'a.csv', bytes }, catalogue, options);
  expect(answer).toMatchObject({
    ok: true,
    fileName: 'a.csv',
    parsed: { rows: [{ indicatorId: 'foreign-trade', value: 5.62 }] },
  });
  expect(new TextDecoder().decode(bytes)).toBe(CSV);
});

test('a File is read too', async () => {
  const file = new File([CSV], '6月.csv', { type: 'text/csv' });
  expect(await parseFile(file, catalogue, options)).toMatchObject({ ok: true, sheet: '6月' });
});

test('a file over the limit is refused before it is read', async () => {
  const file = { name: 'big.csv', size: MAX_IMPORT_FILE_BYTES + 1, arrayBuffer: vi.fn() } as unknown as File;
  expect(await parseFile(file, catalogue, options)).toMatchObject({
    ok: false,
    error: { zh: '文件超过 10 MB，请拆分后导入' },
  });
  expect(file.arrayBuffer).not.toHaveBeenCalled();
});

/** A stand-in for a module worker that runs the worker's function, so the page side can be tested in Node. */
class FakeWorker {
  static created: FakeWorker[] = [];
  static crash = false;
  readonly listeners = new Map<string, (event: unknown) => void>();
  terminated = false;
  transferred: unknown[] = [];
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.created.push(this);
  }
  addEventListener(type: string, listener: (event: unknown) => void) {
    this.listeners.set(type, listener);
  }
  postMessage(request: ImportWorkerRequest, transfer: unknown[]) {
    this.transferred = transfer;
    if (FakeWorker.crash) {
      queueMicrotask(() => this.listeners.get('error')?.({ preventDefault() {} }));
      return;
    }
    void answerImportRequest(request).then((answer) => {
      // An answer to another request first: it must be ignored.
      this.listeners.get('message')?.({ data: { ...answer, id: -1 } satisfies ImportWorkerAnswer });
      this.listeners.get('message')?.({ data: answer });
    });
  }
  terminate() {
    this.terminated = true;
  }
}

test('with Worker: a module worker per file, the bytes transferred, terminated when it answers', async () => {
  FakeWorker.created = [];
  FakeWorker.crash = false;
  vi.stubGlobal('Worker', FakeWorker);
  const answer = await parseFile(
    { name: 'a.csv', bytes: new TextEncoder().encode(CSV) },
    catalogue,
    options,
    'ignored',
  );
  expect(answer).toMatchObject({ ok: true, parsed: { rows: [{ value: 5.62 }] } });
  const [worker] = FakeWorker.created;
  expect(worker?.options).toEqual({ type: 'module' });
  expect(worker?.url.pathname.endsWith('/import.worker.ts')).toBe(true);
  expect(worker?.transferred).toHaveLength(1);
  expect(worker?.terminated).toBe(true);
});

test('a worker that fails gives a message and is terminated', async () => {
  FakeWorker.created = [];
  FakeWorker.crash = true;
  vi.stubGlobal('Worker', FakeWorker);
  const answer = await parseFile({ name: 'a.csv', bytes: new Uint8Array([1]) }, catalogue, options);
  expect(answer).toMatchObject({ ok: false, error: { zh: '读取文件时出错' } });
  expect(FakeWorker.created[0]?.terminated).toBe(true);
});
