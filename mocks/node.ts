/**
 * The API for tests in Node: the same Hono app on an in-memory copy of the seed, fresh per test.
 */
import { setupServer } from 'msw/node';
import { createApp } from '../server/app';
import { seedDataset } from '../server/seed/index';
import { createMemoryStorage } from '../server/storage/memory-storage';
import type { Dataset } from '../server/storage/storage';
import { apiHandlers, type FetchApp } from './handlers';

let app: FetchApp = createApp({ storage: createMemoryStorage(seedDataset) });

export const server = setupServer(...apiHandlers(() => app));

/** A fresh API on the seed data (or on a given dataset) for the next test. */
export function resetApi(dataset: () => Dataset = seedDataset): void {
  app = createApp({ storage: createMemoryStorage(dataset), now: () => new Date('2026-01-15T02:00:00Z') });
}
