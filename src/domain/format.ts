/**
 * Numbers, units, periods and dates in Chinese conventions (and their English equivalents) through
 * `Intl`. 亿元 = 10^8 yuan and 万元 = 10^4 yuan are the natural units in Chinese; English readers get
 * the same amount in millions or billions of yuan.
 */
import type { Unit } from './indicator';
import { parseDate, parsePeriod } from './period';

export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

const YUAN_PER_UNIT: Partial<Record<Unit, number>> = { 亿元: 1e8, 万元: 1e4 };

const EN_UNIT: Record<Unit, [string, string]> = {
  个: ['project', 'projects'],
  家: ['firm', 'firms'],
  名: ['person', 'people'],
  项: ['item', 'items'],
  亿元: ['', ''],
  万元: ['', ''],
  '%': ['%', '%'],
  公顷: ['ha', 'ha'],
  公里: ['km', 'km'],
  位: ['', ''],
};

// Intl formatters are costly to build (the Overview formats hundreds of values): build each once.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}

function number(locale: Locale, value: number, maxFraction = 2): string {
  return numberFormat(locale, { maximumFractionDigits: maxFraction }).format(value);
}

/** A plain number in the locale's digits and grouping: "1,215.18". */
export function formatNumber(value: number, locale: Locale, maxFraction = 2): string {
  return Number.isFinite(value) ? number(locale, value, maxFraction) : '—';
}

/** A growth rate with its sign: "+5.5%" / "-16.7%". */
export function formatSignedPct(value: number, locale: Locale, maxFraction = 1): string {
  if (!Number.isFinite(value)) return '—';
  return numberFormat(locale, {
    style: 'percent',
    signDisplay: 'exceptZero',
    maximumFractionDigits: maxFraction,
  }).format(value / 100);
}

/**
 * A value with its unit: "5.62亿元", "7个", "35%", "第22位" in Chinese; "CN¥562M", "7 projects",
 * "35%", "No. 22" in English. Non-finite values read "—".
 */
export function formatValue(value: number, unit: Unit, locale: Locale, maxFraction = 2): string {
  if (!Number.isFinite(value)) return '—';
  const yuan = YUAN_PER_UNIT[unit];
  if (locale === 'zh-CN') {
    if (unit === '位') return `第${number(locale, value, 0)}位`;
    return `${number(locale, value, maxFraction)}${unit}`;
  }
  if (yuan !== undefined) {
    return numberFormat('en', {
      style: 'currency',
      currency: 'CNY',
      notation: 'compact',
      // A currency defaults to two minimum decimals ("CN¥562.00M"); drop trailing zeros.
      minimumFractionDigits: 0,
      maximumFractionDigits: 2,
    }).format(value * yuan);
  }
  if (unit === '位') return `No. ${number(locale, value, 0)}`;
  if (unit === '%') return `${number(locale, value, maxFraction)}%`;
  const [one, many] = EN_UNIT[unit];
  return `${number(locale, value, maxFraction)} ${value === 1 ? one : many}`;
}

/** A percentage such as a completion rate: "49.7%". */
export function formatPct(value: number | null, locale: Locale, maxFraction = 1): string {
  if (value === null || !Number.isFinite(value)) return '—';
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: maxFraction }).format(value / 100);
}

/** Percentage points with a sign: "+2.5个百分点" / "−12.5 pts". */
export function formatPoints(value: number | null, locale: Locale, maxFraction = 1): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const n = numberFormat(locale, { maximumFractionDigits: maxFraction, signDisplay: 'exceptZero' }).format(value);
  return locale === 'zh-CN' ? `${n}个百分点` : `${n} pts`;
}

const ZH_QUARTER = ['一', '二', '三', '四'];

/** "2020年6月" / "June 2020", "2020年第二季度" / "Q2 2020", "2020年" / "2020". */
export function formatPeriod(key: string, locale: Locale): string {
  const p = parsePeriod(key);
  if (!p) return key;
  if (p.granularity === 'quarter') {
    return locale === 'zh-CN' ? `${p.year}年第${ZH_QUARTER[p.index - 1] ?? ''}季度` : `Q${p.index} ${p.year}`;
  }
  if (p.granularity === 'year') {
    return dateFormat(locale, { year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(p.year, 0, 1));
  }
  return dateFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    Date.UTC(p.year, p.index - 1, 1),
  );
}

/**
 * The cumulative span of a month period: "2020年1-6月" / "Jan–Jun 2020" (1–N月累计).
 */
export function formatCumulativeSpan(key: string, locale: Locale): string {
  const p = parsePeriod(key);
  if (!p || p.granularity === 'year') return formatPeriod(key, locale);
  const last = p.granularity === 'month' ? p.index : p.index * 3;
  if (locale === 'zh-CN') return last === 1 ? `${p.year}年1月` : `${p.year}年1-${last}月`;
  const month = (m: number) => dateFormat('en', { month: 'short', timeZone: 'UTC' }).format(Date.UTC(p.year, m - 1, 1));
  return last === 1 ? `Jan ${p.year}` : `Jan–${month(last)} ${p.year}`;
}

/** "2020年4月27日" / "27 Apr 2020". */
export function formatDate(iso: string, locale: Locale): string {
  const d = parseDate(iso);
  if (!d) return iso;
  return dateFormat(locale === 'zh-CN' ? 'zh-CN' : 'en-GB', {
    year: 'numeric',
    month: locale === 'zh-CN' ? 'long' : 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(d.year, d.month - 1, d.day));
}

/** A moment in Beijing time: "2020年7月3日 09:15" / "3 Jul 2020, 09:15" (the history's "when"). */
export function formatDateTime(isoTimestamp: string, locale: Locale): string {
  const ms = Date.parse(isoTimestamp);
  if (Number.isNaN(ms)) return isoTimestamp;
  return dateFormat(locale === 'zh-CN' ? 'zh-CN' : 'en-GB', {
    year: 'numeric',
    month: locale === 'zh-CN' ? 'long' : 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Asia/Shanghai',
  }).format(ms);
}
