/**
 * Who makes a write and why (decision 0010). Every write request passes through
 * {@link userMiddleware}, which asks the app's `userOf` hook for the writer's name — by default the
 * percent-encoded `X-User-Name` header, which issue 7 will replace with the session's user — and
 * keeps it on the context for the routes ({@link writerOf}).
 */
import type { Context, MiddlewareHandler } from 'hono';
import { DEFAULT_USER_NAME, USER_NAME_HEADER } from '../src/domain/contract';
import { decodeUserName } from '../src/domain/request-user';
import { validationError } from './validation';

declare module 'hono' {
  interface ContextVariableMap {
    /** The name a write is recorded under (set for POST, PUT, PATCH and DELETE requests). */
    user: string;
  }
}

/**
 * Who a request is from: a name to record, or the response to send instead (a 400 for a bad
 * header; a 401 once there are sessions). May be async, so a session store fits.
 */
export type UserOf = (request: Request) => string | Response | Promise<string | Response>;

const INVALID_USER = {
  zh: `请求头 ${USER_NAME_HEADER} 有误`,
  en: `The ${USER_NAME_HEADER} header is not valid`,
};

/**
 * The demo's {@link UserOf}: the `X-User-Name` header, percent-decoded; {@link DEFAULT_USER_NAME}
 * when it is absent or blank; a 400 with a bilingual message when it is not ASCII, not valid
 * percent-encoded UTF-8, longer than 100 characters or holds control characters. A bad name is
 * refused rather than replaced: a history that silently says "演示用户" for a name the client did
 * send would be wrong about who changed a number.
 */
export function userFromHeader(request: Request): string | Response {
  const decoded = decodeUserName(request.headers.get(USER_NAME_HEADER));
  if (decoded.ok) return decoded.name;
  return validationError(INVALID_USER, [{ field: USER_NAME_HEADER, message: decoded.message }]);
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Resolves the writer of every write request before its route runs; reads pass untouched. */
export function userMiddleware(userOf: UserOf): MiddlewareHandler {
  return async (c, next) => {
    if (READS.has(c.req.method)) return next();
    const user = await userOf(c.req.raw);
    if (user instanceof Response) return user;
    c.set('user', user);
    return next();
  };
}

/** The writer of the current (write) request. */
export function writerOf(c: Context): string {
  // Set by userMiddleware for every write; the default only guards a route mounted without it.
  return (c.get('user') as string | undefined) ?? DEFAULT_USER_NAME;
}

/** An optional "why", trimmed; absent when blank, so records never carry an empty reason. */
export function reasonField(reason: string | undefined): { reason?: string } {
  const trimmed = reason?.trim() ?? '';
  return trimmed === '' ? {} : { reason: trimmed };
}
