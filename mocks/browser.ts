/**
 * The demo's in-browser API: the Hono app from server/ on the embedded seed data, persisted in
 * localStorage so an entered value survives a reload (reset from the Settings page).
 */
import { setupWorker } from 'msw/browser';
import { createApp } from '../server/app';
import { seedDataset } from '../server/seed/index';
import { createBrowserStorage } from '../server/storage/browser-storage';
import { apiHandlers } from './handlers';

/** Starts the service worker; resolves when /api requests are answered. */
export async function startBrowserApi(): Promise<void> {
  const dataset =
    import.meta.env.VITE_DATASET === 'scaled-1000'
      ? await import('../server/seed/scaled').then((m) => () => m.scaledDataset(1000))
      : seedDataset;
  const app = createApp({ storage: createBrowserStorage(dataset, window.localStorage) });
  const worker = setupWorker(...apiHandlers(() => app));
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
}
