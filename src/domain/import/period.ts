/**
 * Periods as they are written in Chinese statistics sheets, read into the app's period keys
 * ("2020-06", "2020Q2", "2020", see ../period.ts). A cumulative figure for 1–N月 ("2020年1-6月",
 * "1—6月累计", "上半年") is the month key of its last month, as the app stores 1–N月累计; a range that
 * does not start in January is not a year-to-date figure and is refused with the reason.
 */
import type { Bilingual } from '../indicator';
import { parseDate, parsePeriod, periodKey, type Period } from '../period';
import { EMPTY_MARKERS } from './number';
import { normaliseText } from './text';
import { bi, type Cell } from './types';

export type PeriodCell =
  | { readonly kind: 'empty' }
  | { readonly kind: 'period'; readonly key: string }
  | { readonly kind: 'invalid'; readonly reason: Bilingual };

/** Chinese numerals for months and quarters. */
const CN = '十二|十一|[一二三四五六七八九十]';
const NUM = `(\\d{1,2}|${CN})`;
const CN_VALUES: ReadonlyMap<string, number> = new Map(
  ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'].map((s, i) => [s, i + 1]),
);
/** Range signs between two months: ASCII and long dashes, tilde, 至, 到. */
const TO = '[-—–~至到]';

function numeral(text: string): number {
  return CN_VALUES.get(text) ?? Number(text);
}

type Found = { readonly key: string } | { readonly reason: Bilingual };

function make(text: string, year: number, granularity: Period['granularity'], index: number): Found {
  if (granularity === 'month' && (index < 1 || index > 12)) {
    return { reason: bi(`“${text}”的月份应在 1 到 12 之间`, `"${text}": the month must be 1 to 12`) };
  }
  const key = periodKey({ year, granularity, index });
  if (!parsePeriod(key)) {
    return { reason: bi(`“${text}”的年份应在 1949 到 2100 之间`, `"${text}": the year must be 1949 to 2100`) };
  }
  return { key };
}

/** Why a range that does not start in January is refused. */
function notFromJanuary(text: string, to: number): { readonly reason: Bilingual } {
  return {
    reason: bi(
      `“${text}”不是从 1 月起的累计，请填 1–N 月累计（如“1-${to}月”）`,
      `"${text}" is not a year-to-date range from January: enter months 1–N (e.g. 1-${to}月)`,
    ),
  };
}

function range(text: string, year: number, from: number, to: number): Found {
  return from === 1 ? make(text, year, 'month', to) : notFromJanuary(text, to);
}

/** Whole-cell spellings, tried in order on the text without spaces. */
const WHOLE: readonly [RegExp, (text: string, m: RegExpExecArray) => Found][] = [
  [/^(\d{4})(?:年|年度|年全年)?$/, (t, m) => make(t, Number(m[1]), 'year', 0)],
  [/^(\d{4})[-/.](\d{1,2})$/, (t, m) => make(t, Number(m[1]), 'month', Number(m[2]))],
  [new RegExp(`^(\\d{4})年${NUM}月份?$`), (t, m) => make(t, Number(m[1]), 'month', numeral(m[2] ?? ''))],
  [
    new RegExp(`^(\\d{4})年?${NUM}月?${TO}${NUM}月(?:累计|份)?$`),
    (t, m) => range(t, Number(m[1]), numeral(m[2] ?? ''), numeral(m[3] ?? '')),
  ],
  [/^(\d{4})(?:年|-)?q([1-4])$/i, (t, m) => make(t, Number(m[1]), 'quarter', Number(m[2]))],
  [/^(\d{4})年第?([1-4一二三四])季度?$/, (t, m) => make(t, Number(m[1]), 'quarter', numeral(m[2] ?? ''))],
  [/^(\d{4})年?上半年$/, (t, m) => make(t, Number(m[1]), 'month', 6)],
  [/^(\d{4})年?前三季度$/, (t, m) => make(t, Number(m[1]), 'month', 9)],
  [/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/, (t, m) => fromDate(t, m)],
  [/^(\d{4})年(\d{1,2})月(\d{1,2})日$/, (t, m) => fromDate(t, m)],
];

function fromDate(text: string, m: RegExpExecArray): Found {
  const iso = `${m[1]}-${(m[2] ?? '').padStart(2, '0')}-${(m[3] ?? '').padStart(2, '0')}`;
  if (!parseDate(iso)) return { reason: bi(`“${text}”不是有效日期`, `"${text}" is not a real date`) };
  return make(text, Number(m[1]), 'month', Number(m[2]));
}

function toCell(found: Found): PeriodCell {
  return 'key' in found ? { kind: 'period', key: found.key } : { kind: 'invalid', reason: found.reason };
}

const HINT = bi(
  '期间请写成 2020-06、2020年1-6月、2020Q2 或 2020',
  'write the period as 2020-06, 2020年1-6月, 2020Q2 or 2020',
);

/** Reads a period cell: any spelling above, an Excel date (ISO text from the reader) or a whole year as a number. */
export function parsePeriodCell(cell: Cell): PeriodCell {
  if (cell === null) return { kind: 'empty' };
  if (typeof cell === 'boolean') return invalidPeriod(cell ? 'TRUE' : 'FALSE');
  // The app's own keys (the template, an export) need no normalisation.
  if (typeof cell === 'string' && parsePeriod(cell)) return { kind: 'period', key: cell };
  if (typeof cell === 'number') {
    return Number.isInteger(cell) ? toCell(make(String(cell), cell, 'year', 0)) : invalidPeriod(String(cell));
  }
  const text = normaliseText(cell).replace(/ /g, '');
  if (EMPTY_MARKERS.has(text.toLowerCase())) return { kind: 'empty' };
  for (const [re, read] of WHOLE) {
    const m = re.exec(text);
    if (m) return toCell(read(cell.trim(), m));
  }
  return invalidPeriod(cell.trim());
}

function invalidPeriod(text: string): PeriodCell {
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return {
    kind: 'invalid',
    reason: bi(`“${shown}”不是期间：${HINT.zh}`, `"${shown}" is not a period: ${HINT.en}`),
  };
}

/** Patterns found inside a longer text (a title), most specific first. */
const EMBEDDED: readonly [RegExp, (text: string, m: RegExpExecArray) => Found][] = [
  [
    new RegExp(`(\\d{4})年${NUM}月?${TO}${NUM}月`),
    (_, m) => range(m[0], Number(m[1]), numeral(m[2] ?? ''), numeral(m[3] ?? '')),
  ],
  [/(\d{4})年第?([1-4一二三四])季度/, (_, m) => make(m[0], Number(m[1]), 'quarter', numeral(m[2] ?? ''))],
  [/(\d{4})q([1-4])/i, (_, m) => make(m[0], Number(m[1]), 'quarter', Number(m[2]))],
  [/(\d{4})年上半年/, (_, m) => make(m[0], Number(m[1]), 'month', 6)],
  [/(\d{4})年前三季度/, (_, m) => make(m[0], Number(m[1]), 'month', 9)],
  [new RegExp(`(\\d{4})年${NUM}月`), (_, m) => make(m[0], Number(m[1]), 'month', numeral(m[2] ?? ''))],
  [/(\d{4})年/, (_, m) => make(m[0], Number(m[1]), 'year', 0)],
];

/** The period a title names ("白蒲镇2020年1-6月主要指标完成情况表" → "2020-06"), or null when it names none. */
export function findPeriodInText(text: string): Found | null {
  const compact = normaliseText(text).replace(/ /g, '');
  for (const [re, read] of EMBEDDED) {
    const m = re.exec(compact);
    if (m) return read(compact, m);
  }
  return null;
}

/**
 * The last month of a year-to-date range without a year, as value headers write it ("1-6月累计",
 * "1至6月", "上半年"): the month, a reason when the range does not start in January, or null.
 */
export function findMonthRangeInText(text: string): { readonly month: number } | { readonly reason: Bilingual } | null {
  const compact = normaliseText(text).replace(/ /g, '');
  const m = new RegExp(`${NUM}月?${TO}${NUM}月`).exec(compact);
  if (m) {
    const from = numeral(m[1] ?? '');
    const to = numeral(m[2] ?? '');
    if (from !== 1) return notFromJanuary(m[0], to);
    if (to < 1 || to > 12)
      return { reason: bi(`“${m[0]}”的月份应在 1 到 12 之间`, `"${m[0]}": the month must be 1 to 12`) };
    return { month: to };
  }
  if (compact.includes('上半年')) return { month: 6 };
  if (compact.includes('前三季度')) return { month: 9 };
  return null;
}
