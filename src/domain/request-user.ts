/**
 * Reading the user a request names (decision 0010): server-side only, kept apart from the shared
 * contract so that the first page's JavaScript, which only sends the header, does not carry it.
 */
import { DEFAULT_USER_NAME } from './contract';
import type { Bilingual } from './indicator';

/** The longest user name accepted, in characters (code points) after decoding. */
export const MAX_USER_NAME_LENGTH = 100;
/** The longest raw header read: every character percent-encoded as 4 UTF-8 bytes. */
const MAX_USER_HEADER_LENGTH = MAX_USER_NAME_LENGTH * 12;

/** Control characters, line separators and the bidirectional overrides that could disguise a name. */
// eslint-disable-next-line no-control-regex
const UNSAFE_NAME_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/u;

const NAME_TOO_LONG: Bilingual = {
  zh: `用户名最多 ${MAX_USER_NAME_LENGTH} 个字符`,
  en: `The user name must be at most ${MAX_USER_NAME_LENGTH} characters`,
};

/** Why a (decoded) user name cannot be recorded, or undefined when it can. Blank names are the caller's to default. */
export function userNameProblem(name: string): Bilingual | undefined {
  if ([...name].length > MAX_USER_NAME_LENGTH) return NAME_TOO_LONG;
  if (UNSAFE_NAME_CHARACTERS.test(name)) {
    return { zh: '用户名不能包含控制字符', en: 'The user name cannot contain control characters' };
  }
  return undefined;
}

const BAD_ENCODING: Bilingual = {
  zh: '用户名须按 UTF-8 百分号编码（encodeURIComponent）',
  en: 'The user name must be percent-encoded UTF-8 (encodeURIComponent)',
};

/**
 * The user a request names in the `X-User-Name` header: absent or blank → {@link DEFAULT_USER_NAME};
 * the decoded name, trimmed; or why it is refused (not ASCII, not valid percent-encoded UTF-8, too
 * long, control characters).
 */
export function decodeUserName(
  raw: string | null | undefined,
): { ok: true; name: string } | { ok: false; message: Bilingual } {
  if (raw === null || raw === undefined || raw.trim() === '') return { ok: true, name: DEFAULT_USER_NAME };
  if (raw.length > MAX_USER_HEADER_LENGTH) return { ok: false, message: NAME_TOO_LONG };
  if (!/^[\u0020-\u007e]*$/.test(raw)) return { ok: false, message: BAD_ENCODING };
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return { ok: false, message: BAD_ENCODING };
  }
  const name = decoded.trim();
  if (name === '') return { ok: true, name: DEFAULT_USER_NAME };
  const problem = userNameProblem(name);
  return problem ? { ok: false, message: problem } : { ok: true, name };
}
