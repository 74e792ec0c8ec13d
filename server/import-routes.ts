/**
 * The import routes (decision 0010): the browser reads the file and sends rows ready to store; the
 * API previews them against what is stored (writes nothing) and commits them in one atomic write,
 * all rows or none. Every row is checked again on commit: a preview is advice, not a promise.
 */
import type { Context, Hono } from 'hono';
import {
  importRequestSchema,
  type ImportCommitResponse,
  type ImportPreviewResponse,
  type ImportRequest,
  type ImportRow,
} from '../src/domain/import-contract';
import { cumulativeWarnings } from '../src/domain/cumulative-check';
import { latestByKey, planImport, previewOf, type ImportPlan } from '../src/domain/import-plan';
import type { Observation } from '../src/domain/observation';
import { MAX_IMPORT_BODY_BYTES, readJsonBody } from './request';
import { mountMethodTable } from './route-helpers';
import type { Storage } from './storage/storage';
import { MESSAGES, parseWith, validationError } from './validation';
import { reasonField, writerOf } from './who';

export interface ImportRouteOptions {
  readonly storage: Storage;
  readonly now: () => Date;
  /** Makes ids for the new observations. */
  readonly newId: () => string;
  /** Makes the id of an import, kept on each observation it wrote. */
  readonly newImportId: () => string;
}

/** The methods each route accepts; anything else on these paths is a 405 with `Allow`. */
export const IMPORT_ROUTES = {
  '/api/imports': ['POST'],
  '/api/imports/preview': ['POST'],
} as const;

/** Whether a path is one of the import routes, whose bodies may be up to {@link MAX_IMPORT_BODY_BYTES}. */
export function isImportPath(path: string): boolean {
  return Object.hasOwn(IMPORT_ROUTES, path);
}

function rejectedMessage(rows: number) {
  return {
    zh: `有 ${rows} 行数据未通过校验，未导入任何数据`,
    en: `${rows} ${rows === 1 ? 'row was' : 'rows were'} rejected; nothing was imported`,
  };
}

/** Adds the import routes (and their 405s) to the app. */
export function mountImportRoutes(app: Hono, options: ImportRouteOptions): void {
  const { storage, now, newId, newImportId } = options;

  /** The validated request, or the response to send. */
  async function readImport(
    c: Context,
  ): Promise<{ ok: true; data: ImportRequest } | { ok: false; response: Response }> {
    const received = await readJsonBody(c, { bytes: MAX_IMPORT_BODY_BYTES, message: MESSAGES.importTooLarge });
    if (!received.ok) return received;
    const input = parseWith(importRequestSchema, received.json, 'body');
    if (!input.ok) return { ok: false, response: validationError(MESSAGES.invalidBody, input.fields) };
    return input;
  }

  async function planFor(
    rows: readonly ImportRow[],
  ): Promise<{ plan: ImportPlan; warnings: () => ImportPreviewResponse['warnings'] }> {
    // In the browser demo this API shares the page's main thread: a 10,000-row sheet's validation and
    // its comparison run as two tasks, not one, so the page can paint and answer input in between.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const [indicators, stored] = await Promise.all([storage.listIndicators(), storage.listObservations()]);
    const byId = new Map(indicators.map((i) => [i.id, i]));
    const plan = planImport(rows, byId, stored);
    const kept = () => [...plan.add, ...plan.change.map((c) => c.row), ...plan.unchanged];
    return { plan, warnings: () => cumulativeWarnings(kept(), byId, latestByKey(stored)) };
  }

  // POST /api/imports/preview: what a commit would do, row by row. Writes nothing.
  app.post('/api/imports/preview', async (c) => {
    const request = await readImport(c);
    if (!request.ok) return request.response;
    const { rows } = request.data;
    const { plan, warnings } = await planFor(rows);
    const body: ImportPreviewResponse = previewOf(plan, rows, warnings());
    return c.json(body);
  });

  // POST /api/imports: checks every row again, then writes the new and changed values in one step.
  app.post('/api/imports', async (c) => {
    const request = await readImport(c);
    if (!request.ok) return request.response;
    const { rows, reason } = request.data;
    const { plan } = await planFor(rows);
    if (plan.rejected.length > 0) {
      const rejectedRows = new Set(plan.rejected.map((r) => r.index)).size;
      return validationError(
        rejectedMessage(rejectedRows),
        plan.rejected.map((r) => ({ field: `rows.${r.index}.${r.field}`, message: r.message })),
      );
    }
    const writes = new Set<ImportRow>([...plan.add, ...plan.change.map((ch) => ch.row)]);
    const importId = newImportId();
    const recordedAt = now().toISOString();
    const recordedBy = writerOf(c);
    const why = reasonField(reason);
    // In the file's order, so equal times keep the sheet's sequence.
    const batch: Observation[] = rows
      .filter((row) => writes.has(row))
      .map(({ line: _line, ...row }) => ({
        id: newId(),
        ...row,
        sample: false,
        recordedAt,
        recordedBy,
        ...why,
        importId,
      }));
    await storage.addObservations(batch);
    const body: ImportCommitResponse = {
      importId,
      added: plan.add.length,
      changed: plan.change.length,
      unchanged: plan.unchanged.length,
    };
    return c.json(body, 201);
  });

  mountMethodTable(app, IMPORT_ROUTES);
}
