/**
 * The small storage interface behind the API: the routes only ever talk to this, so the browser
 * demo (memory + localStorage), the tests (memory) and the Node server (SQLite, later) can swap
 * adapters without touching a route.
 */
import type { Indicator } from '../../src/domain/indicator';
import type { Observation } from '../../src/domain/observation';

/** Everything the API serves: the indicators and all their observations. */
export type Dataset = { indicators: Indicator[]; observations: Observation[] };

/** Where indicators and observations live. Every method is async so a real database fits. */
export interface Storage {
  /** All indicators, in dataset order (the order the plan lists them). */
  listIndicators(): Promise<Indicator[]>;
  getIndicator(id: string): Promise<Indicator | undefined>;
  /** All observations, or those of one indicator, in storage order. */
  listObservations(indicatorId?: string): Promise<Observation[]>;
  /**
   * Stores one observation atomically: either it is stored, or the promise rejects and nothing
   * changed. Rejects with {@link StorageConflictError} for a duplicate id or an unknown indicator.
   */
  addObservation(observation: Observation): Promise<void>;
  /** Back to the seed: drops everything users added. */
  reset(): Promise<void>;
}

/** The write contradicts what is stored (duplicate id, unknown indicator); the API answers 409. */
export class StorageConflictError extends Error {
  override readonly name = 'StorageConflictError';
}
