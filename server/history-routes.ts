/**
 * The history routes (decision 0010): an indicator's history, restoring an earlier version (written
 * again as a new version that says which entry it restores, so the restore is itself in the
 * history), and editing a target (a new revision). Built by src/domain/history.ts from what storage
 * keeps; nothing is ever overwritten.
 */
import type { Hono } from 'hono';
import {
  restoreRequestSchema,
  targetEditSchema,
  type HistoryResponse,
  type RestoreResponse,
  type TargetEditResponse,
  type TargetRevision,
} from '../src/domain/history-contract';
import {
  buildHistory,
  editedTarget,
  findRestorable,
  targetValueProblems,
  type HistorySources,
  type RestoreAction,
} from '../src/domain/history';
import type { Indicator } from '../src/domain/indicator';
import type { Observation } from '../src/domain/observation';
import { beijingToday } from '../src/domain/period';
import { readJsonBody } from './request';
import { enteredSource, mountMethodTable, notFound } from './route-helpers';
import type { Storage } from './storage/storage';
import { errorResponse, MESSAGES, parseWith, validationError } from './validation';
import { reasonField, writerOf } from './who';

export interface HistoryRouteOptions {
  readonly storage: Storage;
  readonly now: () => Date;
  /** Makes ids for observations written by a restore. */
  readonly newId: () => string;
  /** Makes ids for target revisions and benchmark value edits. */
  readonly newRevisionId: () => string;
}

export const HISTORY_ROUTES = {
  '/api/indicators/:id/history': ['GET'],
  '/api/indicators/:id/history/:entryId/restore': ['POST'],
  '/api/indicators/:id/targets/:year': ['PUT'],
} as const;

function indicatorNotFound(id: string): Response {
  return notFound({ zh: `未找到指标“${id}”`, en: `There is no indicator "${id}"` });
}

/** Everything the history of an indicator is built from. Derived indicators have no stored values. */
export async function historySources(storage: Storage, indicator: Indicator): Promise<HistorySources> {
  const id = indicator.id;
  const [observations, targetRevisions, benchmarkEdits, gapNotes, valueNotes] = await Promise.all([
    indicator.derived === undefined ? storage.listObservations(id) : Promise.resolve([]),
    storage.listTargetRevisions(id),
    storage.listBenchmarkValueEdits({ indicatorId: id }),
    storage.listGapNotes({ indicatorId: id }),
    storage.listValueNotes(id),
  ]);
  return { indicator, observations, targetRevisions, benchmarkEdits, gapNotes, valueNotes };
}

/** Adds the history, restore and target routes (and their 405s) to the app. */
export function mountHistoryRoutes(app: Hono, options: HistoryRouteOptions): void {
  const { storage, now, newId, newRevisionId } = options;

  // GET /api/indicators/:id/history: every version and note, newest first.
  app.get('/api/indicators/:id/history', async (c) => {
    const id = c.req.param('id');
    const indicator = await storage.getIndicator(id);
    if (!indicator) return indicatorNotFound(id);
    const body: HistoryResponse = { entries: buildHistory(await historySources(storage, indicator)) };
    return c.json(body);
  });

  // POST …/history/:entryId/restore: writes that version's value again as a new version. 201 with its entry.
  app.post('/api/indicators/:id/history/:entryId/restore', async (c) => {
    const { id, entryId } = c.req.param();
    const indicator = await storage.getIndicator(id);
    if (!indicator) return indicatorNotFound(id);
    const received = await readJsonBody(c);
    if (!received.ok) return received.response;
    const input = parseWith(restoreRequestSchema, received.json, 'body');
    if (!input.ok) return validationError(MESSAGES.invalidBody, input.fields);
    const found = findRestorable(await historySources(storage, indicator), entryId);
    if (!found.ok) {
      if (found.reason === 'not-found') {
        return notFound({
          zh: `该指标的历史中没有“${entryId}”`,
          en: `The history of this indicator has no "${entryId}"`,
        });
      }
      if (found.reason === 'note') {
        const message = { zh: '备注只会新增，不能恢复', en: 'Notes are only ever added; they cannot be restored' };
        return validationError(message, [{ field: 'entryId', message }]);
      }
      return errorResponse(409, 'conflict', {
        zh: '这已是当前版本，无需恢复',
        en: 'This is the current version already; there is nothing to restore',
      });
    }
    const write = {
      by: writerOf(c),
      at: now().toISOString(),
      restoredFrom: entryId,
      ...reasonField(input.data.reason),
    };
    const newEntryId = await restore(indicator, found.restore, write);
    const entry = buildHistory(await historySources(storage, indicator)).find((e) => e.id === newEntryId);
    if (!entry) throw new Error(`the restored version is not in the history: ${newEntryId}`);
    const body: RestoreResponse = { entry };
    return c.json(body, 201);
  });

  /** Writes a version again; returns the new version's entry id. */
  async function restore(
    indicator: Indicator,
    action: RestoreAction,
    write: { by: string; at: string; restoredFrom: string; reason?: string },
  ): Promise<string> {
    const { by, at, ...why } = write;
    switch (action.kind) {
      case 'observation': {
        const { period, value, stage, asOf, source, note, sample, caveat } = action.observation;
        const observation: Observation = {
          id: newId(),
          indicatorId: indicator.id,
          period,
          value,
          stage,
          asOf,
          source,
          ...(note === undefined ? {} : { note }),
          sample,
          ...(caveat === undefined ? {} : { caveat }),
          recordedAt: at,
          recordedBy: by,
          ...why,
        };
        await storage.addObservation(observation);
        return `observation:${observation.id}`;
      }
      case 'target': {
        const revision = targetRevision(indicator, action.target.year, action.target, { by, at, ...why });
        await storage.addTargetRevision(revision);
        return `target:${revision.id}`;
      }
      case 'benchmark-value': {
        const { setId, memberId, value } = action;
        const set = await storage.getBenchmarkSet(setId);
        const member = set?.members.find((m) => m.id === memberId);
        const before = member?.values.find((v) => v.indicatorId === value.indicatorId && v.year === value.year);
        const editId = newRevisionId();
        await storage.putBenchmarkValue({ id: editId, setId, memberId, value, before: before ?? null, by, at, ...why });
        return `benchmark-value:${editId}`;
      }
    }
  }

  function targetRevision(
    indicator: Indicator,
    year: number,
    target: TargetRevision['target'],
    write: { by: string; at: string; reason?: string; restoredFrom?: string },
  ): TargetRevision {
    const before = indicator.targets.find((t) => t.year === year);
    // The routes look the target up first; storage would refuse the revision anyway.
    if (!before) throw new Error(`no target of ${indicator.id} for ${year}`);
    return { id: newRevisionId(), indicatorId: indicator.id, year, target, before, ...write };
  }

  // PUT /api/indicators/:id/targets/:year: a new value for a year's target (a plan, so derived indicators' too).
  app.put('/api/indicators/:id/targets/:year', async (c) => {
    const { id, year: yearParam } = c.req.param();
    const indicator = await storage.getIndicator(id);
    if (!indicator) return indicatorNotFound(id);
    if (!/^\d{4}$/.test(yearParam)) {
      const message = { zh: '年份须为四位数字', en: 'must be a year written with four digits' };
      return validationError({ zh: '地址中的年份有误', en: 'The year in the address is not valid' }, [
        { field: 'year', message },
      ]);
    }
    const year = Number(yearParam);
    const current = indicator.targets.find((t) => t.year === year);
    if (!current) {
      return notFound({
        zh: `指标“${id}”没有 ${year} 年的目标（只能修改已有的目标）`,
        en: `The indicator "${id}" has no target for ${year} (only existing targets can be changed)`,
      });
    }
    const received = await readJsonBody(c);
    if (!received.ok) return received.response;
    const input = parseWith(targetEditSchema, received.json, 'body');
    if (!input.ok) return validationError(MESSAGES.invalidBody, input.fields);
    const problems = targetValueProblems(indicator, year, input.data.value);
    if (problems.length > 0) return validationError(MESSAGES.invalidBody, problems);
    const at = now();
    const target = editedTarget(current, input.data.value, enteredSource(beijingToday(at)));
    const revision = targetRevision(indicator, year, target, {
      by: writerOf(c),
      at: at.toISOString(),
      ...reasonField(input.data.reason),
    });
    await storage.addTargetRevision(revision);
    const updated = await storage.getIndicator(id);
    if (!updated) return indicatorNotFound(id);
    const body: TargetEditResponse = { indicator: updated };
    return c.json(body);
  });

  mountMethodTable(app, HISTORY_ROUTES);
}
