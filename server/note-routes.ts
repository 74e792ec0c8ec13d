/**
 * Notes on values (原因 / 措施 / 数据更正, decision 0010): written for a period of an indicator,
 * shown on its chart at that period and listed in its history. Added, never edited.
 */
import type { Hono } from 'hono';
import { parsePeriod } from '../src/domain/period';
import { valueNoteInputSchema, type ValueNote, type ValueNoteResponse } from '../src/domain/value-note';
import { readJsonBody } from './request';
import { mountMethodTable, notFound } from './route-helpers';
import type { Storage } from './storage/storage';
import { MESSAGES, parseWith, validationError } from './validation';
import { writerOf } from './who';

export interface NoteRouteOptions {
  readonly storage: Storage;
  readonly now: () => Date;
  readonly newValueNoteId: () => string;
}

export const NOTE_ROUTES = {
  '/api/indicators/:id/notes': ['POST'],
} as const;

/** Adds the value-note route (and its 405s) to the app. */
export function mountNoteRoutes(app: Hono, options: NoteRouteOptions): void {
  const { storage, now, newValueNoteId } = options;

  // POST /api/indicators/:id/notes: a note on the value of a period of a target or baseline year. 201 with the note.
  app.post('/api/indicators/:id/notes', async (c) => {
    const id = c.req.param('id');
    const indicator = await storage.getIndicator(id);
    if (!indicator) return notFound({ zh: `未找到指标“${id}”`, en: `There is no indicator "${id}"` });
    const received = await readJsonBody(c);
    if (!received.ok) return received.response;
    const input = parseWith(valueNoteInputSchema, received.json, 'body');
    if (!input.ok) return validationError(MESSAGES.invalidBody, input.fields);
    const year = parsePeriod(input.data.period)?.year;
    const known = indicator.targets.some((t) => t.year === year) || indicator.baseline?.year === year;
    if (!known) {
      const message = {
        zh: `该指标没有 ${String(year)} 年的目标或基数`,
        en: `This indicator has no target or baseline for ${String(year)}`,
      };
      return validationError(MESSAGES.invalidBody, [{ field: 'period', message }]);
    }
    const note: ValueNote = {
      id: newValueNoteId(),
      indicatorId: indicator.id,
      ...input.data,
      by: writerOf(c),
      at: now().toISOString(),
    };
    await storage.addValueNote(note);
    const body: ValueNoteResponse = { note };
    return c.json(body, 201);
  });

  mountMethodTable(app, NOTE_ROUTES);
}
