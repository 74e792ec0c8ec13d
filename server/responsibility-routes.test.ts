import { expect, test } from 'vitest';
import { responsibilityResponseSchema } from '../src/domain/action-contract';
import { indicatorListResponseSchema } from '../src/domain/contract';
import { STATUS_SEVERITY } from '../src/domain/status';
import { errorOf, expectMethodNotAllowed, fieldMessage, getOk, setup, type TestApp } from './test-api';

const view = (app: TestApp, query: string) =>
  getOk(app, `/api/responsibilities?${query}`, responsibilityResponseSchema);

test('gives everything a unit owns at the period, the most urgent first', async () => {
  const { app } = setup();
  const body = await view(app, `unit=${encodeURIComponent('城建办')}`);
  expect(body).toMatchObject({ period: '2020-06', asOf: '2020-06-30', unit: '城建办', person: null });
  expect(body.indicators.map((s) => [s.indicator.id, s.evaluation.status])).toEqual([
    ['green-share', 'yellow'],
    ['road-works', 'blue'],
  ]);
  expect(body.projects).toEqual([]);
  // Most overdue first, then most due soon; plan order otherwise.
  expect(body.tasks.map((t) => [t.node.id, t.rollUp.overdue, t.rollUp.dueSoon])).toEqual([
    ['m-roads', 1, 2],
    ['t-bridge', 1, 1],
    ['t-road', 0, 1],
  ]);
  // Overdue, then 临期 (sooner first), then open, then done.
  expect(body.milestones.map((m) => [m.milestone.id, m.state, m.dueInDays])).toEqual([
    ['bridge-design', 'overdue', null],
    ['bridge-tender', 'not-started', 0],
    ['start', 'in-progress', 10],
    ['finish', 'not-started', null],
    ['design', 'done', null],
  ]);
  expect(body.counts).toEqual({ overdue: 1, dueSoon: 2, red: 0, yellow: 1 });
});

test('narrows to one person of the unit', async () => {
  const { app } = setup();
  const body = await view(app, `unit=${encodeURIComponent('城建办')}&person=${encodeURIComponent('主任')}`);
  expect(body.person).toBe('主任');
  expect(body.indicators.map((s) => s.indicator.id)).toEqual(['green-share']);
  expect(body.tasks.map((t) => t.node.id)).toEqual(['m-roads', 't-bridge']);
  expect(body.milestones.map((m) => m.milestone.id)).toEqual(['bridge-design', 'bridge-tender']);
  expect(body.counts).toEqual({ overdue: 1, dueSoon: 1, red: 0, yellow: 1 });
});

test('projects not yet in production come first; overdue ones longest overdue first', async () => {
  const { app } = setup();
  const body = await view(app, `unit=${encodeURIComponent('项目办')}&period=2020-08`);
  expect(body.projects.map((p) => [p.project.id, p.stage])).toEqual([
    ['p-delta', 'started'],
    ['p-eta', 'signed'],
    ['p-beta', 'started'],
    ['p-alpha', 'converted'],
    ['p-zeta', 'converted'],
  ]);
  expect(body.tasks.map((t) => t.node.id)).toEqual(['m-projects', 't-ledger']);
  expect(body.milestones.map((m) => m.state)).toEqual(['done-late', 'done']);
  const statuses = body.indicators.map((s) => STATUS_SEVERITY[s.evaluation.status]);
  expect(statuses).toEqual([...statuses].sort((a, b) => a - b));

  const late = await view(app, `unit=${encodeURIComponent('城建办')}&period=2020-11`);
  expect(late.milestones.map((m) => [m.milestone.id, m.state])).toEqual([
    ['bridge-design', 'overdue'],
    ['bridge-tender', 'overdue'],
    ['start', 'overdue'],
    ['finish', 'overdue'],
    ['design', 'done'],
  ]);
  expect(late.counts.overdue).toBe(4);
});

test('lights follow the same thresholds and presets as the indicator list', async () => {
  const { app } = setup();
  const status = 'yellowWithin=3&blueDays=5&presets=mei:yinchuan,tong:sanya';
  const own = await view(app, `unit=${encodeURIComponent('城建办')}&${status}`);
  const listed = await getOk(app, `/api/indicators?${status}`, indicatorListResponseSchema);
  for (const s of own.indicators) {
    expect(s.evaluation, s.indicator.id).toEqual(
      listed.items.find((i) => i.indicator.id === s.indicator.id)?.evaluation,
    );
  }
  expect(own.counts.dueSoon).toBe(1);
});

test.each([
  ['unit=%E5%A4%96%E6%98%9F%E5%8A%9E', 'unit'],
  ['', 'unit'],
  [`unit=${encodeURIComponent('城建办')}&person=${encodeURIComponent('站长')}`, 'person'],
  [`unit=${encodeURIComponent('城建办')}&presets=wen:nowhere`, 'presets'],
  [`unit=${encodeURIComponent('城建办')}&set=no-such-set`, 'set'],
  [`unit=${encodeURIComponent('城建办')}&period=2020-00`, 'period'],
])('rejects the query %s', async (query, field) => {
  const { app } = setup();
  fieldMessage(await errorOf(await app.request(`/api/responsibilities?${query}`), 400), field);
});

test('a bad preset and an unknown unit are reported together', async () => {
  const { app } = setup();
  const error = await errorOf(await app.request('/api/responsibilities?unit=x&presets=wen:nowhere'), 400);
  expect(error.fields?.map((f) => f.field).sort()).toEqual(['presets', 'unit']);
});

test('answers 405 with Allow', async () => {
  const { app } = setup();
  await expectMethodNotAllowed(app, [['POST', '/api/responsibilities', 'GET']]);
});
