/**
 * Storage for the browser demo: the seed in memory plus the observations the user added, kept in
 * localStorage (or any {@link KeyValueStore}) so they survive a reload.
 */
import { observationSchema, type Observation } from '../../src/domain/observation';
import { createMemoryStorage } from './memory-storage';
import type { Dataset, Storage } from './storage';

/** The part of the Web Storage API we use; `window.localStorage` fits. */
export type KeyValueStore = {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
};

/**
 * The one key the added observations live under. The version is in the key so that a future
 * format can ignore (rather than misread) what an older build wrote.
 */
export const OBSERVATIONS_KEY = 'baipu-dashboard/v1/observations';

/**
 * Creates a storage that keeps added observations in `kv`.
 *
 * Each write stores the whole new list in one `setItem`, so a failure (quota, private mode) rejects
 * and leaves both memory and `kv` as they were. Whatever is under the key at start-up is validated:
 * corrupt JSON, malformed records or records of unknown indicators are dropped, never fatal.
 */
export function createBrowserStorage(seed: () => Dataset, kv: KeyValueStore): Storage {
  return createMemoryStorage(seed, {
    restored: readStored(kv),
    persist: (added) => kv.setItem(OBSERVATIONS_KEY, JSON.stringify(added)),
    clear: () => kv.removeItem(OBSERVATIONS_KEY),
  });
}

/** The valid observations under the key; anything unreadable counts as nothing. */
function readStored(kv: KeyValueStore): Observation[] {
  let raw: string | null;
  try {
    // getItem itself throws in some browsers when storage is disabled.
    raw = kv.getItem(OBSERVATIONS_KEY);
  } catch {
    return [];
  }
  if (raw === null) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  const kept: Observation[] = [];
  for (const item of parsed) {
    const result = observationSchema.safeParse(item);
    if (result.success) kept.push(result.data);
  }
  return kept;
}
