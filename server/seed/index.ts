/**
 * The seed dataset: what the demo API serves and what tests start from.
 */
import type { Dataset } from '../storage/storage';
import { seedBenchmarkSets } from './benchmarks';
import { comparisonIndicators, comparisonObservations } from './comparison-indicators';
import { seedIndicators } from './indicators';
import { seedObservations } from './observations';

/**
 * A fresh deep copy of the seed on every call, so that a store may edit what it gets without
 * changing the next caller's data: the report's indicators, then the ones the benchmark
 * comparisons need, their observations, the benchmark sets and (none yet) gap notes.
 */
export function seedDataset(): Required<Dataset> {
  const indicators = structuredClone([...seedIndicators, ...comparisonIndicators]);
  return {
    indicators,
    observations: [...structuredClone(seedObservations()), ...comparisonObservations()],
    benchmarkSets: seedBenchmarkSets(seedIndicators),
    gapNotes: [],
  };
}
