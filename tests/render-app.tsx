/**
 * Renders the whole app at a URL, as a user would open it: real router, real API under msw,
 * a fresh query client without retries.
 */
import { createMemoryHistory } from '@tanstack/react-router';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App, createQueryClient } from '../src/app/providers';

export function renderApp(url = '/') {
  const history = createMemoryHistory({ initialEntries: [url] });
  const queryClient = createQueryClient({ retry: false });
  const user = userEvent.setup();
  const view = render(<App queryClient={queryClient} history={history} />);
  return { ...view, user, history, queryClient };
}
