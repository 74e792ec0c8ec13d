/**
 * Named situations for tests, layered over the real API with server.use(); they are reset after
 * each test by server.resetHandlers().
 */
import { delay, http, HttpResponse } from 'msw';
import { resetApi, server } from './node';

const failure = (status: number) =>
  HttpResponse.json(
    { error: { code: 'internal', message: { zh: '服务暂时不可用', en: 'The service is temporarily unavailable' } } },
    { status },
  );

/** Every read of indicators and the summary fails with a 503. */
export function givenIndicatorsFail(): void {
  server.use(
    http.get('*/api/indicators', () => failure(503)),
    http.get('*/api/indicators/:id', () => failure(503)),
    http.get('*/api/summary', () => failure(503)),
  );
}

/** Reading the gaps of a benchmark set fails with a 503. */
export function givenGapsFail(): void {
  server.use(http.get('*/api/gaps', () => failure(503)));
}

/** Reading the ledger fails with a 503 once; the retry works. */
export function givenProjectsFailOnce(): void {
  server.use(http.get('*/api/projects', () => failure(503), { once: true }));
}

/** Reading the campaign tree fails with a 503 once; the retry works. */
export function givenActionsFailOnce(): void {
  server.use(http.get('*/api/actions', () => failure(503), { once: true }));
}

/** The first read of the summary fails, later ones work (for the retry button). */
export function givenSummaryFailsOnce(): void {
  server.use(http.get('*/api/summary', () => failure(503), { once: true }));
}

/** The network answers after `ms` milliseconds. */
export function givenSlowNetwork(ms = 300): void {
  server.use(
    http.all('*/api/*', async () => {
      await delay(ms);
      // Fall through to the real API once the delay is over.
      return undefined;
    }),
  );
}

/** A township with no indicators at all. */
export function givenNoIndicators(): void {
  resetApi(() => ({ indicators: [], observations: [] }));
}

/** A township with 1,000 indicators (the report's plus generated samples), for the table at scale. */
export async function givenManyIndicators(total = 1000): Promise<void> {
  const { scaledDataset } = await import('../server/seed/scaled');
  resetApi(() => scaledDataset(total));
}
