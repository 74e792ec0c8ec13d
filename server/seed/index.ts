/**
 * The seed dataset: what the demo API serves and what tests start from.
 */
import type { Indicator } from '../../src/domain/indicator';
import type { Observation } from '../../src/domain/observation';
import { seedIndicators } from './indicators';
import { seedObservations } from './observations';

/**
 * A fresh deep copy of the seed on every call, so that a store may edit what it gets without
 * changing the next caller's data.
 */
export function seedDataset(): { indicators: Indicator[]; observations: Observation[] } {
  return { indicators: structuredClone([...seedIndicators]), observations: structuredClone(seedObservations()) };
}
