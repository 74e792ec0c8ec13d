/**
 * Reading untrusted requests: the query string and JSON bodies, validated before any route uses
 * them. Shared by the routes in app.ts and benchmark-routes.ts.
 */
import type { Context } from 'hono';
import type { Bilingual } from '../src/domain/indicator';
import type { FieldError } from '../src/domain/observation-input';
import type { z } from '../src/domain/zod';
import { errorResponse, MESSAGES, parseWith, validationError, type Parsed } from './validation';

/** The largest request body accepted: an observation is well under 2 KB. */
export const MAX_BODY_BYTES = 64 * 1024;

/** The largest body of the import routes: 20,000 rows (MAX_IMPORT_ROWS) of about 200 bytes fit with room for notes. */
export const MAX_IMPORT_BODY_BYTES = 8 * 1024 * 1024;

/**
 * Validates the query string. Empty values count as absent (forms send `?category=`), and a
 * parameter given twice is an error rather than a silent pick of one.
 */
export function parseQuery<T>(c: Context, schema: z.ZodMiniType<T>): Parsed<T> {
  const raw: Record<string, string> = {};
  const repeated: FieldError[] = [];
  for (const [key, values] of Object.entries(c.req.queries())) {
    const given = values.filter(hasValue);
    if (given.length > 1) repeated.push({ field: key, message: { zh: '只能给出一次', en: 'must be given only once' } });
    const first = given[0];
    if (first !== undefined) raw[key] = first;
  }
  const parsed = parseWith(schema, raw, 'query');
  if (repeated.length === 0) return parsed;
  return { ok: false, fields: [...repeated, ...(parsed.ok ? [] : parsed.fields)] };
}

export function hasValue(value: string | undefined): value is string {
  return value !== undefined && value !== '';
}

function isJsonType(contentType: string | undefined): boolean {
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

/**
 * The request's JSON body, or the error response to send: 415 when it is not declared JSON, 413
 * when larger than `limit` (the import routes allow more), 400 when it does not parse. Nothing about
 * its shape is checked here.
 */
export async function readJsonBody(
  c: Context,
  limit: { bytes: number; message: Bilingual } = { bytes: MAX_BODY_BYTES, message: MESSAGES.tooLarge },
): Promise<{ ok: true; json: unknown } | { ok: false; response: Response }> {
  // Requiring the JSON type also keeps cross-site HTML forms (text/plain, no preflight) from writing.
  if (!isJsonType(c.req.header('Content-Type'))) {
    return { ok: false, response: errorResponse(415, 'unsupported-media-type', MESSAGES.notJson) };
  }
  const text = await c.req.text();
  // bodyLimit trusts Content-Length when present; count the bytes actually received too.
  if (new TextEncoder().encode(text).byteLength > limit.bytes) {
    return { ok: false, response: errorResponse(413, 'too-large', limit.message) };
  }
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch {
    return {
      ok: false,
      response: validationError(MESSAGES.malformedJson, [{ field: 'body', message: MESSAGES.malformedJson }]),
    };
  }
}
