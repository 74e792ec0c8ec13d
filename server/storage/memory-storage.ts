/**
 * Storage in memory: the seed plus what was added since. The tests use it as is; the browser
 * adapter builds on it through {@link MemoryStorageOptions} so both share one set of rules.
 */
import type { BenchmarkMember, BenchmarkSet, GapNote } from '../../src/domain/benchmark';
import type { Indicator } from '../../src/domain/indicator';
import type { Observation } from '../../src/domain/observation';
import type { ValueNote } from '../../src/domain/value-note';
import { deepFreeze } from './freeze';
import {
  restoreHistory,
  revisionConflictOf,
  valueNoteConflictOf,
  withRevision,
  withValueNote,
  type HistoryOptions,
} from './memory-history';
import { ledgerFromSeed, ledgerMethods, type LedgerOptions, type LedgerState } from './memory-ledger';
import {
  StorageConflictError,
  type BenchmarkSetAddition,
  type BenchmarkValueEdit,
  type Dataset,
  type Storage,
  type TargetRevision,
} from './storage';

/**
 * Hooks that let an adapter keep what users added somewhere more durable than memory (the ledger's
 * are in {@link LedgerOptions}).
 */
export interface MemoryStorageOptions extends LedgerOptions, HistoryOptions {
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
  /** Gap notes added in an earlier session; unknown sets or indicators and taken ids are dropped. */
  readonly restoredGapNotes?: readonly GapNote[];
  /** Benchmark value edits of an earlier session, replayed in order; ones that no longer fit are dropped. */
  readonly restoredValueEdits?: readonly BenchmarkValueEdit[];
  /**
   * Sets and members created in an earlier session, replayed in order before the value edits (which
   * may be of them); ones that no longer fit (id taken, unknown set or indicator) are dropped.
   */
  readonly restoredSetAdditions?: readonly BenchmarkSetAddition[];
  /** Like `persist`, for the full list of created sets and members. */
  readonly persistSetAdditions?: (additions: readonly BenchmarkSetAddition[]) => void;
  /** Like `persist`, for the full list of added gap notes. */
  readonly persistGapNotes?: (added: readonly GapNote[]) => void;
  /** Like `persist`, for the full list of benchmark value edits. */
  readonly persistValueEdits?: (edits: readonly BenchmarkValueEdit[]) => void;
  /** Called on reset before memory is reset; if it throws, nothing is reset. */
  readonly clear?: () => void;
}

interface State {
  /** The seed's indicators with every target at its latest revision. */
  readonly indicators: readonly Indicator[];
  readonly byId: ReadonlyMap<string, Indicator>;
  /** Target revisions and value notes (see memory-history.ts). */
  readonly revisions: readonly TargetRevision[];
  readonly valueNotes: readonly ValueNote[];
  readonly seedObservations: readonly Observation[];
  /** What users added, in the order they added it. */
  readonly added: readonly Observation[];
  readonly ids: ReadonlySet<string>;
  /** The seed's sets, then the created ones, with every created member and edit applied. */
  readonly sets: readonly BenchmarkSet[];
  /** Users' created sets and members, in order. */
  readonly additions: readonly BenchmarkSetAddition[];
  /** Users' value edits, in order. */
  readonly edits: readonly BenchmarkValueEdit[];
  readonly seedNotes: readonly GapNote[];
  readonly addedNotes: readonly GapNote[];
  readonly noteIds: ReadonlySet<string>;
  /** Projects, the campaign tree, milestones, links and owners (see memory-ledger.ts). */
  readonly ledger: LedgerState;
}

/**
 * Creates a storage holding `seed()` in memory. The seed is called again on `reset()`.
 *
 * Every method does its work synchronously before its promise settles, so two writes can never
 * interleave and each write is all or nothing.
 */
export function createMemoryStorage(seed: () => Dataset, options: MemoryStorageOptions = {}): Storage {
  let state = fromSeed(seed(), options);

  function addition(added: BenchmarkSetAddition): void {
    const problem = additionConflictOf(state, added);
    if (problem) throw new StorageConflictError(problem);
    const stored = deepFreeze(structuredClone(added));
    const additions = [...state.additions, stored];
    options.persistSetAdditions?.(additions);
    state = { ...state, additions, sets: applyAddition(state.sets, stored) };
  }

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
    addObservations: async (batch) => {
      // Every row is checked before anything is stored: one bad row and none is.
      const ids = new Set(state.ids);
      for (const observation of batch) {
        const problem = conflictOf({ byId: state.byId, ids }, observation);
        if (problem) throw new StorageConflictError(problem);
        ids.add(observation.id);
      }
      if (batch.length === 0) return;
      const added = [...state.added, ...batch.map((o) => deepFreeze(structuredClone(o)))];
      // One persist for the whole batch: if it throws (quota), memory has not changed yet.
      options.persist?.(added);
      state = { ...state, added, ids };
    },
    listTargetRevisions: async (indicatorId) =>
      state.revisions.filter((r) => indicatorId === undefined || r.indicatorId === indicatorId),
    addTargetRevision: async (revision) => {
      const problem = revisionConflictOf(state, revision);
      if (problem) throw new StorageConflictError(problem);
      const next = withRevision(state, deepFreeze(structuredClone(revision)));
      options.persistTargetRevisions?.(next.revisions);
      state = next;
    },
    listValueNotes: async (indicatorId) =>
      state.valueNotes.filter((n) => indicatorId === undefined || n.indicatorId === indicatorId),
    addValueNote: async (note) => {
      const problem = valueNoteConflictOf(state, note);
      if (problem) throw new StorageConflictError(problem);
      const next = withValueNote(state, deepFreeze(structuredClone(note)));
      options.persistValueNotes?.(next.valueNotes);
      state = next;
    },
    listBenchmarkSets: async () => [...state.sets],
    getBenchmarkSet: async (id) => state.sets.find((s) => s.id === id),
    putBenchmarkValue: async (edit) => {
      const problem = editConflictOf(state, edit);
      if (problem) throw new StorageConflictError(problem);
      const stored = deepFreeze(structuredClone(edit));
      const edits = [...state.edits, stored];
      options.persistValueEdits?.(edits);
      state = { ...state, edits, sets: state.sets.map((s) => (s.id === stored.setId ? applyEdit(s, stored) : s)) };
    },
    listBenchmarkValueEdits: async (filter = {}) =>
      state.edits.filter((e) => filter.indicatorId === undefined || e.value.indicatorId === filter.indicatorId),
    addBenchmarkSet: async (set) => addition({ kind: 'set', set }),
    addBenchmarkMember: async (setId, member) => addition({ kind: 'member', setId, member }),
    listGapNotes: async (filter = {}) =>
      [...state.seedNotes, ...state.addedNotes].filter(
        (n) =>
          (filter.setId === undefined || n.setId === filter.setId) &&
          (filter.indicatorId === undefined || n.indicatorId === filter.indicatorId),
      ),
    addGapNote: async (note) => {
      const problem = noteConflictOf(state, note);
      if (problem) throw new StorageConflictError(problem);
      const stored = deepFreeze(structuredClone(note));
      const addedNotes = [...state.addedNotes, stored];
      options.persistGapNotes?.(addedNotes);
      state = { ...state, addedNotes, noteIds: new Set(state.noteIds).add(stored.id) };
    },
    ...ledgerMethods(
      () => state.ledger,
      (ledger) => {
        state = { ...state, ledger };
      },
      options,
    ),
    reset: async () => {
      // Read the seed before clearing anything, so a failing seed leaves everything as it was.
      const next = fromSeed(seed(), {});
      options.clear?.();
      state = next;
    },
  };
}

/** Why an observation cannot be stored, or undefined when it can. */
function conflictOf(state: Pick<State, 'byId' | 'ids'>, observation: Observation): string | undefined {
  if (!state.byId.has(observation.indicatorId)) return `unknown indicator: ${observation.indicatorId}`;
  if (state.ids.has(observation.id)) return `duplicate observation id: ${observation.id}`;
  return undefined;
}

/** Why a value edit cannot be applied, or undefined when it can. */
function editConflictOf(state: State, edit: BenchmarkValueEdit): string | undefined {
  const set = state.sets.find((s) => s.id === edit.setId);
  if (!set) return `unknown benchmark set: ${edit.setId}`;
  if (!set.members.some((m) => m.id === edit.memberId)) return `unknown member: ${edit.memberId}`;
  if (!state.byId.has(edit.value.indicatorId)) return `unknown indicator: ${edit.value.indicatorId}`;
  if (edit.id !== undefined && state.edits.some((e) => e.id === edit.id)) return `duplicate edit id: ${edit.id}`;
  return undefined;
}

/** Why a set or member cannot be created, or undefined when it can. */
function additionConflictOf(state: State, added: BenchmarkSetAddition): string | undefined {
  const unknownIndicator = (members: readonly BenchmarkMember[]) =>
    members.flatMap((m) => m.values).find((v) => !state.byId.has(v.indicatorId))?.indicatorId;
  if (added.kind === 'set') {
    const { id, members } = added.set;
    if (state.sets.some((s) => s.id === id)) return `duplicate benchmark set id: ${id}`;
    if (new Set(members.map((m) => m.id)).size !== members.length) return `duplicate member id in set: ${id}`;
    const indicator = unknownIndicator(members);
    return indicator === undefined ? undefined : `unknown indicator: ${indicator}`;
  }
  const set = state.sets.find((s) => s.id === added.setId);
  if (!set) return `unknown benchmark set: ${added.setId}`;
  if (set.members.some((m) => m.id === added.member.id)) return `duplicate member id: ${added.member.id}`;
  const indicator = unknownIndicator([added.member]);
  return indicator === undefined ? undefined : `unknown indicator: ${indicator}`;
}

/** The sets with a (frozen) addition applied: a new set last, or a member appended to its set. */
function applyAddition(sets: readonly BenchmarkSet[], added: BenchmarkSetAddition): readonly BenchmarkSet[] {
  if (added.kind === 'set') return [...sets, added.set];
  return sets.map((s) => (s.id === added.setId ? deepFreeze({ ...s, members: [...s.members, added.member] }) : s));
}

/** Why a gap note cannot be stored, or undefined when it can. */
function noteConflictOf(state: State, note: GapNote): string | undefined {
  if (!state.sets.some((s) => s.id === note.setId)) return `unknown benchmark set: ${note.setId}`;
  if (!state.byId.has(note.indicatorId)) return `unknown indicator: ${note.indicatorId}`;
  if (state.noteIds.has(note.id)) return `duplicate gap note id: ${note.id}`;
  return undefined;
}

/** The set with the member's value of that indicator and year replaced (or added), frozen. */
function applyEdit(set: BenchmarkSet, edit: BenchmarkValueEdit): BenchmarkSet {
  const { indicatorId, year } = edit.value;
  return deepFreeze({
    ...set,
    members: set.members.map((m) => {
      if (m.id !== edit.memberId) return m;
      const at = m.values.findIndex((v) => v.indicatorId === indicatorId && v.year === year);
      const values = at < 0 ? [...m.values, edit.value] : m.values.map((v, i) => (i === at ? edit.value : v));
      return { ...m, values };
    }),
  });
}

function fromSeed(dataset: Dataset, restored: MemoryStorageOptions): State {
  // A private, frozen copy: nobody holding a seed object or a returned record can change what is stored.
  const copy = deepFreeze(structuredClone(dataset));
  const byId = new Map(copy.indicators.map((i) => [i.id, i]));
  const ids = new Set(copy.observations.map((o) => o.id));
  const seedNotes = copy.gapNotes ?? [];
  let state: State = {
    indicators: copy.indicators,
    byId,
    revisions: [],
    valueNotes: [],
    seedObservations: copy.observations,
    added: [],
    ids,
    sets: copy.benchmarkSets ?? [],
    additions: [],
    edits: [],
    seedNotes,
    addedNotes: [],
    noteIds: new Set(seedNotes.map((n) => n.id)),
    ledger: ledgerFromSeed(copy, restored),
  };
  const added: Observation[] = [];
  for (const o of restored.restored ?? []) {
    // `ids` is the set in `state`, so each kept one also blocks later duplicates.
    if (conflictOf(state, o)) continue;
    added.push(deepFreeze(structuredClone(o)));
    ids.add(o.id);
  }
  state = restoreHistory({ ...state, added }, restored);
  // Sets and members before the edits: an edit may be of a created member.
  for (const addition of restored.restoredSetAdditions ?? []) {
    if (additionConflictOf(state, addition)) continue;
    const stored = deepFreeze(structuredClone(addition));
    state = { ...state, additions: [...state.additions, stored], sets: applyAddition(state.sets, stored) };
  }
  for (const edit of restored.restoredValueEdits ?? []) {
    if (editConflictOf(state, edit)) continue;
    const stored = deepFreeze(structuredClone(edit));
    state = {
      ...state,
      edits: [...state.edits, stored],
      sets: state.sets.map((s) => (s.id === stored.setId ? applyEdit(s, stored) : s)),
    };
  }
  for (const note of restored.restoredGapNotes ?? []) {
    if (noteConflictOf(state, note)) continue;
    state = {
      ...state,
      addedNotes: [...state.addedNotes, deepFreeze(structuredClone(note))],
      noteIds: new Set(state.noteIds).add(note.id),
    };
  }
  return state;
}
