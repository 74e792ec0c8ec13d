/**
 * The memory adapter's share of the history (decision 0010): target revisions, applied over the
 * seed's targets, and value notes. Kept apart from memory-storage.ts, which holds the state and
 * calls these; the same discipline: check, then persist (which may throw), then swap.
 */
import type { TargetRevision } from '../../src/domain/history-contract';
import type { Indicator } from '../../src/domain/indicator';
import type { ValueNote } from '../../src/domain/value-note';
import { frozenCopy } from './freeze';

export interface HistoryOptions {
  /** Target revisions of an earlier session, replayed in order; ones that no longer fit are dropped. */
  readonly restoredTargetRevisions?: readonly TargetRevision[];
  /** Value notes of an earlier session; unknown indicators and taken ids are dropped. */
  readonly restoredValueNotes?: readonly ValueNote[];
  /** Called with the full list of target revisions a change would produce; if it throws, nothing changes. */
  readonly persistTargetRevisions?: (revisions: readonly TargetRevision[]) => void;
  /** Like `persistTargetRevisions`, for the full list of value notes. */
  readonly persistValueNotes?: (notes: readonly ValueNote[]) => void;
}

/** The indicators (with their targets at the latest revision), the revisions and the value notes. */
export interface HistoryState {
  readonly indicators: readonly Indicator[];
  readonly byId: ReadonlyMap<string, Indicator>;
  readonly revisions: readonly TargetRevision[];
  readonly valueNotes: readonly ValueNote[];
}

/** Why a revision cannot be stored, or undefined when it can. */
export function revisionConflictOf(state: HistoryState, revision: TargetRevision): string | undefined {
  const indicator = state.byId.get(revision.indicatorId);
  if (!indicator) return `unknown indicator: ${revision.indicatorId}`;
  if (!indicator.targets.some((t) => t.year === revision.year)) {
    return `no target of ${revision.indicatorId} for ${revision.year}`;
  }
  if (revision.target.year !== revision.year) return `a target of ${revision.target.year} given for ${revision.year}`;
  if (state.revisions.some((r) => r.id === revision.id)) return `duplicate target revision id: ${revision.id}`;
  return undefined;
}

/** The state with a (frozen) revision appended and its target in force. */
export function withRevision<S extends HistoryState>(state: S, stored: TargetRevision): S {
  const indicator = state.byId.get(stored.indicatorId);
  if (!indicator) return state;
  const next: Indicator = frozenCopy({
    ...indicator,
    targets: indicator.targets.map((t) => (t.year === stored.year ? stored.target : t)),
  });
  return {
    ...state,
    indicators: state.indicators.map((i) => (i.id === next.id ? next : i)),
    byId: new Map(state.byId).set(next.id, next),
    revisions: [...state.revisions, stored],
  };
}

/** Why a value note cannot be stored, or undefined when it can. */
export function valueNoteConflictOf(state: HistoryState, note: ValueNote): string | undefined {
  if (!state.byId.has(note.indicatorId)) return `unknown indicator: ${note.indicatorId}`;
  if (state.valueNotes.some((n) => n.id === note.id)) return `duplicate value note id: ${note.id}`;
  return undefined;
}

export function withValueNote<S extends HistoryState>(state: S, stored: ValueNote): S {
  return { ...state, valueNotes: [...state.valueNotes, stored] };
}

/** What an earlier session stored, replayed over the seed's indicators; whatever no longer fits is dropped. */
export function restoreHistory<S extends HistoryState>(state: S, options: HistoryOptions): S {
  let next = state;
  for (const r of options.restoredTargetRevisions ?? []) {
    if (!revisionConflictOf(next, r)) next = withRevision(next, frozenCopy(r));
  }
  for (const n of options.restoredValueNotes ?? []) {
    if (!valueNoteConflictOf(next, n)) next = withValueNote(next, frozenCopy(n));
  }
  return next;
}
