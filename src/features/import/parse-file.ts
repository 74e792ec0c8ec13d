/**
 * Reads and parses an import file off the main thread: one module worker per file, terminated
 * when it answers (or after a minute). Without `Worker` (tests under jsdom) the same code runs in
 * the page, loaded on demand. Either way the readers (papaparse, read-excel-file, fflate) are never
 * part of the page's own JavaScript: this file imports types only.
 */
import { MAX_IMPORT_FILE_BYTES } from '../../domain/import-contract';
import type { ImportIndicator } from '../../domain/import/parse-sheet';
import type { Bilingual } from '../../domain/indicator';
import type { FileParseOptions, ImportWorkerAnswer, ImportWorkerRequest } from './worker-protocol';

export type { FileFailed, FileParsed, FileParseOptions, ImportWorkerAnswer } from './worker-protocol';

/** A file chosen in the page, or bytes with a name (tests, drag and drop of generated data). */
export type ImportSource = File | { readonly name: string; readonly bytes: Uint8Array | ArrayBuffer };

/** A worker that has not answered in this time is stopped. */
export const WORKER_TIMEOUT_MS = 60_000;

let nextId = 1;

const failed = (id: number, fileName: string, error: Bilingual): ImportWorkerAnswer => ({
  id,
  ok: false,
  fileName,
  error,
});

/** A File (or Blob) rather than named bytes; not `'bytes' in source`, since File has a `bytes()` method. */
function isFile(source: ImportSource): source is File {
  return typeof (source as Partial<File>).arrayBuffer === 'function';
}

async function bytesOf(source: ImportSource): Promise<ArrayBuffer> {
  if (isFile(source)) return source.arrayBuffer();
  const view = source.bytes instanceof Uint8Array ? source.bytes : new Uint8Array(source.bytes);
  // A copy: the buffer is transferred to the worker, and the caller's must stay usable.
  return view.slice().buffer;
}

function sizeOf(source: ImportSource): number {
  return isFile(source) ? source.size : source.bytes.byteLength;
}

/** Reads and parses a file; never rejects. `sheet` chooses a sheet of a workbook. */
export async function parseFile(
  source: ImportSource,
  catalogue: readonly ImportIndicator[],
  options: FileParseOptions,
  sheet?: string,
): Promise<ImportWorkerAnswer> {
  const id = nextId++;
  const fileName = source.name;
  // Checked before reading, so a huge file is never loaded into memory.
  if (sizeOf(source) > MAX_IMPORT_FILE_BYTES) {
    return failed(id, fileName, {
      zh: '文件超过 10 MB，请拆分后导入',
      en: 'The file is over 10 MB: split it and import the parts',
    });
  }
  const request: ImportWorkerRequest = {
    id,
    bytes: await bytesOf(source),
    fileName,
    ...(sheet === undefined ? {} : { sheet }),
    catalogue: catalogue.map((i) => ({ ...i, name: { ...i.name } })),
    options: { ...options },
  };
  if (typeof Worker === 'undefined') {
    const { answerImportRequest } = await import('./import.worker');
    return answerImportRequest(request);
  }
  return inWorker(request);
}

function newWorker(): Worker {
  return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
}

/** A worker started before any file was chosen, waiting for the first one. */
let warm: Worker | null = null;

/**
 * Starts a worker while the page is open and no file is chosen yet, so the readers' code is fetched
 * and compiled by the time one is (a 10,000-row sheet then previews ~0.1–0.2 s sooner). Returns what
 * drops it again (on leaving the page); a file uses it once, then each file gets a fresh worker.
 */
export function prewarmImportWorker(): () => void {
  if (typeof Worker === 'undefined' || warm) return () => undefined;
  const worker = newWorker();
  warm = worker;
  return () => {
    if (warm !== worker) return;
    warm = null;
    worker.terminate();
  };
}

function inWorker(request: ImportWorkerRequest): Promise<ImportWorkerAnswer> {
  const { id, fileName } = request;
  return new Promise((resolve) => {
    const worker = warm ?? newWorker();
    warm = null;
    const done = (answer: ImportWorkerAnswer) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(answer);
    };
    const timer = setTimeout(
      () =>
        done(
          failed(id, fileName, {
            zh: '读取文件超时，请拆分后再试',
            en: 'Reading the file took too long: split it and try again',
          }),
        ),
      WORKER_TIMEOUT_MS,
    );
    worker.addEventListener('message', (event: MessageEvent<ImportWorkerAnswer>) => {
      if (event.data.id === id) done(event.data);
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      done(failed(id, fileName, { zh: '读取文件时出错', en: 'The file could not be read' }));
    });
    worker.postMessage(request, [request.bytes]);
  });
}
