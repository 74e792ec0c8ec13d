/**
 * As-of dates (截止日期) as sheets write them: the reader's ISO text for an Excel date, "2020/7/10",
 * "2020.7.10" or "2020年7月10日". A bare number is refused: it is an Excel serial the reader did not
 * recognise as a date, and guessing its epoch would be a silent error.
 */
import type { Bilingual } from '../indicator';
import { parseDate } from '../period';
import { EMPTY_MARKERS } from './number';
import { normaliseText } from './text';
import { bi, type Cell } from './types';

export type DateCell =
  | { readonly kind: 'empty' }
  | { readonly kind: 'date'; readonly iso: string }
  | { readonly kind: 'invalid'; readonly reason: Bilingual };

const SPELLINGS = [/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/, /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/];

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function parseDateCell(cell: Cell): DateCell {
  if (cell === null) return { kind: 'empty' };
  // The reader's dates and the template's: no normalisation needed.
  if (typeof cell === 'string' && ISO.test(cell) && parseDate(cell)) return { kind: 'date', iso: cell };
  const raw = typeof cell === 'string' ? cell.trim() : String(cell);
  const text = typeof cell === 'string' ? normaliseText(cell).replace(/ /g, '') : '';
  if (typeof cell === 'string' && EMPTY_MARKERS.has(text.toLowerCase())) return { kind: 'empty' };
  for (const re of SPELLINGS) {
    const m = re.exec(text);
    if (!m) continue;
    const iso = `${m[1]}-${(m[2] ?? '').padStart(2, '0')}-${(m[3] ?? '').padStart(2, '0')}`;
    if (parseDate(iso)) return { kind: 'date', iso };
    break;
  }
  const shown = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
  return {
    kind: 'invalid',
    reason: bi(`“${shown}”不是日期：请写成 2020-07-10`, `"${shown}" is not a date: write it as 2020-07-10`),
  };
}
