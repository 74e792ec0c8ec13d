import fc from 'fast-check';
import { expect, test } from 'vitest';
import { benchmarkSetResponseSchema } from '../src/domain/benchmark-contract';
import { indicatorDetailResponseSchema } from '../src/domain/contract';
import {
  historyResponseSchema,
  restoreResponseSchema,
  SEED_AUTHOR,
  targetEditResponseSchema,
  type HistoryEntry,
} from '../src/domain/history-contract';
import { seedDataset } from './seed/index';
import type { Storage } from './storage/storage';
import {
  errorOf,
  expectMethodNotAllowed,
  fieldMessage,
  getOk,
  NOW,
  send,
  setup,
  tickingClock,
  type TestApp,
} from './test-api';

async function history(app: TestApp, id: string): Promise<HistoryEntry[]> {
  return (await getOk(app, `/api/indicators/${id}/history`, historyResponseSchema)).entries;
}

function restorePath(id: string, entryId: string): string {
  return `/api/indicators/${id}/history/${encodeURIComponent(entryId)}/restore`;
}

async function restore(app: TestApp, id: string, entryId: string, body: unknown = {}, user?: string) {
  const res = await send(app, 'POST', restorePath(id, entryId), body, user);
  expect(res.status, await res.clone().text()).toBe(201);
  return restoreResponseSchema.parse(await res.json()).entry;
}

async function editTarget(app: TestApp, id: string, year: number, body: unknown, user?: string) {
  const res = await send(app, 'PUT', `/api/indicators/${id}/targets/${year}`, body, user);
  expect(res.status, await res.clone().text()).toBe(200);
  return targetEditResponseSchema.parse(await res.json()).indicator;
}

async function stored(storage: Storage): Promise<string> {
  return JSON.stringify([
    await storage.listObservations(),
    await storage.listTargetRevisions(),
    await storage.listBenchmarkValueEdits(),
    await storage.listValueNotes(),
  ]);
}

const june = { period: '2020-06', value: 45, stage: 'reported', asOf: '2020-07-03', source: '镇统计站' };

// ----- GET history ------------------------------------------------------------------------------

test('the history lists the observations by period and stage and the seed target, newest first', async () => {
  const { app } = setup();
  const entries = await history(app, 'gdp');
  expect(entries.at(-1)?.id).toBe('target:seed:2020');
  expect(entries.slice(0, -1).every((e) => e.kind === 'observation' && e.by === SEED_AUTHOR && !e.restorable)).toBe(
    true,
  );
  expect(
    entries
      .filter((e) => e.kind === 'observation')
      .map((e) => e.id)
      .sort(),
  ).toEqual(
    [
      'observation:gdp-2019-06',
      'observation:gdp-2020-05',
      'observation:gdp-2020-06',
      'observation:gdp-2020-06-r',
    ].sort(),
  );
  expect(entries.find((e) => e.id === 'target:seed:2020')).toMatchObject({
    kind: 'target',
    year: 2020,
    before: null,
    after: 100,
    by: SEED_AUTHOR,
    restorable: false,
  });
  expect(entries.every((e) => e.indicatorId === 'gdp' && e.before === null)).toBe(true);
});

test('a new value is a new version of its period and stage: old → new, who and why', async () => {
  const { app } = setup();
  const res = await send(app, 'POST', '/api/indicators/gdp/observations', { ...june, reason: ' 补报 ' }, '张三');
  expect(res.status).toBe(201);
  const entries = await history(app, 'gdp');
  expect(entries[0]).toEqual({
    id: 'observation:obs-1',
    kind: 'observation',
    indicatorId: 'gdp',
    period: '2020-06',
    stage: 'reported',
    before: 42,
    after: 45,
    by: '张三',
    at: NOW.toISOString(),
    reason: '补报',
    restorable: false,
  });
  expect(entries.find((e) => e.id === 'observation:gdp-2020-06-r')?.restorable).toBe(true);
});

test('GET history: 404 for an unknown indicator; only GET on the path', async () => {
  const { app } = setup();
  expect((await errorOf(await app.request('/api/indicators/nope/history'), 404)).code).toBe('not-found');
  await expectMethodNotAllowed(app, [
    ['POST', '/api/indicators/gdp/history', 'GET'],
    ['GET', '/api/indicators/gdp/history/x/restore', 'POST'],
    ['GET', '/api/indicators/gdp/targets/2020', 'PUT'],
    ['POST', '/api/indicators/gdp/targets/2020', 'PUT'],
  ]);
});

// ----- targets ----------------------------------------------------------------------------------

test('a target edit is a new revision: the indicator, its evaluation and its history follow', async () => {
  const { app, storage } = setup();
  const detail = async () => getOk(app, '/api/indicators/gdp', indicatorDetailResponseSchema);
  expect((await detail()).evaluation).toMatchObject({ target: 100, status: 'red' });
  const indicator = await editTarget(app, 'gdp', 2020, { value: 80, reason: '年中调整' }, '王五');
  expect(indicator.targets[0]).toEqual({
    year: 2020,
    value: 80,
    source: { title: '看板录入', date: '2020-07-05' },
    sample: false,
  });
  const after = await detail();
  expect(after.indicator.targets[0]?.value).toBe(80);
  // 40 of 80 at the end of June, when 40 is expected: on track.
  expect(after.evaluation).toMatchObject({ target: 80, targetSample: false, completionPct: 50 });
  expect(after.evaluation.status).not.toBe('red');
  expect((await storage.getIndicator('gdp'))?.targets[0]?.value).toBe(80);
  const targets = (await history(app, 'gdp')).filter((e) => e.kind === 'target');
  expect(targets.map((e) => [e.id, e.before, e.after, e.by, e.reason, e.restorable])).toEqual([
    ['target:rev-1', 100, 80, '王五', '年中调整', false],
    ['target:seed:2020', null, 100, SEED_AUTHOR, undefined, true],
  ]);
});

test('a target edit is refused for a bad value, a year without a target, a bad year or indicator; nothing written', async () => {
  const { app, storage } = setup();
  const before = await stored(storage);
  const put = (path: string, body: unknown) => send(app, 'PUT', path, body);
  for (const body of [{}, { value: '80' }, { value: null }, { value: 80, reason: 'x'.repeat(501) }]) {
    expect((await errorOf(await put('/api/indicators/gdp/targets/2020', body), 400)).code).toBe('validation');
  }
  expect(
    fieldMessage(await errorOf(await put('/api/indicators/gdp/targets/2020', { value: -1 }), 400), 'value').zh,
  ).toContain('负数');
  fieldMessage(await errorOf(await put('/api/indicators/new-projects/targets/2020', { value: 7.5 }), 400), 'value');
  fieldMessage(await errorOf(await put('/api/indicators/green-share/targets/2020', { value: 101 }), 400), 'value');
  fieldMessage(await errorOf(await put('/api/indicators/business-rank/targets/2020', { value: 0 }), 400), 'value');
  fieldMessage(await errorOf(await put('/api/indicators/road-works/targets/2020', { value: 4 }), 400), 'value');
  expect((await errorOf(await put('/api/indicators/gdp/targets/2021', { value: 80 }), 404)).message.zh).toContain(
    '2021',
  );
  fieldMessage(await errorOf(await put('/api/indicators/gdp/targets/20x0', { value: 80 }), 400), 'year');
  expect((await errorOf(await put('/api/indicators/nope/targets/2020', { value: 80 }), 404)).code).toBe('not-found');
  const text = await app.request('/api/indicators/gdp/targets/2020', {
    method: 'PUT',
    headers: { 'Content-Type': 'text/plain' },
    body: '{"value": 80}',
  });
  expect((await errorOf(text, 415)).code).toBe('unsupported-media-type');
  expect(await stored(storage)).toBe(before);
});

test('a derived indicator’s target is editable (a plan, not a value); its history has targets and notes only', async () => {
  const { app } = setup();
  expect((await editTarget(app, 'projects-started', 2020, { value: 8 })).targets[0]?.value).toBe(8);
  const entries = await history(app, 'projects-started');
  expect(entries.map((e) => [e.kind, e.after])).toEqual([
    ['target', 8],
    ['target', 6],
  ]);
  const res = await send(app, 'POST', '/api/indicators/projects-started/notes', {
    period: '2020-06',
    kind: 'cause',
    text: '两个项目推迟开工',
  });
  expect(res.status).toBe(201);
  expect((await history(app, 'projects-started')).map((e) => e.kind)).toEqual(['value-note', 'target', 'target']);
});

// ----- restore ----------------------------------------------------------------------------------

test('restoring an observation writes its value again as a new version that names the restored entry', async () => {
  const { app, storage } = setup(undefined, tickingClock());
  await send(app, 'POST', '/api/indicators/gdp/observations', june);
  const entry = await restore(app, 'gdp', 'observation:gdp-2020-06-r', { reason: '误报，恢复' }, '李四');
  expect(entry).toMatchObject({
    kind: 'observation',
    period: '2020-06',
    stage: 'reported',
    before: 45,
    after: 42,
    by: '李四',
    reason: '误报，恢复',
    restoredFrom: 'observation:gdp-2020-06-r',
    restorable: false,
  });
  const copy = (await storage.listObservations('gdp')).at(-1);
  expect(copy).toMatchObject({ value: 42, asOf: '2020-07-01', source: '统计站', sample: true, recordedBy: '李四' });
  const entries = await history(app, 'gdp');
  expect(entries[0]).toEqual(entry);
  expect(entries.filter((e) => e.period === '2020-06' && e.stage === 'reported').map((e) => e.after)).toEqual([
    42, 45, 42,
  ]);
});

test('restoring the seed target brings back the whole record; the restore is itself in the history', async () => {
  const { app, storage } = setup(undefined, tickingClock());
  await editTarget(app, 'gdp', 2020, { value: 80 });
  await editTarget(app, 'gdp', 2020, { value: 90 });
  const entry = await restore(app, 'gdp', 'target:seed:2020');
  expect(entry).toMatchObject({ kind: 'target', year: 2020, before: 90, after: 100, restoredFrom: 'target:seed:2020' });
  expect((await storage.getIndicator('gdp'))?.targets[0]).toEqual({
    year: 2020,
    value: 100,
    source: { title: '测试数据 test fixture' },
    sample: true,
  });
  const targets = (await history(app, 'gdp')).filter((e) => e.kind === 'target');
  expect(targets.map((e) => [e.after, e.restorable])).toEqual([
    [100, false],
    [90, true],
    [80, true],
    [100, true],
  ]);
});

test('restore: 404 for an unknown entry or indicator, 409 for the current version, 400 for a note; nothing written', async () => {
  const { app, storage } = setup();
  const note = await send(app, 'POST', '/api/indicators/gdp/notes', {
    period: '2020-06',
    kind: 'cause',
    text: '疫情影响',
  });
  expect(note.status).toBe(201);
  const before = await stored(storage);
  const post = (id: string, entryId: string, body: unknown = {}) => send(app, 'POST', restorePath(id, entryId), body);
  expect((await errorOf(await post('gdp', 'observation:nope'), 404)).code).toBe('not-found');
  expect((await errorOf(await post('gdp', 'observation:green-2020-06'), 404)).code).toBe('not-found');
  expect((await errorOf(await post('nope', 'target:seed:2020'), 404)).code).toBe('not-found');
  expect((await errorOf(await post('gdp', 'target:seed:2020'), 409)).code).toBe('conflict');
  expect((await errorOf(await post('gdp', 'observation:gdp-2020-06'), 409)).code).toBe('conflict');
  fieldMessage(await errorOf(await post('gdp', 'value-note:vnote-1'), 400), 'entryId');
  fieldMessage(await errorOf(await post('gdp', 'observation:gdp-2020-05', { reason: 'x'.repeat(501) }), 400), 'reason');
  expect((await errorOf(await post('gdp', 'observation:gdp-2020-05', '{'), 400)).code).toBe('validation');
  expect(await stored(storage)).toBe(before);
});

test('an entry id may be sent percent-encoded or as is', async () => {
  const { app } = setup();
  await editTarget(app, 'gdp', 2020, { value: 80 });
  const res = await send(app, 'POST', '/api/indicators/gdp/history/target:seed:2020/restore', {});
  expect(res.status).toBe(201);
});

// ----- benchmark values -------------------------------------------------------------------------

const ZHOUZHUANG = '/api/benchmark-sets/sunan-benchmark/members/kunshan-zhouzhuang/values';
const peerValue = {
  value: 53,
  year: 2019,
  unit: '亿元',
  source: { title: '周庄镇2019年统计公报（修订）' },
  sample: false,
};

test('a benchmark value edit keeps who, when, why and the value it replaced; older clients send no reason', async () => {
  const { app, storage } = setup(seedDataset, tickingClock());
  const res = await send(app, 'PUT', `${ZHOUZHUANG}/gdp`, { ...peerValue, reason: '公报修订' }, '赵六');
  expect(res.status).toBe(200);
  const value = benchmarkSetResponseSchema
    .parse(await res.json())
    .set.members.find((m) => m.id === 'kunshan-zhouzhuang')
    ?.values.find((v) => v.indicatorId === 'gdp' && v.year === 2019);
  expect(value).not.toHaveProperty('reason');
  expect(value?.value).toBe(53);
  const [edit] = await storage.listBenchmarkValueEdits({ indicatorId: 'gdp' });
  expect(edit).toMatchObject({ id: 'rev-1', by: '赵六', reason: '公报修订', before: { value: 49.5, year: 2019 } });
  expect(edit?.at).toMatch(/^2020-07-05T08:00:\d\d\.000Z$/);
  expect((await send(app, 'PUT', `${ZHOUZHUANG}/gdp`, { ...peerValue, value: 54 })).status).toBe(200);
  const entries = (await history(app, 'gdp')).filter((e) => e.kind === 'benchmark-value');
  expect(entries.map((e) => [e.id, e.before, e.after, e.by, e.restorable])).toEqual([
    ['benchmark-value:rev-2', 53, 54, '演示用户', false],
    ['benchmark-value:rev-1', 49.5, 53, '赵六', true],
    ['benchmark-value:origin:sunan-benchmark:kunshan-zhouzhuang:2019', null, 49.5, SEED_AUTHOR, true],
  ]);
  expect(entries[0]).toMatchObject({ setId: 'sunan-benchmark', memberId: 'kunshan-zhouzhuang', year: 2019 });
});

test('restoring a benchmark value puts the earlier record back, source and all', async () => {
  const { app, storage } = setup(seedDataset, tickingClock());
  const set = async () =>
    (await storage.getBenchmarkSet('sunan-benchmark'))?.members[0]?.values.find((v) => v.indicatorId === 'gdp');
  const original = await set();
  await send(app, 'PUT', `${ZHOUZHUANG}/gdp`, peerValue);
  const entry = await restore(app, 'gdp', 'benchmark-value:origin:sunan-benchmark:kunshan-zhouzhuang:2019');
  expect(entry).toMatchObject({ kind: 'benchmark-value', before: 53, after: 49.5, restorable: false });
  expect(await set()).toEqual(original);
});

// ----- property: target edits and restores ------------------------------------------------------

type Op = { kind: 'edit'; value: number } | { kind: 'restore'; pick: number };
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('edit' as const), value: fc.integer({ min: 0, max: 100_000 }).map((v) => v / 100) }),
  fc.record({ kind: fc.constant('restore' as const), pick: fc.nat() }),
);

test('for any edits and restores of a target: one entry per accepted write plus the seed, and the last write holds', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 12 }), async (ops) => {
      const { app } = setup(undefined, tickingClock());
      let writes = 0;
      let last = 100;
      for (const op of ops) {
        if (op.kind === 'edit') {
          await editTarget(app, 'gdp', 2020, { value: op.value });
          last = op.value;
          writes += 1;
          continue;
        }
        const restorable = (await history(app, 'gdp')).filter((e) => e.kind === 'target' && e.restorable);
        const chosen = restorable[op.pick % Math.max(restorable.length, 1)];
        if (!chosen) {
          // Only the seed: nothing to restore, and the API says so.
          const res = await send(app, 'POST', restorePath('gdp', 'target:seed:2020'), {});
          expect(res.status).toBe(409);
          continue;
        }
        const entry = await restore(app, 'gdp', chosen.id);
        expect(entry.restoredFrom).toBe(chosen.id);
        last = Number(chosen.after);
        writes += 1;
      }
      const targets = (await history(app, 'gdp')).filter((e) => e.kind === 'target');
      expect(targets).toHaveLength(writes + 1);
      expect(targets.filter((e) => !e.restorable).map((e) => e.after)).toEqual([last]);
      expect(targets[0]?.after).toBe(last);
      const detail = await getOk(app, '/api/indicators/gdp', indicatorDetailResponseSchema);
      expect(detail.indicator.targets[0]?.value).toBe(last);
      expect(detail.evaluation.target).toBe(last);
    }),
    { numRuns: 40 },
  );
});
