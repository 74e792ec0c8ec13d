/**
 * The text of a CSV as the bytes encode it: UTF-8 with or without a BOM (what the app's export and
 * WPS write), UTF-16 with a BOM (Excel's "Unicode text"), otherwise GBK — what Excel in China writes
 * for "CSV (逗号分隔)". Decoding is strict (`fatal`): bytes that are neither valid UTF-8 nor valid GBK
 * are refused rather than shown as mojibake in the preview.
 */
import type { Bilingual } from '../../domain/indicator';

export type TextEncodingName = 'UTF-8' | 'UTF-8 BOM' | 'UTF-16LE' | 'UTF-16BE' | 'GBK';

const UNREADABLE: Bilingual = {
  zh: '无法识别文件的编码（既不是 UTF-8 也不是 GBK），请在 Excel 中另存为“CSV UTF-8”或 .xlsx',
  en: 'The file is neither UTF-8 nor GBK text: save it from Excel as "CSV UTF-8" or as .xlsx',
};
const BINARY: Bilingual = {
  zh: '这不是文本文件，请另存为 .xlsx 或 .csv',
  en: 'This is not a text file: save it as .xlsx or .csv',
};

function strict(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Decodes a text file, saying which encoding it was in. */
export function decodeText(
  bytes: Uint8Array,
): { readonly text: string; readonly encoding: TextEncodingName } | { readonly error: Bilingual } {
  const [a, b, c] = bytes;
  const bom: readonly [TextEncodingName, string, number] | null =
    a === 0xef && b === 0xbb && c === 0xbf
      ? ['UTF-8 BOM', 'utf-8', 3]
      : a === 0xff && b === 0xfe
        ? ['UTF-16LE', 'utf-16le', 2]
        : a === 0xfe && b === 0xff
          ? ['UTF-16BE', 'utf-16be', 2]
          : null;
  if (bom) {
    const text = strict(bom[1], bytes.subarray(bom[2]));
    return text === null ? { error: UNREADABLE } : { text, encoding: bom[0] };
  }
  // NUL never occurs in UTF-8 or GBK text; it does in every binary format.
  if (bytes.subarray(0, 4096).includes(0)) return { error: BINARY };
  const utf8 = strict('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'UTF-8' };
  const gbk = strict('gbk', bytes);
  return gbk === null ? { error: UNREADABLE } : { text: gbk, encoding: 'GBK' };
}
