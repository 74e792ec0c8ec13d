/**
 * The API as the demo runs it inside the browser: the same Hono app, on the embedded seed data,
 * stored in localStorage so an entered value survives a reload (reset from the Settings page).
 * A Node entry (issue 7) will mount the very same app on SQLite.
 */
import type { Hono } from 'hono';
import { createApp } from './app';
import { seedDataset } from './seed/index';
import { createBrowserStorage } from './storage/browser-storage';

/** Creates the in-browser API; the bench build serves 1,000 indicators instead of the seed. */
export async function createBrowserApi(): Promise<Hono> {
  const dataset =
    import.meta.env.VITE_DATASET === 'scaled-1000'
      ? await import('./seed/scaled').then((m) => () => m.scaledDataset(1000))
      : seedDataset;
  return createApp({ storage: createBrowserStorage(dataset, window.localStorage) });
}
