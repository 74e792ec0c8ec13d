/**
 * Text as officials type it, made comparable: full-width letters, digits and punctuation (an IME in
 * Chinese mode gives "５．６２", "（亿元）", "：") become their ASCII forms, every kind of space is
 * dropped or collapsed, and an exported cell's anti-formula apostrophe is taken off again.
 */
import { isFormulaLike, NEUTRAL_PREFIX } from '../spreadsheet-cell';
import type { Cell } from './types';

/** Dashes and minus signs that NFKC leaves alone, mapped to ASCII so number and range parsing sees one form. */
const DASHES: ReadonlyMap<string, string> = new Map([
  ['\u2212', '-'], // minus sign
  ['\u2010', '-'], // hyphen
  ['\u2011', '-'], // non-breaking hyphen
]);

/** Printable ASCII and CJK unified ideographs: text that NFKC does not change. */
const PLAIN = /^[\x20-\x7e\u4e00-\u9fff]*$/;
const SPACE = /^ | $| {2}/;

/**
 * NFKC (full-width → half-width, ideographic space → space), the few dashes NFKC keeps mapped to
 * "-", runs of white space collapsed to one space, trimmed. Keeps Chinese characters and the long
 * dashes "—" "–" (they are empty markers or range signs, decided by the caller).
 */
export function normaliseText(text: string): string {
  // Most cells are plain ASCII or plain Chinese, which NFKC leaves as they are: skip it (it is the
  // costliest step of parsing a large sheet).
  if (PLAIN.test(text)) return SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
  let out = text.normalize('NFKC');
  for (const [from, to] of DASHES) if (out.includes(from)) out = out.split(from).join(to);
  return out.replace(/\s+/g, ' ').trim();
}

/** {@link normaliseText} without any space, lower-cased: the key under which labels and names are compared. */
export function compactKey(text: string): string {
  return normaliseText(text).replace(/ /g, '').toLowerCase();
}

/**
 * Undoes the export's neutralisation (`neutraliseCell` in spreadsheet-cell.ts): "'=x" was written for
 * the text "=x", so an exported file reads back as it was. An apostrophe before anything else stays.
 */
export function unneutralise(text: string): string {
  return text.startsWith(NEUTRAL_PREFIX) && isFormulaLike(text.slice(1)) ? text.slice(1) : text;
}

/** True for null, an empty string or white space only. */
export function isBlank(cell: Cell | undefined): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell !== 'string') return false;
  // Most text starts with a visible character: no need to trim (and allocate) to know it is not blank.
  const first = cell.charCodeAt(0);
  return cell.length === 0 || ((first <= 32 || first === 0xa0 || first >= 0x2000) && cell.trim() === '');
}

/** A cell as the text a message quotes: numbers in plain notation, booleans as Excel shows them. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return typeof cell === 'number' ? String(cell) : unneutralise(cell.trim());
}

/** The spreadsheet letter of a 1-based column: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
