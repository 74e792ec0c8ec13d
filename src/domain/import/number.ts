/**
 * Numbers as officials write them in a sheet: real numbers, or text with full-width digits and
 * punctuation ("５．６２", "1，234"), thousands separators, spaces, a percent sign ("21%"), and the
 * markers they use for "no figure" ("—", "/", "无"…). Strict on purpose: "5.6.2", "1,23" or "约5"
 * are invalid, never read leniently the way `parseFloat` would, because a wrong figure in front of
 * the leadership is worse than a rejected row.
 *
 * A unit written after the number ("5.62亿元", "700万元") is taken off and returned, so the caller
 * converts it like a unit column; a bare "亿" or "万" is invalid (is it 亿元? 万人?), with a hint.
 */
import type { Bilingual } from '../indicator';
import { normaliseText } from './text';
import { bi, type Cell } from './types';

export type NumberCell =
  | { readonly kind: 'empty' }
  | { readonly kind: 'number'; readonly value: number; readonly percent: boolean; readonly unit?: string }
  | { readonly kind: 'invalid'; readonly reason: Bilingual };

/** "No figure" markers, after normalisation (so "－" is "-" and "…" is "...") and lower-casing. */
export const EMPTY_MARKERS: ReadonlySet<string> = new Set([
  '',
  '-',
  '--',
  '—',
  '——',
  '–',
  '―',
  '/',
  '\\',
  '无',
  '暂无',
  'n/a',
  'na',
  '#n/a',
  '...',
  '......',
]);

/** Units that may follow a number in the same cell; longest first so "亿元" wins over "元". */
const UNIT_SUFFIX = /^(.*?)(亿元|万元|元|公顷|公里|个|家|名|项|位)$/;
/** A plain decimal: digits, an optional sign and fraction, nothing else. */
const SIMPLE = /^-?\d{1,15}(?:\.\d{1,15})?$/;
const PLAIN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

const EMPTY: NumberCell = { kind: 'empty' };

function invalid(text: string, zhWhy = '不是数字', enWhy = 'is not a number'): NumberCell {
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return { kind: 'invalid', reason: bi(`“${shown}”${zhWhy}`, `"${shown}" ${enWhy}`) };
}

/** The digits of a number without separators, or null when the separators are not thousands groups. */
function plainDigits(text: string): string | null {
  if (!text.includes(',')) return PLAIN.test(text) ? text : null;
  return GROUPED.test(text) ? text.replace(/,/g, '') : null;
}

/** Parses one cell as a number; never throws. */
export function parseNumberCell(cell: Cell): NumberCell {
  if (cell === null) return EMPTY;
  if (typeof cell === 'number')
    return Number.isFinite(cell) ? { kind: 'number', value: cell, percent: false } : invalid(String(cell));
  if (typeof cell === 'boolean') return invalid(cell ? 'TRUE' : 'FALSE');
  // Plain decimals, the bulk of a CSV, need none of the steps below.
  if (SIMPLE.test(cell)) return { kind: 'number', value: Number(cell), percent: false };
  const raw = cell.trim();
  const text = normaliseText(cell);
  if (EMPTY_MARKERS.has(text.toLowerCase())) return EMPTY;
  let body = text.replace(/ /g, '');
  let percent = false;
  let unit: string | undefined;
  if (body.endsWith('%')) {
    percent = true;
    body = body.slice(0, -1);
  } else {
    const m = UNIT_SUFFIX.exec(body);
    if (m && m[1] !== undefined && m[2] !== undefined && /\d/.test(m[1])) {
      body = m[1];
      unit = m[2];
    }
  }
  const digits = plainDigits(body);
  if (digits === null) {
    if (/^[+-]?[\d.,]+[亿万]$/.test(body)) {
      return invalid(
        raw,
        '不是数字：单位请写“亿元”“万元”，或写在单位列',
        'is not a number: write the unit as 亿元 or 万元, or in the unit column',
      );
    }
    if (/^[+-]?[\d.]+(?:,\d+)+/.test(body)) {
      return invalid(
        raw,
        '不是数字：千位分隔符应每三位一个',
        'is not a number: thousands separators go every three digits',
      );
    }
    return invalid(raw);
  }
  const value = Number(digits);
  if (!Number.isFinite(value)) return invalid(raw, '超出可表示的范围', 'is out of range');
  return unit === undefined ? { kind: 'number', value, percent } : { kind: 'number', value, percent, unit };
}

/**
 * A number typed into a form field, with the same tolerance as a sheet's cell (full-width digits,
 * "，" or "," thousands groups, spaces): NaN for anything else, including a percent or a unit, since
 * a form field states its unit in its label.
 */
export function numberFromInput(text: string): number {
  const cell = parseNumberCell(text);
  return cell.kind === 'number' && !cell.percent && cell.unit === undefined ? cell.value : Number.NaN;
}
