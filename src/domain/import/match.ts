/**
 * Matches a row to an indicator of the catalogue: by id, by the exact Chinese name, then by the name
 * normalised as sheets vary it (full-width forms, spaces, quotes, a leading "1." or "（一）", a
 * "其中：" prefix, a parenthesised unit). Two indicators under one normalised name is an ambiguity
 * the user must resolve, never a guess.
 */
import { normaliseText } from './text';
import type { ImportIndicator } from './types';
import { splitUnitSuffix } from './unit';

export type Match =
  | { readonly kind: 'one'; readonly indicator: ImportIndicator }
  | { readonly kind: 'many'; readonly indicators: readonly ImportIndicator[] }
  | { readonly kind: 'none' };

const ENUMERATOR = /^(?:\d{1,3}[.、]|\(\d{1,3}\)|[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十]{1,3}\))\s*/;
const QUOTES = /[“”"'‘’「」『』《》]/g;

/** The key a name is compared under. */
export function nameKey(name: string): string {
  let t = normaliseText(name)
    .replace(ENUMERATOR, '')
    .replace(/^其中\s*[:：]\s*/, '');
  t = splitUnitSuffix(t).label;
  return t.replace(QUOTES, '').replace(/\s/g, '').toLowerCase();
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

function ofList(list: readonly ImportIndicator[] | undefined): Match {
  if (!list || list.length === 0) return { kind: 'none' };
  const [only] = list;
  return list.length === 1 && only ? { kind: 'one', indicator: only } : { kind: 'many', indicators: list };
}

export interface Matcher {
  byId(id: string): ImportIndicator | undefined;
  byName(name: string): Match;
}

/** Indexes the catalogue once (Maps, so any name is a safe key); lookups are then constant time. */
export function createMatcher(catalogue: readonly ImportIndicator[]): Matcher {
  const ids = new Map<string, ImportIndicator>();
  const exact = new Map<string, ImportIndicator[]>();
  const keyed = new Map<string, ImportIndicator[]>();
  for (const indicator of catalogue) {
    ids.set(indicator.id.toLowerCase(), indicator);
    push(exact, indicator.name.zh.trim(), indicator);
    push(keyed, nameKey(indicator.name.zh), indicator);
    push(keyed, nameKey(indicator.name.en), indicator);
  }
  return {
    byId: (id) => ids.get(id) ?? ids.get(normaliseText(id).toLowerCase()),
    byName: (name) => {
      const direct = ofList(exact.get(name.trim()));
      return direct.kind === 'none' ? ofList(keyed.get(nameKey(name))) : direct;
    },
  };
}
