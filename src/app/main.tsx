import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './providers';
import './styles.css';

/**
 * In the demo build the API runs inside the browser (msw + the same Hono app as the server),
 * loaded before the first render; a build for a real server drops that branch entirely.
 */
async function start(): Promise<void> {
  if (import.meta.env.VITE_API_IN_BROWSER) {
    const { startBrowserApi } = await import('../../mocks/browser');
    await startBrowserApi();
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
