import { Deflate, deflateSync, zipSync } from 'fflate';
import { expect, test } from 'vitest';
import { DEFAULT_ZIP_LIMITS, unzipGuarded } from './xlsx-guard';

const all = () => true;
const text = (s: string) => new TextEncoder().encode(s);

interface RawEntry {
  readonly name: string;
  readonly method: 0 | 8;
  readonly data: Uint8Array;
  readonly size: number;
  readonly flags?: number;
}

/** Little-endian bytes, appended. */
class Bytes {
  readonly out: number[] = [];
  u16(n: number): this {
    this.out.push(n & 0xff, (n >>> 8) & 0xff);
    return this;
  }
  u32(n: number): this {
    return this.u16(n & 0xffff).u16(n >>> 16);
  }
  bytes(data: Uint8Array): this {
    for (const b of data) this.out.push(b);
    return this;
  }
}

/** A zip written byte by byte, so headers can lie (CRCs are zero: the guard does not read them). */
function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const local = new Bytes();
  const central = new Bytes();
  for (const e of entries) {
    const name = text(e.name);
    const offset = local.out.length;
    local
      .u32(0x04034b50)
      .u16(20)
      .u16(e.flags ?? 0)
      .u16(e.method)
      .u32(0)
      .u32(0);
    local.u32(e.data.length).u32(e.size).u16(name.length).u16(0).bytes(name).bytes(e.data);
    central
      .u32(0x02014b50)
      .u16(20)
      .u16(20)
      .u16(e.flags ?? 0)
      .u16(e.method)
      .u32(0)
      .u32(0);
    central.u32(e.data.length).u32(e.size).u16(name.length).u16(0).u16(0).u16(0).u16(0).u32(0).u32(offset).bytes(name);
  }
  const end = new Bytes().u32(0x06054b50).u16(0).u16(0).u16(entries.length).u16(entries.length);
  end.u32(central.out.length).u32(local.out.length).u16(0);
  return new Uint8Array([...local.out, ...central.out, ...end.out]);
}

test('a normal archive: the wanted entries, inflated; the others never touched', async () => {
  const zip = zipSync({ 'xl/workbook.xml': text('<workbook/>'), 'xl/media/image1.png': new Uint8Array(1000) });
  const out = await unzipGuarded(zip, (name) => name.endsWith('.xml'));
  expect('entries' in out && [...out.entries.keys()]).toEqual(['xl/workbook.xml']);
  if ('entries' in out) expect(new TextDecoder().decode(out.entries.get('xl/workbook.xml'))).toBe('<workbook/>');
});

test('a zip bomb (~1,000 : 1) is refused by the ratio once past the floor', async () => {
  const zip = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(8 * 1024 * 1024) });
  expect(zip.length).toBeLessThan(20_000);
  expect(await unzipGuarded(zip, all)).toMatchObject({ error: { zh: expect.stringContaining('压缩炸弹') } });
});

test('a bomb past the total limit stops there, counting the bytes that really come out', async () => {
  const chunks: Uint8Array[] = [];
  const deflater = new Deflate({ level: 1 }, (chunk) => chunks.push(chunk));
  const zeros = new Uint8Array(1024 * 1024);
  for (let i = 0; i < 30; i++) deflater.push(zeros, i === 29);
  const data = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  chunks.reduce((at, c) => (data.set(c, at), at + c.length), 0);
  const zip = rawZip([{ name: 'xl/worksheets/sheet1.xml', method: 8, data, size: 1000 }]);
  const started = performance.now();
  // 30 MB against a 20 MB limit (the default is 100 MB), with the ratio check off to test the total alone.
  const out = await unzipGuarded(zip, all, {
    ...DEFAULT_ZIP_LIMITS,
    maxInflatedBytes: 20 * 1024 * 1024,
    maxRatio: Number.POSITIVE_INFINITY,
  });
  expect(out).toMatchObject({ error: { zh: expect.stringContaining('解压后过大') } });
  expect(performance.now() - started).toBeLessThan(2000);
});

test('a header that lies about the size cannot pass: real bytes are counted, and a mismatch is damage', async () => {
  const payload = new Uint8Array(300_000).map((_, i) => (i * 7919) % 251);
  const small = { ...DEFAULT_ZIP_LIMITS, maxInflatedBytes: 100_000 };
  const lying = rawZip([{ name: 'a.xml', method: 8, data: deflateSync(payload), size: 10 }]);
  expect(await unzipGuarded(lying, all, small)).toMatchObject({ error: { zh: expect.stringContaining('解压后过大') } });
  expect(await unzipGuarded(lying, all)).toMatchObject({ error: { zh: expect.stringContaining('已损坏') } });
  const honest = rawZip([{ name: 'a.xml', method: 8, data: deflateSync(payload), size: payload.length }]);
  expect(await unzipGuarded(honest, all)).toHaveProperty('entries');
});

test('encrypted entries, unknown methods, duplicate names, truncation and garbage are refused', async () => {
  const entry = { name: 'a.xml', method: 0 as const, data: text('<a/>'), size: 4 };
  expect(await unzipGuarded(rawZip([{ ...entry, flags: 1 }]), all)).toMatchObject({
    error: { zh: expect.stringContaining('已加密') },
  });
  expect(await unzipGuarded(rawZip([{ ...entry, method: 12 as 0 }]), all)).toMatchObject({
    error: { zh: expect.stringContaining('已损坏') },
  });
  expect(await unzipGuarded(rawZip([entry, entry]), all)).toMatchObject({
    error: { zh: expect.stringContaining('已损坏') },
  });
  const zip = zipSync({ 'a.xml': text('<a/>'.repeat(100)) });
  expect(await unzipGuarded(zip.subarray(0, zip.length - 30), all)).toMatchObject({
    error: { zh: expect.stringContaining('已损坏') },
  });
  expect(await unzipGuarded(text('PK\u0003\u0004 not really a zip'), all)).toMatchObject({
    error: { zh: expect.stringContaining('已损坏') },
  });
  const broken = rawZip([{ name: 'a.xml', method: 8, data: text('garbage!'), size: 8 }]);
  expect(await unzipGuarded(broken, all)).toHaveProperty('error');
});

test('too many entries is refused before anything is inflated', async () => {
  const files = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`f${i}.xml`, text('x')]));
  expect(await unzipGuarded(zipSync(files), all, { ...DEFAULT_ZIP_LIMITS, maxEntries: 20 })).toHaveProperty('error');
});
