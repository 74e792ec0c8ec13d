/**
 * Storage in memory: the seed plus what was added since. The tests use it as is; the browser
 * adapter builds on it through {@link MemoryStorageOptions} so both share one set of rules.
 */
import type { Indicator } from '../../src/domain/indicator';
import type { Observation } from '../../src/domain/observation';
import { StorageConflictError, type Dataset, type Storage } from './storage';

/** Hooks that let an adapter keep the added observations somewhere more durable than memory. */
export interface MemoryStorageOptions {
  /**
   * Observations added in an earlier session, to put back on top of the seed. Any that no longer
   * fit (unknown indicator, an id already taken) are dropped silently: old data must never stop the app.
   */
  readonly restored?: readonly Observation[];
  /**
   * Called with the full list of added observations a change would produce, before it takes
   * effect. If it throws, the change is cancelled and the error is passed on.
   */
  readonly persist?: (added: readonly Observation[]) => void;
  /** Called on reset before memory is reset; if it throws, nothing is reset. */
  readonly clear?: () => void;
}

interface State {
  readonly indicators: readonly Indicator[];
  readonly byId: ReadonlyMap<string, Indicator>;
  readonly seedObservations: readonly Observation[];
  /** What users added, in the order they added it. */
  readonly added: readonly Observation[];
  readonly ids: ReadonlySet<string>;
}

/**
 * Creates a storage holding `seed()` in memory. The seed is called again on `reset()`.
 *
 * Every method does its work synchronously before its promise settles, so two writes can never
 * interleave and each write is all or nothing.
 */
export function createMemoryStorage(seed: () => Dataset, options: MemoryStorageOptions = {}): Storage {
  let state = fromSeed(seed(), options.restored ?? []);

  return {
    listIndicators: async () => [...state.indicators],
    getIndicator: async (id) => state.byId.get(id),
    listObservations: async (indicatorId) => {
      const all = [...state.seedObservations, ...state.added];
      return indicatorId === undefined ? all : all.filter((o) => o.indicatorId === indicatorId);
    },
    addObservation: async (observation) => {
      const problem = conflictOf(state, observation);
      if (problem) throw new StorageConflictError(problem);
      const stored = deepFreeze(structuredClone(observation));
      const added = [...state.added, stored];
      // Persist first: if it throws (quota), memory has not changed yet.
      options.persist?.(added);
      state = { ...state, added, ids: new Set(state.ids).add(stored.id) };
    },
    reset: async () => {
      // Read the seed before clearing anything, so a failing seed leaves everything as it was.
      const next = fromSeed(seed(), []);
      options.clear?.();
      state = next;
    },
  };
}

/** Why an observation cannot be stored, or undefined when it can. */
function conflictOf(state: State, observation: Observation): string | undefined {
  if (!state.byId.has(observation.indicatorId)) return `unknown indicator: ${observation.indicatorId}`;
  if (state.ids.has(observation.id)) return `duplicate observation id: ${observation.id}`;
  return undefined;
}

function fromSeed(dataset: Dataset, restored: readonly Observation[]): State {
  // A private, frozen copy: nobody holding a seed object or a returned record can change what is stored.
  const copy = deepFreeze(structuredClone(dataset));
  const byId = new Map(copy.indicators.map((i) => [i.id, i]));
  const ids = new Set(copy.observations.map((o) => o.id));
  const state: State = { indicators: copy.indicators, byId, seedObservations: copy.observations, added: [], ids };
  const added: Observation[] = [];
  for (const o of restored) {
    // `ids` is the set in `state`, so each kept one also blocks later duplicates.
    if (conflictOf(state, o)) continue;
    added.push(deepFreeze(structuredClone(o)));
    ids.add(o.id);
  }
  return { ...state, added };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
