import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { send, setTransport } from '../api/transport';
import { App } from './providers';
import { loadLocale } from '../i18n/load-locale';
import { useSettingsStore } from '../stores/settings-store';
import './styles.css';
import './print.css';

/**
 * In the demo build the API runs in this page (the same Hono app as the server, on embedded data).
 * It loads in parallel with the first render: requests wait for it, the page does not. A build
 * for a real API server compiles this branch out.
 */
if (import.meta.env.VITE_API_IN_BROWSER) {
  const load = () => import('../../server/browser-entry').then((m) => m.createBrowserApi());
  let api = load();
  setTransport(async (url, init) => {
    try {
      return await (await api).fetch(new Request(url, init));
    } catch (error) {
      // A chunk that failed to load is loaded again on the next try (the retry button).
      api = load();
      throw error;
    }
  });
  window.demoApi = { fetch: (path, init = {}) => send(new URL(path, location.href).href, init) };
}

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
// A saved English interface waits for its catalogue; Chinese (the default) renders at once.
const saved = useSettingsStore.getState().locale;
const render = () => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  // The bench reports when the first render was scheduled.
  performance.mark('app:rendered');
};
if (saved === 'zh-CN') render();
else void loadLocale(saved).then(render, render);
