import { expect, test } from 'vitest';
import { indicatorDetailResponseSchema } from '../src/domain/contract';
import { valueNoteResponseSchema } from '../src/domain/value-note';
import { errorOf, expectMethodNotAllowed, fieldMessage, getOk, NOW, send, setup, tickingClock } from './test-api';

const cause = { period: '2020-06', kind: 'cause', text: '  6月受疫情影响，外贸订单下滑  ' };

test('a value note is stored with who and when, and the indicator’s detail lists notes by period', async () => {
  const { app, storage } = setup(undefined, tickingClock());
  const res = await send(app, 'POST', '/api/indicators/gdp/notes', cause, '经发办 张三');
  expect(res.status).toBe(201);
  expect(res.headers.get('Cache-Control')).toBe('no-store');
  const { note } = valueNoteResponseSchema.parse(await res.json());
  expect(note).toEqual({
    id: 'vnote-1',
    indicatorId: 'gdp',
    period: '2020-06',
    kind: 'cause',
    text: '6月受疫情影响，外贸订单下滑',
    by: '经发办 张三',
    at: new Date(NOW.getTime() + 1000).toISOString(),
  });
  expect(await storage.listValueNotes('gdp')).toEqual([note]);
  await send(app, 'POST', '/api/indicators/gdp/notes', {
    period: '2020Q1',
    kind: 'correction',
    text: '一季度数据已更正',
  });
  await send(app, 'POST', '/api/indicators/gdp/notes', { period: '2020-06', kind: 'measure', text: '加快项目投产' });
  const detail = await getOk(app, '/api/indicators/gdp', indicatorDetailResponseSchema);
  expect(detail.notes?.map((n) => [n.period, n.kind])).toEqual([
    ['2020Q1', 'correction'],
    ['2020-06', 'cause'],
    ['2020-06', 'measure'],
  ]);
  const other = await getOk(app, '/api/indicators/green-share', indicatorDetailResponseSchema);
  expect(other.notes).toEqual([]);
});

test('a note must be of a target or baseline year, of a known kind, with text; nothing written otherwise', async () => {
  const { app, storage } = setup();
  const post = (id: string, body: unknown) => send(app, 'POST', `/api/indicators/${id}/notes`, body);
  fieldMessage(await errorOf(await post('gdp', { ...cause, period: '2019-06' }), 400), 'period');
  fieldMessage(await errorOf(await post('gdp', { ...cause, period: '2020-13' }), 400), 'period');
  fieldMessage(await errorOf(await post('gdp', { ...cause, kind: 'rumour' }), 400), 'kind');
  fieldMessage(await errorOf(await post('gdp', { ...cause, text: '   ' }), 400), 'text');
  fieldMessage(await errorOf(await post('gdp', { ...cause, text: 'x'.repeat(1001) }), 400), 'text');
  fieldMessage(await errorOf(await post('gdp', []), 400), 'body');
  expect((await errorOf(await post('nope', cause), 404)).code).toBe('not-found');
  const text = await app.request('/api/indicators/gdp/notes', {
    method: 'POST',
    headers: { 'Content-Type': 'text/plain' },
    body: JSON.stringify(cause),
  });
  expect((await errorOf(text, 415)).code).toBe('unsupported-media-type');
  expect(await storage.listValueNotes()).toEqual([]);
  // The baseline's year is a year a note may be about (projects-started has a 2019 baseline).
  expect((await post('projects-started', { ...cause, period: '2019' })).status).toBe(201);
});

test('the notes route accepts only POST', async () => {
  const { app } = setup();
  await expectMethodNotAllowed(app, [
    ['GET', '/api/indicators/gdp/notes', 'POST'],
    ['PUT', '/api/indicators/gdp/notes', 'POST'],
  ]);
});
