/**
 * How API requests leave the client. By default over the network (fetch, which msw intercepts in
 * tests); the demo build hands them to the API running in the page instead (see src/app/main.tsx).
 */
export type Transport = (url: string, init: RequestInit) => Promise<Response>;

let current: Transport = (url, init) => fetch(url, init);

/** Replaces the transport (once, at start-up). */
export function setTransport(transport: Transport): void {
  current = transport;
}

/** Sends one request with the current transport. */
export function send(url: string, init: RequestInit): Promise<Response> {
  return current(url, init);
}

/**
 * The demo's API, reachable from the browser console and the browser tests as
 * `window.demoApi.fetch('/api/summary')`: in the demo the API runs in the page, so plain fetch
 * would reach the static file server instead. Absent in builds for a real server.
 */
export interface DemoApiHandle {
  fetch(path: string, init?: RequestInit): Promise<Response>;
}

declare global {
  interface Window {
    demoApi?: DemoApiHandle;
  }
}
