/**
 * Storage for the browser demo: the seed in memory plus what the user added — observations, gap
 * notes, created benchmark sets and members, edited benchmark values, created or updated projects,
 * created campaign nodes, created or updated milestones and links, target revisions and value
 * notes, each list under its own key —
 * kept in localStorage (or any {@link KeyValueStore}) so they survive a reload.
 */
import { actionNodeSchema, milestoneSchema } from '../../src/domain/action';
import { indicatorLinkSchema } from '../../src/domain/action-contract';
import { benchmarkMemberSchema, benchmarkSetSchema, gapNoteSchema } from '../../src/domain/benchmark';
import { benchmarkValueEditSchema, targetRevisionSchema } from '../../src/domain/history-contract';
import { observationSchema } from '../../src/domain/observation';
import { compareIso } from '../../src/domain/period';
import { projectSchema, stageOrderProblem, type Project } from '../../src/domain/project';
import { valueNoteSchema } from '../../src/domain/value-note';
import { z } from '../../src/domain/zod';
import { createMemoryStorage } from './memory-storage';
import { StorageFullError, type BenchmarkSetAddition, type Dataset, type Storage } from './storage';

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

/** The gap notes (为何差 / 怎么赶) users wrote. */
export const GAP_NOTES_KEY = 'baipu-dashboard/v1/gap-notes';

/** Users' edits of benchmark values (with who, when, why and the value replaced), replayed over the seeded sets in order. */
export const BENCHMARK_VALUES_KEY = 'baipu-dashboard/v1/benchmark-values';

/** Benchmark sets and members users created, in order (see {@link BenchmarkSetAddition}). */
export const BENCHMARK_SETS_KEY = 'baipu-dashboard/v1/benchmark-sets';

/** Projects users created or updated (whole records, one per id), upserted over the seed's. */
export const PROJECTS_KEY = 'baipu-dashboard/v1/projects';

/** Measures and tasks users created, in order. */
export const ACTION_NODES_KEY = 'baipu-dashboard/v1/action-nodes';

/** Milestones users created or updated (whole records, one per id), upserted over the seed's. */
export const MILESTONES_KEY = 'baipu-dashboard/v1/milestones';

/** Links users made between indicators and projects or tasks, in order. */
export const LINKS_KEY = 'baipu-dashboard/v1/links';

/** Target revisions (append-only), replayed over the seed's targets in order. */
export const TARGET_REVISIONS_KEY = 'baipu-dashboard/v1/target-revisions';

/** Notes on values (原因 / 措施 / 数据更正), in order. */
export const VALUE_NOTES_KEY = 'baipu-dashboard/v1/value-notes';

/** Every key this adapter writes: reset removes them all. */
const ALL_KEYS = [
  OBSERVATIONS_KEY,
  GAP_NOTES_KEY,
  BENCHMARK_VALUES_KEY,
  BENCHMARK_SETS_KEY,
  PROJECTS_KEY,
  ACTION_NODES_KEY,
  MILESTONES_KEY,
  LINKS_KEY,
  TARGET_REVISIONS_KEY,
  VALUE_NOTES_KEY,
] as const;

/** A stored project must also have its stages in order, as the API only ever stores. */
const storedProjectSchema: z.ZodMiniType<Project> = projectSchema.check(
  z.refine((p) => stageOrderProblem(p.stages) === undefined),
);

/** A stored milestone cannot be done before work on it began. */
const storedMilestoneSchema = milestoneSchema.check(
  z.refine((m) => m.startedOn === undefined || m.doneOn === undefined || compareIso(m.startedOn, m.doneOn) <= 0),
);

// Typed as the storage's own type so the stored format cannot drift from what memory replays.
const setAdditionSchema: z.ZodMiniType<BenchmarkSetAddition> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('set'), set: benchmarkSetSchema }),
  z.object({ kind: z.literal('member'), setId: z.string(), member: benchmarkMemberSchema }),
]);

/** A stored revision's target must be of the revision's year, as the API only ever stores. */
const storedRevisionSchema = targetRevisionSchema.check(
  z.refine((r) => r.target.year === r.year && r.before.year === r.year),
);

/**
 * Creates a storage that keeps what users added in `kv`.
 *
 * Each write stores the whole new list in one `setItem`, so a failure (quota, private mode) rejects
 * and leaves both memory and `kv` as they were. Whatever is under the key at start-up is validated:
 * corrupt JSON, malformed records or records of unknown indicators are dropped, never fatal.
 */
export function createBrowserStorage(seed: () => Dataset, kv: KeyValueStore): Storage {
  /** One list under its key, in one `setItem`; a refusal (quota, storage off) becomes a {@link StorageFullError}. */
  const save = (key: string, list: readonly unknown[]) => {
    try {
      kv.setItem(key, JSON.stringify(list));
    } catch (error) {
      throw new StorageFullError(`cannot store ${key}: ${error instanceof Error ? error.message : String(error)}`, {
        cause: error,
      });
    }
  };
  return createMemoryStorage(seed, {
    restored: readStored(kv, OBSERVATIONS_KEY, observationSchema),
    restoredGapNotes: readStored(kv, GAP_NOTES_KEY, gapNoteSchema),
    restoredSetAdditions: readStored(kv, BENCHMARK_SETS_KEY, setAdditionSchema),
    restoredValueEdits: readStored(kv, BENCHMARK_VALUES_KEY, benchmarkValueEditSchema),
    restoredProjects: readStored(kv, PROJECTS_KEY, storedProjectSchema),
    restoredActionNodes: readStored(kv, ACTION_NODES_KEY, actionNodeSchema),
    restoredMilestones: readStored(kv, MILESTONES_KEY, storedMilestoneSchema),
    restoredLinks: readStored(kv, LINKS_KEY, indicatorLinkSchema),
    restoredTargetRevisions: readStored(kv, TARGET_REVISIONS_KEY, storedRevisionSchema),
    restoredValueNotes: readStored(kv, VALUE_NOTES_KEY, valueNoteSchema),
    persist: (added) => save(OBSERVATIONS_KEY, added),
    persistGapNotes: (added) => save(GAP_NOTES_KEY, added),
    persistSetAdditions: (additions) => save(BENCHMARK_SETS_KEY, additions),
    persistValueEdits: (edits) => save(BENCHMARK_VALUES_KEY, edits),
    persistProjects: (changed) => save(PROJECTS_KEY, changed),
    persistActionNodes: (added) => save(ACTION_NODES_KEY, added),
    persistMilestones: (changed) => save(MILESTONES_KEY, changed),
    persistLinks: (added) => save(LINKS_KEY, added),
    persistTargetRevisions: (revisions) => save(TARGET_REVISIONS_KEY, revisions),
    persistValueNotes: (notes) => save(VALUE_NOTES_KEY, notes),
    clear: () => {
      for (const key of ALL_KEYS) kv.removeItem(key);
    },
  });
}

/** The valid records under a key; anything unreadable counts as nothing. */
function readStored<T>(kv: KeyValueStore, key: string, schema: z.ZodMiniType<T>): T[] {
  let raw: string | null;
  try {
    // getItem itself throws in some browsers when storage is disabled.
    raw = kv.getItem(key);
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
  const kept: T[] = [];
  for (const item of parsed) {
    const result = schema.safeParse(item);
    if (result.success) kept.push(result.data);
  }
  return kept;
}
