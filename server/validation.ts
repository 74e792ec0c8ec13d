/**
 * Turns zod issues into the API's field errors (bilingual, attached to a field) and builds the
 * error responses every route sends, in the shape of `apiErrorBodySchema`.
 */
import type { ApiErrorBody } from '../src/domain/contract';
import type { Bilingual } from '../src/domain/indicator';
import type { FieldError } from '../src/domain/observation-input';
import type { z } from '../src/domain/zod';

export type ErrorCode = ApiErrorBody['error']['code'];

/** The outcome of validating untrusted input: the parsed value, or what is wrong field by field. */
export type Parsed<T> = { ok: true; data: T } | { ok: false; fields: FieldError[] };

/** Messages the routes use more than once. */
export const MESSAGES = {
  invalidQuery: { zh: '查询参数有误', en: 'The query parameters are not valid' },
  invalidBody: { zh: '提交的数据有误', en: 'The submitted data is not valid' },
  malformedJson: { zh: '请求体不是有效的 JSON', en: 'The request body is not valid JSON' },
  notJson: {
    zh: '请求体须为 JSON（Content-Type: application/json）',
    en: 'The body must be JSON (Content-Type: application/json)',
  },
  tooLarge: { zh: '请求体过大（上限 64 KB）', en: 'The request body is too large (limit 64 KB)' },
  importTooLarge: { zh: '导入数据过大（上限 8 MB）', en: 'The import is too large (limit 8 MB)' },
  notFound: { zh: '未找到请求的内容', en: 'Nothing was found at this address' },
  methodNotAllowed: { zh: '此地址不支持该请求方法', en: 'This address does not support this method' },
  internal: { zh: '服务器内部错误，请稍后再试', en: 'Something went wrong on the server; please try again' },
} as const satisfies Record<string, Bilingual>;

// The domain schemas' refinements carry English-only messages; these are their bilingual forms.
const PERIOD_MESSAGE: Bilingual = {
  zh: '期间格式应为 2020、2020Q2 或 2020-06',
  en: 'must be a period written 2020, 2020Q2 or 2020-06',
};
const DATE_MESSAGE: Bilingual = {
  zh: '日期格式应为 YYYY-MM-DD 且真实存在',
  en: 'must be a real date written YYYY-MM-DD',
};
const CUSTOM_MESSAGES: Record<string, Bilingual> = {
  'period must look like 2020, 2020Q2 or 2020-06': PERIOD_MESSAGE,
  'date must be a real date written YYYY-MM-DD': DATE_MESSAGE,
  'value must be a finite number': { zh: '必须是有限的数字', en: 'must be a finite number' },
  'id must be lower-case letters, digits and -': {
    zh: '只能包含小写字母、数字和“-”',
    en: 'must be lower-case letters, digits and -',
  },
  'member ids must be unique': { zh: '成员编号重复', en: 'is already the id of another member' },
  'a member has at most one value per indicator and year': {
    zh: '同一指标同一年份只能有一个值',
    en: 'repeats a value of the same indicator and year',
  },
  'closeBy must be 1 to 15 years after the period': {
    zh: '追赶年份须在所选期间之后1至15年内',
    en: 'must be 1 to 15 years after the period',
  },
};

const TYPE_NAMES: Record<string, Bilingual> = {
  number: { zh: '数字', en: 'a number' },
  int: { zh: '整数', en: 'a whole number' },
  string: { zh: '文本', en: 'text' },
  boolean: { zh: '布尔值（true 或 false）', en: 'true or false' },
  array: { zh: '数组', en: 'a list' },
  object: { zh: 'JSON 对象', en: 'a JSON object' },
};

/**
 * Validates `input` with `schema`; on failure returns one bilingual message per field.
 * `root` names the field for issues about the input as a whole (a body that is not an object).
 */
export function parseWith<T>(schema: z.ZodMiniType<T>, input: unknown, root: string): Parsed<T> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, fields: fieldErrorsFromIssues(result.error.issues, input, root) };
}

/**
 * Field errors for zod issues, the first issue of each field only (one clear message beats three).
 * `input` is what was validated: it tells a missing value ("is required") from a wrong one.
 */
export function fieldErrorsFromIssues(issues: readonly z.core.$ZodIssue[], input: unknown, root: string): FieldError[] {
  const byField = new Map<string, FieldError>();
  for (const issue of issues) {
    const field = issue.path.length === 0 ? root : issue.path.map(String).join('.');
    if (byField.has(field)) continue;
    byField.set(field, { field, message: messageFor(issue, valueAt(input, issue.path)) });
  }
  return [...byField.values()];
}

function messageFor(issue: z.core.$ZodIssue, value: unknown): Bilingual {
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) return { zh: '缺少此项', en: 'is required' };
      const name = TYPE_NAMES[issue.expected];
      if (!name) return { zh: '类型不正确', en: 'has the wrong type' };
      // Chinese sets Latin words off with a space: "必须是 JSON 对象".
      return { zh: `必须是${/^[A-Za-z]/.test(name.zh) ? ' ' : ''}${name.zh}`, en: `must be ${name.en}` };
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      return { zh: `取值无效，可选：${options.join('、')}`, en: `must be one of: ${options.join(', ')}` };
    }
    case 'too_small': {
      const min = String(issue.minimum);
      if (issue.origin === 'string') {
        return issue.minimum === 1
          ? { zh: '不能为空', en: 'cannot be empty' }
          : { zh: `至少 ${min} 个字符`, en: `must be at least ${min} characters` };
      }
      return issue.inclusive
        ? { zh: `不能小于 ${min}`, en: `must be at least ${min}` }
        : { zh: `必须大于 ${min}`, en: `must be greater than ${min}` };
    }
    case 'too_big': {
      const max = String(issue.maximum);
      if (issue.origin === 'string') return { zh: `最多 ${max} 个字符`, en: `must be at most ${max} characters` };
      return issue.inclusive
        ? { zh: `不能大于 ${max}`, en: `must be at most ${max}` }
        : { zh: `必须小于 ${max}`, en: `must be less than ${max}` };
    }
    case 'custom':
      return CUSTOM_MESSAGES[issue.message] ?? { zh: '格式不正确', en: 'is not valid' };
    default:
      return { zh: '格式不正确', en: 'is not valid' };
  }
}

/** The value at a zod issue's path, or undefined when any step is missing. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** The headers of every API response: JSON, and never cached (the data changes as users enter it). */
export const JSON_HEADERS = {
  'Content-Type': 'application/json; charset=UTF-8',
  'Cache-Control': 'no-store',
} as const;

/** An error response whose body matches `apiErrorBodySchema`. */
export function errorResponse(
  status: number,
  code: ErrorCode,
  message: Bilingual,
  fields?: readonly FieldError[],
  headers: Record<string, string> = {},
): Response {
  const body: ApiErrorBody = {
    error: { code, message, ...(fields && fields.length > 0 ? { fields: [...fields] } : {}) },
  };
  return new Response(JSON.stringify(body), { status, headers: { ...JSON_HEADERS, ...headers } });
}

/** 400 with field errors. */
export function validationError(message: Bilingual, fields: readonly FieldError[]): Response {
  return errorResponse(400, 'validation', message, fields);
}
