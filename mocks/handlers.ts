/**
 * msw hands every /api request to the one API implementation (the Hono app in server/), so the
 * browser demo and the tests run the very same routes as a real server would.
 */
import { http } from 'msw';

/** Anything with a Web-standard fetch, like a Hono app. */
export interface FetchApp {
  fetch(request: Request): Response | Promise<Response>;
}

/** The handler list for an app; `getApp` is read per request so tests can swap the app. */
export function apiHandlers(getApp: () => FetchApp) {
  return [
    http.all('*/api/*', ({ request }) =>
      // '*/api/*' also matches module URLs such as /src/api/client.ts in development: only the
      // path /api/… belongs to the API; anything else goes on to the network.
      new URL(request.url).pathname.startsWith('/api/') ? getApp().fetch(request) : undefined,
    ),
  ];
}
