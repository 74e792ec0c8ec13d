/**
 * Helpers of the route tests on the ledger dataset: an app on memory storage with a fixed clock
 * (2020-07-05 16:00 in Beijing) and counting id makers, and small request and error helpers.
 */
import { expect } from 'vitest';
import { apiErrorBodySchema, type ApiErrorBody } from '../src/domain/contract';
import type { z } from '../src/domain/zod';
import { createApp } from './app';
import { createMemoryStorage } from './storage/memory-storage';
import type { Dataset, Storage } from './storage/storage';
import { testLedgerDataset } from './test-ledger';

export const NOW = new Date('2020-07-05T08:00:00.000Z');

/**
 * An app on memory storage over `seed`, with counting id makers. `now` is the fixed time, or a
 * clock (the history tests want one that moves).
 */
export function setup(seed: () => Dataset = testLedgerDataset, now: Date | (() => Date) = NOW, storage?: Storage) {
  const store = storage ?? createMemoryStorage(seed);
  let n = 0;
  const app = createApp({
    storage: store,
    now: typeof now === 'function' ? now : () => now,
    newId: () => `obs-${++n}`,
    newProjectId: () => `p-test-${++n}`,
    newActionId: () => `a-test-${++n}`,
    newMilestoneId: () => `m-test-${++n}`,
    newImportId: () => `imp-${++n}`,
    newRevisionId: () => `rev-${++n}`,
    newValueNoteId: () => `vnote-${++n}`,
  });
  return { app, storage: store };
}

/** A clock that starts at `start` and moves one second on every reading. */
export function tickingClock(start: Date = NOW): () => Date {
  let t = start.getTime();
  return () => new Date((t += 1000));
}

/** Sends a JSON body with any method, optionally as a named user (percent-encoded as the client does). */
export function send(app: TestApp, method: string, path: string, body: unknown, user?: string) {
  return app.request(path, {
    method,
    headers: {
      'Content-Type': 'application/json',
      ...(user === undefined ? {} : { 'X-User-Name': encodeURIComponent(user) }),
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export type TestApp = ReturnType<typeof setup>['app'];

/** GETs a path, expects 200 and parses the body with the schema. */
export async function getOk<T>(app: TestApp, path: string, schema: z.ZodMiniType<T>): Promise<T> {
  const res = await app.request(path);
  expect(res.status, path).toBe(200);
  return schema.parse(await res.json());
}

export function post(app: TestApp, path: string, body: unknown, headers?: Record<string, string>) {
  return app.request(path, {
    method: 'POST',
    headers: headers ?? { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** The error of a response, after checking its status and that it is JSON and not cached. */
export async function errorOf(res: Response, status: number): Promise<ApiErrorBody['error']> {
  expect(res.status).toBe(status);
  expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
  expect(res.headers.get('Cache-Control')).toBe('no-store');
  return apiErrorBodySchema.parse(await res.json()).error;
}

/** The message given for one field, failing the test if there is none or it is not bilingual. */
export function fieldMessage(error: ApiErrorBody['error'], field: string) {
  const found = error.fields?.find((f) => f.field === field);
  expect(found, `a message for ${field} in ${JSON.stringify(error.fields)}`).toBeDefined();
  expect(found?.message.zh).not.toBe('');
  expect(found?.message.en).not.toBe('');
  return found?.message ?? { zh: '', en: '' };
}

/** Checks each path answers 405 with the methods it accepts in `Allow`. */
export async function expectMethodNotAllowed(app: TestApp, cases: readonly [string, string, string][]) {
  for (const [method, path, allow] of cases) {
    const res = await app.request(path, { method });
    expect(res.status, `${method} ${path}`).toBe(405);
    expect(res.headers.get('Allow'), `${method} ${path}`).toBe(allow);
    expect((await errorOf(res, 405)).code).toBe('method-not-allowed');
  }
}
