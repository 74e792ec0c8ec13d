/**
 * Serves the production build (dist/) once for every browser journey and hands its URL to the
 * tests through `provide`/`inject`: the journeys test what ships, CSP meta tag included.
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { serveStatic, type StaticServer } from '../browser/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where dist/ is served, e.g. http://localhost:41234 (localhost: service workers need a secure context). */
    baseUrl: string;
  }
}

let server: StaticServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  // Screenshots and axe results describe the last run only: stale ones would be mistaken for current.
  rmSync(fileURLToPath(new URL('../artifacts/', import.meta.url)), { recursive: true, force: true });
  server = await serveStatic(fileURLToPath(new URL('../../dist', import.meta.url)));
  project.provide('baseUrl', server.url);
}

export async function teardown(): Promise<void> {
  await server?.close();
}
