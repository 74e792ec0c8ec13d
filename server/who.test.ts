import { expect, test } from 'vitest';
import { createObservationResponseSchema, USER_NAME_HEADER } from '../src/domain/contract';
import { createApp } from './app';
import { createMemoryStorage } from './storage/memory-storage';
import { errorOf, fieldMessage, NOW, setup } from './test-api';
import { testLedgerDataset } from './test-ledger';

const june = { period: '2020-06', value: 45, stage: 'reported', asOf: '2020-07-03', source: '镇统计站' };

function postAs(app: ReturnType<typeof setup>['app'], header: string | undefined, body: unknown = june) {
  return app.request('/api/indicators/gdp/observations', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(header === undefined ? {} : { [USER_NAME_HEADER]: header }) },
    body: JSON.stringify(body),
  });
}

async function recordedBy(res: Response): Promise<string | undefined> {
  expect(res.status).toBe(201);
  return createObservationResponseSchema.parse(await res.json()).observation.recordedBy;
}

test('a write is recorded under the percent-encoded X-User-Name, or the demo user without one', async () => {
  const { app } = setup();
  expect(await recordedBy(await postAs(app, encodeURIComponent('统计站 张三')))).toBe('统计站 张三');
  expect(await recordedBy(await postAs(app, encodeURIComponent('  王五  ')))).toBe('王五');
  expect(await recordedBy(await postAs(app, undefined))).toBe('演示用户');
  expect(await recordedBy(await postAs(app, ''))).toBe('演示用户');
});

test('a bad name is refused with a bilingual 400 and nothing is written', async () => {
  const { app, storage } = setup();
  const before = await storage.listObservations();
  const bad = [
    '%E5%BC%A0%E4', // cut in the middle of a character
    '%zz',
    encodeURIComponent('a'.repeat(101)),
    encodeURIComponent('张三\n李四'),
    encodeURIComponent('\u202e三张'),
  ];
  for (const header of bad) {
    const error = await errorOf(await postAs(app, header), 400);
    expect(error.code).toBe('validation');
    expect(error.message.en).toContain(USER_NAME_HEADER);
    fieldMessage(error, USER_NAME_HEADER);
  }
  expect(await storage.listObservations()).toEqual(before);
});

test('reads do not look at the header', async () => {
  const { app } = setup();
  const res = await app.request('/api/indicators/gdp', { headers: { [USER_NAME_HEADER]: '%zz' } });
  expect(res.status).toBe(200);
});

test('the userOf hook decides who writes (sessions later): a name, or a response sent instead', async () => {
  const storage = createMemoryStorage(testLedgerDataset);
  const seen: string[] = [];
  const app = createApp({
    storage,
    now: () => NOW,
    userOf: async (request) => {
      seen.push(request.method);
      return request.headers.get('Authorization') === 'Bearer ok'
        ? 'session-user'
        : new Response(null, { status: 401 });
    },
  });
  const send = (auth: string) =>
    app.request('/api/indicators/gdp/observations', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: auth },
      body: JSON.stringify(june),
    });
  const before = await storage.listObservations();
  expect((await send('Bearer nope')).status).toBe(401);
  expect(await storage.listObservations()).toEqual(before);
  expect(await recordedBy(await send('Bearer ok'))).toBe('session-user');
  expect((await app.request('/api/summary')).status).toBe(200);
  expect(seen).toEqual(['POST', 'POST']);
});
