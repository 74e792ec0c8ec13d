/**
 * Small pieces the ledger, action and 责任 routes share: the 405 table, 404s, the owner directory
 * check, the "not in the future" check, ids and the source of what users enter.
 */
import type { Hono } from 'hono';
import type { OwnerUnit } from '../src/domain/action-contract';
import type { Bilingual, Owner, Source } from '../src/domain/indicator';
import type { FieldError } from '../src/domain/observation-input';
import { compareIso } from '../src/domain/period';
import { errorResponse, MESSAGES } from './validation';

/** Answers 405 with `Allow` for every other method on each path of the table. */
export function mountMethodTable(app: Hono, routes: Readonly<Record<string, readonly string[]>>): void {
  for (const [path, methods] of Object.entries(routes)) {
    app.all(path, () =>
      errorResponse(405, 'method-not-allowed', MESSAGES.methodNotAllowed, undefined, { Allow: methods.join(', ') }),
    );
  }
}

/** 404 with a bilingual message. */
export function notFound(message: Bilingual): Response {
  return errorResponse(404, 'not-found', message);
}

/** What is wrong with an owner a write names: a unit outside the directory, or a person the unit does not have. */
export function ownerProblem(owner: Owner, directory: readonly OwnerUnit[], field = 'owner'): FieldError | undefined {
  const unit = directory.find((u) => u.unit === owner.unit);
  if (!unit) {
    return {
      field,
      message: {
        zh: `责任单位“${owner.unit}”不在单位名录中`,
        en: `The owner unit "${owner.unit}" is not in the directory`,
      },
    };
  }
  if (!unit.people.includes(owner.person)) {
    return {
      field,
      message: {
        zh: `“${owner.unit}”的名录中没有责任人“${owner.person}”（可选：${unit.people.join('、')}）`,
        en: `"${owner.unit}" has no "${owner.person}" in the directory (it has: ${unit.people.join(', ')})`,
      },
    };
  }
  return undefined;
}

/** A date after today (in Beijing) has not happened yet. */
export function futureDateProblem(date: string, today: string, field: string): FieldError | undefined {
  if (compareIso(date, today) <= 0) return undefined;
  return {
    field,
    message: {
      zh: `日期 ${date} 晚于今天（北京时间 ${today}）`,
      en: `The date ${date} is after today (${today}, Beijing time)`,
    },
  };
}

/** A name as entered (English optional) as stored: without English, the Chinese stands for both. */
export function bilingualName(name: { zh: string; en?: string | undefined }): Bilingual {
  return { zh: name.zh, en: name.en ?? name.zh };
}

/** The source of a record entered through the dashboard, dated the day it was entered. */
export function enteredSource(today: string): Source {
  return { title: '看板录入', date: today };
}

/**
 * A random id (of an observation, a gap note, a project …). `crypto.getRandomValues` rather than
 * `randomUUID`, which browsers only offer in secure contexts (the demo may be opened over plain http
 * on a LAN).
 */
export function randomId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `${prefix}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** Names in Chinese pinyin order, each once. */
export function uniqueSorted(names: Iterable<string>): string[] {
  return [...new Set(names)].sort((a, b) => a.localeCompare(b, 'zh-CN'));
}
