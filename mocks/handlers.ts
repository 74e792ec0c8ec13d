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
  return [http.all('*/api/*', ({ request }) => getApp().fetch(request))];
}
