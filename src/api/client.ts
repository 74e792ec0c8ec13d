/**
 * The only place that talks HTTP: builds `/api` URLs, sends requests, and parses answers with the
 * shared contract schemas, so a component never sees unchecked data.
 */
import { apiErrorBodySchema, USER_NAME_HEADER } from '../domain/contract';
import type { Bilingual } from '../domain/indicator';
import type { z } from '../domain/zod';
import { send } from './transport';

export interface FieldIssue {
  readonly field: string;
  readonly message: Bilingual;
}

/** A failed API call: HTTP status (0 for no answer), a code and a message in both languages. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly text: Bilingual,
    readonly fields: readonly FieldIssue[] = [],
  ) {
    super(text.en);
    this.name = 'ApiError';
  }
}

const NETWORK: Bilingual = { zh: '无法连接数据服务', en: 'Cannot reach the data service' };
const CONTRACT: Bilingual = { zh: '服务返回的数据格式不正确', en: 'The service answered in an unexpected format' };

let requestUser: string | undefined;

/**
 * The name every request is sent under (the `X-User-Name` header, percent-encoded UTF-8, decision
 * 0010); the history records writes under it. Blank sends none, and the API records its default.
 */
export function setRequestUser(name: string): void {
  const trimmed = name.trim();
  requestUser = trimmed === '' ? undefined : trimmed;
}

/** The header that names the current user, if one is set. */
function userHeader(): Record<string, string> {
  return requestUser === undefined ? {} : { [USER_NAME_HEADER]: encodeURIComponent(requestUser) };
}

/** Absolute URL of an API path (Node's fetch, used in tests, needs one). */
export function apiUrl(path: string, params?: Record<string, string | number | undefined>): string {
  const url = new URL(`/api${path}`, globalThis.location?.href ?? 'http://localhost/');
  for (const [k, v] of Object.entries(params ?? {}))
    if (v !== undefined && v !== '') url.searchParams.set(k, String(v));
  return url.toString();
}

/**
 * Sends a request and parses the JSON answer with `schema`. Throws ApiError on network failure,
 * on an error status (with the server's bilingual message and field issues) and on a malformed body.
 */
export async function apiRequest<S extends z.ZodMiniType>(
  url: string,
  schema: S,
  init?: RequestInit,
): Promise<z.infer<S>> {
  let response: Response;
  try {
    response = await send(url, {
      ...init,
      headers: { Accept: 'application/json', ...userHeader(), ...init?.headers },
    });
  } catch {
    throw new ApiError(0, 'network', NETWORK);
  }
  const body: unknown = response.status === 204 ? null : await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsed = apiErrorBodySchema.safeParse(body);
    if (parsed.success) {
      const e = parsed.data.error;
      throw new ApiError(response.status, e.code, e.message, e.fields ?? []);
    }
    throw new ApiError(response.status, 'http', {
      zh: `服务出错（HTTP ${response.status}）`,
      en: `The service failed (HTTP ${response.status})`,
    });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiError(response.status, 'contract', CONTRACT);
  return parsed.data;
}

/** JSON request options for a write. */
export function jsonBody(method: 'POST' | 'PUT' | 'PATCH', data: unknown): RequestInit {
  return { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(data) };
}
