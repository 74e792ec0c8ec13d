/**
 * The import worker (decision 0010): reads the file and parses the sheet off the main thread, so a
 * 10,000-row sheet never freezes the page. The same function runs in the page when there is no
 * Worker (tests under jsdom), loaded on demand by parse-file.ts.
 */
import { parseSheet } from '../../domain/import/parse-sheet';
import { readTable } from './read-table';
import type { ImportWorkerAnswer, ImportWorkerRequest } from './worker-protocol';

/** Reads and parses one file; never rejects (any failure is an answer with a message). */
export async function answerImportRequest(request: ImportWorkerRequest): Promise<ImportWorkerAnswer> {
  const { id, fileName } = request;
  try {
    const read = await readTable(new Uint8Array(request.bytes), fileName, request.sheet);
    if ('error' in read)
      return { id, ok: false, fileName, error: read.error, ...(read.sheets ? { sheets: read.sheets } : {}) };
    const parsed = parseSheet(read.table, request.catalogue, { ...request.options, formulaCells: read.formulaCells });
    if ('error' in parsed)
      return { id, ok: false, fileName, error: parsed.error, sheets: read.sheets, sheet: read.sheet };
    return {
      id,
      ok: true,
      fileName,
      sheets: read.sheets,
      sheet: read.sheet,
      ...(read.encoding ? { encoding: read.encoding } : {}),
      parsed,
    };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      id,
      ok: false,
      fileName,
      error: { zh: `读取文件时出错：${detail}`, en: `The file could not be read: ${detail}` },
    };
  }
}

interface WorkerScope {
  readonly WorkerGlobalScope?: abstract new () => unknown;
  addEventListener(type: 'message', listener: (event: MessageEvent<ImportWorkerRequest>) => void): void;
  postMessage(message: ImportWorkerAnswer): void;
}

const scope = globalThis as unknown as WorkerScope;
// Only inside a worker: loaded in the page (no Worker available), the module just exports the function.
if (typeof scope.WorkerGlobalScope === 'function' && globalThis instanceof scope.WorkerGlobalScope) {
  scope.addEventListener('message', (event) => {
    void answerImportRequest(event.data).then((answer) => scope.postMessage(answer));
  });
}
