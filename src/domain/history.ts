/**
 * An indicator's change history (decision 0010), built from what storage keeps: its observations
 * (append-only, so each period and stage is a chain of versions), its target revisions (the seed's
 * target is the first version), the edits of its benchmark values (the value before the first edit
 * is the first version), and its gap notes and value notes (added, never edited). Newest first,
 * with old → new, who, when and why, and whether a version can be written again (restored).
 */
import { valueInUnit, type BenchmarkValue, type GapNote } from './benchmark';
import { DEFAULT_USER_NAME } from './contract';
import {
  SEED_AUTHOR,
  UNKNOWN_TIME,
  type BenchmarkValueEdit,
  type HistoryEntry,
  type TargetRevision,
} from './history-contract';
import type { Indicator, Source, Target } from './indicator';
import { compareObservations, type Observation } from './observation';
import { checkObservationInput, type FieldError } from './observation-input';
import type { ValueNote } from './value-note';

/** Everything storage keeps about one indicator that the history shows. */
export interface HistorySources {
  /** The indicator as it stands (its targets at their latest revision). */
  readonly indicator: Indicator;
  /** Its stored observations in storage order; none for a derived indicator (its values are computed). */
  readonly observations: readonly Observation[];
  /** Its target revisions in the order they were made. */
  readonly targetRevisions: readonly TargetRevision[];
  /** The edits of its benchmark values in the order they were made. */
  readonly benchmarkEdits: readonly BenchmarkValueEdit[];
  readonly gapNotes: readonly GapNote[];
  readonly valueNotes: readonly ValueNote[];
}

/** What writing a version again means: the record to store anew. */
export type RestoreAction =
  | { readonly kind: 'observation'; readonly observation: Observation }
  | { readonly kind: 'target'; readonly target: Target }
  | {
      readonly kind: 'benchmark-value';
      readonly setId: string;
      readonly memberId: string;
      readonly value: BenchmarkValue;
    };

/** An entry and, for versions of a value, the record it stands for. */
export interface HistoryVersion {
  readonly entry: HistoryEntry;
  /** Null for notes, which are never restored. */
  readonly restore: RestoreAction | null;
}

/** Local midnight in Beijing of a date, as an ISO timestamp; {@link UNKNOWN_TIME} without a date. */
export function beijingDayStart(date: string | undefined): string {
  if (date === undefined) return UNKNOWN_TIME;
  const t = new Date(`${date}T00:00:00+08:00`);
  return Number.isNaN(t.getTime()) ? UNKNOWN_TIME : t.toISOString();
}

/** The optional fields of an entry, present only when set. */
function extras(record: { reason?: string; importId?: string; restoredFrom?: string }) {
  return {
    ...(record.reason === undefined ? {} : { reason: record.reason }),
    ...(record.importId === undefined ? {} : { importId: record.importId }),
    ...(record.restoredFrom === undefined ? {} : { restoredFrom: record.restoredFrom }),
  };
}

/** Groups in first-seen order, each keeping the input order. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()];
}

function observationVersions(indicatorId: string, observations: readonly Observation[]): HistoryVersion[] {
  const chains = groupBy(observations, (o) => `${o.period}\u0000${o.stage}`).map((c) => c.sort(compareObservations));
  return chains.flatMap((chain) =>
    chain.map((o, i) => ({
      entry: {
        id: `observation:${o.id}`,
        kind: 'observation' as const,
        indicatorId,
        period: o.period,
        stage: o.stage,
        before: i === 0 ? null : (chain[i - 1]?.value ?? null),
        after: o.value,
        // The seed's observations (and values entered before authors were kept) name nobody.
        by: o.recordedBy ?? SEED_AUTHOR,
        at: o.recordedAt,
        ...extras(o),
        restorable: i < chain.length - 1,
      },
      restore: { kind: 'observation' as const, observation: o },
    })),
  );
}

function targetVersions(indicator: Indicator, revisions: readonly TargetRevision[]): HistoryVersion[] {
  return indicator.targets.flatMap((current) => {
    const own = revisions.filter((r) => r.year === current.year);
    const seed = own[0]?.before ?? current;
    const chain: { target: Target; by: string; at: string; id: string; extra: ReturnType<typeof extras> }[] = [
      {
        target: seed,
        by: SEED_AUTHOR,
        // Dated by its source, else by the indicator's (the seed is as of the report).
        at: beijingDayStart(seed.source.date ?? indicator.source.date),
        id: `seed:${seed.year}`,
        extra: {},
      },
      ...own.map((r) => ({ target: r.target, by: r.by, at: r.at, id: r.id, extra: extras(r) })),
    ];
    return chain.map((v, i) => ({
      entry: {
        id: `target:${v.id}`,
        kind: 'target' as const,
        indicatorId: indicator.id,
        year: current.year,
        before: i === 0 ? null : (chain[i - 1]?.target.value ?? null),
        after: v.target.value,
        by: v.by,
        at: v.at,
        ...v.extra,
        restorable: i < chain.length - 1,
      },
      restore: { kind: 'target' as const, target: v.target },
    }));
  });
}

function benchmarkVersions(indicator: Indicator, edits: readonly BenchmarkValueEdit[]): HistoryVersion[] {
  const inUnit = (v: BenchmarkValue) => valueInUnit(v, indicator.unit) ?? v.value;
  const chains = groupBy(edits, (e) => `${e.setId}\u0000${e.memberId}\u0000${e.value.year}`);
  return chains.flatMap((own) => {
    const first = own[0];
    if (!first) return [];
    const { setId, memberId } = first;
    const year = first.value.year;
    const origin = first.before
      ? [
          {
            value: first.before,
            id: `origin:${setId}:${memberId}:${year}`,
            by: SEED_AUTHOR,
            at: beijingDayStart(first.before.source.date),
            extra: {},
          },
        ]
      : [];
    const chain = [
      ...origin,
      ...own.map((e, i) => ({
        value: e.value,
        // Edits stored before history was kept have no id, author or time: the demo's user made them.
        id: e.id ?? `legacy-${setId}-${memberId}-${year}-${i}`,
        by: e.by ?? DEFAULT_USER_NAME,
        at: e.at ?? UNKNOWN_TIME,
        extra: extras(e),
      })),
    ];
    return chain.map((v, i) => {
      const previous = i === 0 ? undefined : chain[i - 1];
      return {
        entry: {
          id: `benchmark-value:${v.id}`,
          kind: 'benchmark-value' as const,
          indicatorId: indicator.id,
          year,
          setId,
          memberId,
          before: previous ? inUnit(previous.value) : null,
          after: inUnit(v.value),
          by: v.by,
          at: v.at,
          ...v.extra,
          restorable: i < chain.length - 1,
        },
        restore: { kind: 'benchmark-value' as const, setId, memberId, value: v.value },
      };
    });
  });
}

function noteVersions(indicatorId: string, gapNotes: readonly GapNote[], valueNotes: readonly ValueNote[]) {
  const gaps: HistoryVersion[] = gapNotes.map((n) => ({
    entry: {
      id: `gap-note:${n.id}`,
      kind: 'gap-note',
      indicatorId,
      setId: n.setId,
      before: null,
      after: n.text,
      by: n.author,
      at: beijingDayStart(n.date),
      restorable: false,
    },
    restore: null,
  }));
  const values: HistoryVersion[] = valueNotes.map((n) => ({
    entry: {
      id: `value-note:${n.id}`,
      kind: 'value-note',
      indicatorId,
      period: n.period,
      before: null,
      after: n.text,
      by: n.by,
      at: n.at,
      restorable: false,
    },
    restore: null,
  }));
  return [...gaps, ...values];
}

/** Every version and note, newest first (on equal times, the later version of a chain first). */
export function historyVersions(sources: HistorySources): HistoryVersion[] {
  const { indicator } = sources;
  const all = [
    ...observationVersions(indicator.id, sources.observations),
    ...targetVersions(indicator, sources.targetRevisions),
    ...benchmarkVersions(indicator, sources.benchmarkEdits),
    ...noteVersions(indicator.id, sources.gapNotes, sources.valueNotes),
  ];
  return all
    .map((version, seq) => ({ version, seq }))
    .sort((a, b) =>
      a.version.entry.at === b.version.entry.at ? b.seq - a.seq : a.version.entry.at < b.version.entry.at ? 1 : -1,
    )
    .map((x) => x.version);
}

/** The history's entries, newest first. */
export function buildHistory(sources: HistorySources): HistoryEntry[] {
  return historyVersions(sources).map((v) => v.entry);
}

export type RestoreLookup =
  | { readonly ok: true; readonly entry: HistoryEntry; readonly restore: RestoreAction }
  | { readonly ok: false; readonly reason: 'not-found' | 'note' | 'current' };

/** The version an entry id names, if it can be written again: not a note, nor the current version. */
export function findRestorable(sources: HistorySources, entryId: string): RestoreLookup {
  const version = historyVersions(sources).find((v) => v.entry.id === entryId);
  if (!version) return { ok: false, reason: 'not-found' };
  if (!version.restore) return { ok: false, reason: 'note' };
  if (!version.entry.restorable) return { ok: false, reason: 'current' };
  return { ok: true, entry: version.entry, restore: version.restore };
}

/**
 * What is wrong with a target value for the indicator's kind, by the rules of its observations:
 * counts whole and not negative, shares 0–100, ranks whole and at least 1, milestones 0 to the
 * number of nodes, amounts not negative unless lower is better.
 */
export function targetValueProblems(indicator: Indicator, year: number, value: number): FieldError[] {
  const asValue = { period: String(year), value, stage: 'reported' as const, asOf: `${year}-12-31`, source: '-' };
  return checkObservationInput(indicator, asValue).filter((e) => e.field === 'value');
}

/**
 * A target with a user's new value: entered by the dashboard (so neither 示例 nor the plan's source,
 * and without the old note), its cumulative plan scaled in proportion so the pacing follows.
 */
export function editedTarget(current: Target, value: number, source: Source): Target {
  const { note: _note, plan, ...rest } = current;
  const scale = current.value === 0 ? null : value / current.value;
  return {
    ...rest,
    value,
    source,
    sample: false,
    ...(plan === undefined
      ? {}
      : {
          plan:
            scale === null
              ? plan
              : plan.map((p) => ({ period: p.period, value: Number((p.value * scale).toPrecision(15)) })),
        }),
  };
}
