/**
 * The one place derived indicators get their values (decision 0008): a storage wrapper, applied
 * once in `createApp`, whose observations are the stored ones of every other indicator plus, for
 * each indicator with `derived`, the values computed from the project ledger and the milestones.
 * Every route that reads observations (list, detail, summary, gaps, presets) sees them unchanged.
 */
import { derivedObservations, latestSourceDate, type DerivationSources } from '../src/domain/derived';
import type { Indicator } from '../src/domain/indicator';
import type { Observation } from '../src/domain/observation';
import { beijingToday, compareIso, parsePeriod, periodEndDate } from '../src/domain/period';
import { StorageConflictError, type Storage } from './storage/storage';

/** The years and months derived values are computed for. */
export interface DerivedWindow {
  /** The first year computed. */
  readonly fromYear: number;
  /** The last date computed: months up to its month, and the years that ended by it. */
  readonly horizon: string;
}

/**
 * The window of derived values: up to the later of the last stored observation's period end and
 * the last date any stage or milestone moved, never past `today`; from the earliest year of the
 * stored observations (or the horizon's year). Undefined when nothing is recorded anywhere.
 */
export function derivedWindow(
  stored: readonly Observation[],
  sources: DerivationSources,
  today: string,
): DerivedWindow | undefined {
  let lastEnd: string | undefined;
  let firstYear: number | undefined;
  for (const o of stored) {
    const p = parsePeriod(o.period);
    if (!p) continue;
    const end = periodEndDate(p);
    if (lastEnd === undefined || compareIso(end, lastEnd) > 0) lastEnd = end;
    if (firstYear === undefined || p.year < firstYear) firstYear = p.year;
  }
  const latest = [lastEnd, latestSourceDate(sources)]
    .filter((d): d is string => d !== undefined)
    .sort(compareIso)
    .at(-1);
  if (latest === undefined) return undefined;
  const horizon = compareIso(latest, today) > 0 ? today : latest;
  const horizonYear = Number(horizon.slice(0, 4));
  return { fromYear: Math.min(firstYear ?? horizonYear, horizonYear), horizon };
}

/**
 * The storage with derived observations served beside the stored ones. Stored observations of a
 * derived indicator are left out (its values are computed, never entered), and adding one is a
 * conflict (one of a batch too): the API refuses it earlier with a message that says where to change the value.
 */
export function withDerivedObservations(storage: Storage, now: () => Date): Storage {
  async function derivedFor(indicators: readonly Indicator[], stored: readonly Observation[]): Promise<Observation[]> {
    if (indicators.length === 0) return [];
    const [projects, milestones] = await Promise.all([storage.listProjects(), storage.listMilestones()]);
    const sources: DerivationSources = { projects, milestones };
    const window = derivedWindow(stored, sources, beijingToday(now()));
    if (!window) return [];
    return indicators.flatMap((i) => derivedObservations(i, sources, window.fromYear, window.horizon));
  }

  const listObservations: Storage['listObservations'] = async (indicatorId) => {
    if (indicatorId !== undefined) {
      const indicator = await storage.getIndicator(indicatorId);
      if (!indicator?.derived) return storage.listObservations(indicatorId);
    }
    const [indicators, all] = await Promise.all([storage.listIndicators(), storage.listObservations()]);
    const derivedIds = new Set(indicators.filter((i) => i.derived !== undefined).map((i) => i.id));
    const stored = all.filter((o) => !derivedIds.has(o.indicatorId));
    const wanted = indicators.filter(
      (i) => derivedIds.has(i.id) && (indicatorId === undefined || i.id === indicatorId),
    );
    const derived = await derivedFor(wanted, stored);
    return indicatorId === undefined ? [...stored, ...derived] : derived;
  };

  const addObservation: Storage['addObservation'] = async (observation) => {
    const indicator = await storage.getIndicator(observation.indicatorId);
    if (indicator?.derived) throw new StorageConflictError(`derived indicator: ${indicator.id}`);
    return storage.addObservation(observation);
  };

  const addObservations: Storage['addObservations'] = async (batch) => {
    const derived = new Set((await storage.listIndicators()).filter((i) => i.derived).map((i) => i.id));
    const refused = batch.find((o) => derived.has(o.indicatorId));
    if (refused) throw new StorageConflictError(`derived indicator: ${refused.indicatorId}`);
    return storage.addObservations(batch);
  };

  const overrides: Partial<Storage> = { listObservations, addObservation, addObservations };
  // A proxy rather than a spread, so an adapter whose methods live on a class prototype fits too.
  return new Proxy(storage, {
    get(target, key) {
      if (typeof key === 'string' && key in overrides) return overrides[key as keyof Storage];
      const value: unknown = Reflect.get(target, key);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
