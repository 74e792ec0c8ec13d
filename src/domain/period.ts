/**
 * Periods as Chinese statistics use them: a year ("2020"), a quarter ("2020Q2") or a month ("2020-06").
 * Dates are Beijing calendar dates written as ISO strings ("2020-06-30"); no time zone arithmetic is
 * needed because a calendar date never changes zone.
 */
import { z } from './zod';

export type Granularity = 'year' | 'quarter' | 'month';

export interface Period {
  readonly year: number;
  readonly granularity: Granularity;
  /** 1-based month or quarter; 0 for a year. */
  readonly index: number;
}

const PERIOD_RE = /^(\d{4})(?:-(0[1-9]|1[0-2])|Q([1-4]))?$/;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses "2020", "2020Q2" or "2020-06"; returns null for anything else. */
export function parsePeriod(key: string): Period | null {
  const m = PERIOD_RE.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1949 || year > 2100) return null;
  if (m[2]) return { year, granularity: 'month', index: Number(m[2]) };
  if (m[3]) return { year, granularity: 'quarter', index: Number(m[3]) };
  return { year, granularity: 'year', index: 0 };
}

/** The canonical key of a period ("2020-06", "2020Q2", "2020"). */
export function periodKey(p: Period): string {
  if (p.granularity === 'month') return `${p.year}-${String(p.index).padStart(2, '0')}`;
  if (p.granularity === 'quarter') return `${p.year}Q${p.index}`;
  return String(p.year);
}

/** Zod schema for a period key, shared by the API and the URL. */
export const periodKeySchema = z
  .string()
  .check(z.refine((s) => parsePeriod(s) !== null, { message: 'period must look like 2020, 2020Q2 or 2020-06' }));

/** True for years with a 29 February. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (1-based). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The last month (1–12) that a period covers. */
export function lastMonthOf(p: Period): number {
  if (p.granularity === 'month') return p.index;
  if (p.granularity === 'quarter') return p.index * 3;
  return 12;
}

/** The last calendar day of a period, e.g. "2020-06-30" for 2020Q2. */
export function periodEndDate(p: Period): string {
  const month = lastMonthOf(p);
  return `${p.year}-${String(month).padStart(2, '0')}-${String(daysInMonth(p.year, month)).padStart(2, '0')}`;
}

/** A calendar date split into numbers, or null when the string is not a real date. */
export function parseDate(iso: string): { year: number; month: number; day: number } | null {
  const m = DATE_RE.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** Zod schema for an ISO calendar date that exists. */
export const isoDateSchema = z
  .string()
  .check(z.refine((s) => parseDate(s) !== null, { message: 'date must be a real date written YYYY-MM-DD' }));

/**
 * Share of a calendar year elapsed at the end of the given day, counted in months as Chinese
 * 序时进度 does: the end of June is exactly 6/12, whatever the year's length; within a month the
 * days are interpolated (so 29 February counts as the end of February in a leap year).
 */
export function yearFractionElapsed(iso: string, year: number): number {
  const d = parseDate(iso);
  if (!d) throw new Error(`not a date: ${iso}`);
  if (d.year < year) return 0;
  if (d.year > year) return 1;
  return (d.month - 1 + d.day / daysInMonth(d.year, d.month)) / 12;
}

/** Whole days from a to b (b − a), for calendar dates. */
export function daysBetween(a: string, b: string): number {
  const da = parseDate(a);
  const db = parseDate(b);
  if (!da || !db) throw new Error(`not a date: ${a} or ${b}`);
  const ms = Date.UTC(db.year, db.month - 1, db.day) - Date.UTC(da.year, da.month - 1, da.day);
  return Math.round(ms / 86_400_000);
}

/** Today's date in Beijing (UTC+8), whatever the machine's zone. */
export function beijingToday(now: Date = new Date()): string {
  const shifted = new Date(now.getTime() + 8 * 3_600_000);
  return shifted.toISOString().slice(0, 10);
}

/** The months of a year up to and including the period's last month, as month periods. */
export function monthsUpTo(p: Period): Period[] {
  const out: Period[] = [];
  for (let m = 1; m <= lastMonthOf(p); m++) out.push({ year: p.year, granularity: 'month', index: m });
  return out;
}

/** The same cut-off one year earlier (Jan–Jun 2020 → Jan–Jun 2019). */
export function sameCutoffLastYear(p: Period): Period {
  return { ...p, year: p.year - 1 };
}

/** Compares two ISO dates or period end dates as strings (they sort lexically). */
export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
