/**
 * Opens an XLSX (a zip) safely before any reader sees it. The zip's central directory is read by
 * hand and each wanted entry inflated with fflate's streaming inflater in small chunks, counting
 * the bytes that really come out, so a zip bomb stops at the limit whatever its headers claim (a
 * lying size in a header is then reported as damage). Encrypted entries, unknown compression and
 * zip tricks (duplicate names, entries beyond the file) are refused.
 */
import type { Bilingual } from '../../domain/indicator';

export interface ZipLimits {
  /** Total bytes all wanted entries may inflate to. */
  readonly maxInflatedBytes: number;
  /** Inflated ÷ compressed, checked once more than {@link ZipLimits.ratioFloorBytes} came out. */
  readonly maxRatio: number;
  readonly ratioFloorBytes: number;
  readonly maxEntries: number;
}

/** A workbook of 20,000 rows inflates to a few tens of MB; real sheets compress 5–30×, bombs 1,000×. */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxInflatedBytes: 100 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
  maxEntries: 5_000,
};

/**
 * Inflates raw deflate data with the platform's native inflater (DecompressionStream, in browsers and
 * Node), handing `count` every chunk as it comes out, so a limit stops a bomb without ever holding
 * more than one chunk beyond it. A damaged stream rejects.
 */
async function inflateRaw(data: Uint8Array, count: (n: number) => void): Promise<Uint8Array[]> {
  const copy = new Uint8Array(data.length);
  copy.set(data);
  const reader = new Blob([copy]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const parts: Uint8Array[] = [];
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return parts;
      count(value.length);
      parts.push(value);
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    throw error instanceof ZipError ? error : new ZipError(DAMAGED);
  }
}

const BOMB: Bilingual = {
  zh: '文件解压后过大（可能是“压缩炸弹”），已拒绝读取',
  en: 'The file inflates to far more than a workbook does (a "zip bomb"?): not read',
};
const DAMAGED: Bilingual = {
  zh: '这个 .xlsx 文件已损坏，请在 Excel 或 WPS 中重新另存为 .xlsx 后再导入',
  en: 'This .xlsx file is damaged: save it again as .xlsx in Excel or WPS and import it again',
};

class ZipError extends Error {
  constructor(readonly reason: Bilingual) {
    super(reason.en);
  }
}

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

function u16(b: Uint8Array, at: number): number {
  if (at + 2 > b.length) throw new ZipError(DAMAGED);
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}
function u32(b: Uint8Array, at: number): number {
  return (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
}

/** The central directory's entries (the directory a zip reader trusts), refusing zip64 sizes. */
function centralDirectory(bytes: Uint8Array, limits: ZipLimits): Entry[] {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError(DAMAGED);
  const count = u16(bytes, eocd + 10);
  let at = u32(bytes, eocd + 16);
  if (count === 0xffff || at === 0xffffffff) throw new ZipError(DAMAGED);
  if (count > limits.maxEntries) throw new ZipError(BOMB);
  const decoder = new TextDecoder();
  const entries: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (u32(bytes, at) !== 0x02014b50) throw new ZipError(DAMAGED);
    const nameLength = u16(bytes, at + 28);
    const entry: Entry = {
      flags: u16(bytes, at + 8),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    };
    if (entry.compressedSize === 0xffffffff || entry.size === 0xffffffff || entry.localOffset === 0xffffffff) {
      throw new ZipError(DAMAGED);
    }
    entries.push(entry);
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}

/** The compressed bytes of an entry, found through its local header. */
function dataOf(bytes: Uint8Array, entry: Entry): Uint8Array {
  const at = entry.localOffset;
  if (u32(bytes, at) !== 0x04034b50) throw new ZipError(DAMAGED);
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipError(DAMAGED);
  return bytes.subarray(start, end);
}

/**
 * The wanted entries of a zip, inflated within the limits, by name; or why the file is refused.
 * Entries not wanted are never inflated.
 */
export async function unzipGuarded(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<{ readonly entries: Map<string, Uint8Array> } | { readonly error: Bilingual }> {
  try {
    const entries = new Map<string, Uint8Array>();
    let inflated = 0;
    let compressed = 0;
    const count = (n: number) => {
      inflated += n;
      if (inflated > limits.maxInflatedBytes) throw new ZipError(BOMB);
      if (inflated > limits.ratioFloorBytes && inflated > compressed * limits.maxRatio) throw new ZipError(BOMB);
    };
    for (const entry of centralDirectory(bytes, limits)) {
      if (!wanted(entry.name)) continue;
      if (entries.has(entry.name)) throw new ZipError(DAMAGED);
      if (entry.flags & 1) {
        throw new ZipError({
          zh: '文件已加密，请取消密码后另存为 .xlsx',
          en: 'The file is encrypted: remove the password and save it as .xlsx',
        });
      }
      const data = dataOf(bytes, entry);
      compressed += Math.max(1, data.length);
      let parts: Uint8Array[];
      if (entry.method === 0) {
        count(data.length);
        parts = [data.slice()];
      } else if (entry.method === 8) {
        parts = await inflateRaw(data, count);
      } else throw new ZipError(DAMAGED);
      const size = parts.reduce((sum, p) => sum + p.length, 0);
      if (size !== entry.size) throw new ZipError(DAMAGED);
      const out = new Uint8Array(size);
      let offset = 0;
      for (const p of parts) {
        out.set(p, offset);
        offset += p.length;
      }
      entries.set(entry.name, out);
    }
    return { entries };
  } catch (error) {
    return { error: error instanceof ZipError ? error.reason : DAMAGED };
  }
}
