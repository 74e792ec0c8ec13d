/**
 * The seed dataset: what the demo API serves and what tests start from.
 */
import type { Dataset } from '../storage/storage';
import { seedActionNodes, seedMilestones } from './actions';
import { seedBenchmarkSets } from './benchmarks';
import { comparisonIndicators, comparisonObservations } from './comparison-indicators';
import { seedIndicators } from './indicators';
import { seedLinks } from './links';
import { seedObservations } from './observations';
import { OWNER_DIRECTORY } from './owners';
import { seedProjects } from './projects';

/**
 * A fresh deep copy of the seed on every call, so that a store may edit what it gets without
 * changing the next caller's data: the report's indicators, then the ones the benchmark
 * comparisons need, their observations, the benchmark sets, (none yet) gap notes, the project
 * ledger, the campaign tree with its milestones, the links of indicators to projects and tasks, and
 * the owner directory.
 */
export function seedDataset(): Required<Dataset> {
  const indicators = structuredClone([...seedIndicators, ...comparisonIndicators]);
  return {
    indicators,
    observations: [...structuredClone(seedObservations()), ...comparisonObservations()],
    benchmarkSets: seedBenchmarkSets(seedIndicators),
    gapNotes: [],
    projects: seedProjects(),
    actionNodes: seedActionNodes(),
    milestones: seedMilestones(),
    links: seedLinks(),
    owners: structuredClone(OWNER_DIRECTORY),
  };
}
