import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { createAppRouter } from './router';
import './request-user';

/** A query client with the app's defaults: data stays fresh for a minute, errors are shown, not thrown. */
export function createQueryClient(overrides?: { retry?: false }): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 60_000, retry: overrides?.retry ?? 1, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

/** The whole app: query cache and router. Tests pass their own client and history. */
export function App({
  queryClient,
  history,
}: {
  queryClient?: QueryClient;
  history?: Parameters<typeof createAppRouter>[1];
}): ReactNode {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const [router] = useState(() => createAppRouter(client, history));
  return (
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
