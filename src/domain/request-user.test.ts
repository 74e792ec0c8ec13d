import fc from 'fast-check';
import { expect, test } from 'vitest';
import { DEFAULT_USER_NAME } from './contract';
import { decodeUserName, MAX_USER_NAME_LENGTH, userNameProblem } from './request-user';
import { observationWriteSchema } from './history-contract';

test('a percent-encoded UTF-8 name decodes; absent or blank names the default user', () => {
  expect(decodeUserName(encodeURIComponent('张三'))).toEqual({ ok: true, name: '张三' });
  expect(decodeUserName(encodeURIComponent('  李四（统计站） '))).toEqual({ ok: true, name: '李四（统计站）' });
  expect(decodeUserName('Wang%20Wu')).toEqual({ ok: true, name: 'Wang Wu' });
  for (const blank of [null, undefined, '', '   ', '%20%20']) {
    expect(decodeUserName(blank)).toEqual({ ok: true, name: DEFAULT_USER_NAME });
  }
});

test('refuses bad encoding, raw non-ASCII, control characters and names over 100 characters', () => {
  for (const raw of ['%E4%B8', '%ZZ', '%', '张三', '%C3%28']) {
    const decoded = decodeUserName(raw);
    expect(decoded.ok, raw).toBe(false);
    if (!decoded.ok) expect(decoded.message.en).toContain('percent-encoded');
  }
  for (const name of ['a\u0000b', 'a\nb', 'a\u007fb', 'a\u202eb', 'x\u2028y']) {
    const decoded = decodeUserName(encodeURIComponent(name));
    expect(decoded.ok, JSON.stringify(name)).toBe(false);
  }
  expect(decodeUserName(encodeURIComponent('名'.repeat(MAX_USER_NAME_LENGTH))).ok).toBe(true);
  expect(decodeUserName(encodeURIComponent('😀'.repeat(MAX_USER_NAME_LENGTH))).ok).toBe(true);
  const long = decodeUserName(encodeURIComponent('名'.repeat(MAX_USER_NAME_LENGTH + 1)));
  expect(long.ok).toBe(false);
  if (!long.ok) expect(long.message.zh).toContain('100');
  expect(decodeUserName('a'.repeat(5000)).ok).toBe(false);
  expect(userNameProblem('正常的名字')).toBeUndefined();
});

test('any name of 1–100 printable characters survives encodeURIComponent and back', () => {
  const printable = fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
    .map((s) => s.trim())
    .filter((s) => s !== '' && [...s].length <= MAX_USER_NAME_LENGTH && userNameProblem(s) === undefined);
  fc.assert(
    fc.property(printable, (name) => {
      expect(decodeUserName(encodeURIComponent(name))).toEqual({ ok: true, name });
    }),
  );
});

test('an observation write may say why; the reason is limited to 500 characters', () => {
  const input = { period: '2020-06', value: 3, stage: 'reported', asOf: '2020-07-03', source: '镇统计站' };
  expect(observationWriteSchema.parse({ ...input, reason: '补报' }).reason).toBe('补报');
  expect(observationWriteSchema.parse(input)).toEqual(input);
  expect(observationWriteSchema.safeParse({ ...input, reason: 'x'.repeat(501) }).success).toBe(false);
});
