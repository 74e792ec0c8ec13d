import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy } from './scripts/vite-csp.ts';

/**
 * `vite build` makes the demo build: the API runs in the page on embedded data.
 * `vite build --mode server` makes the build for a real API server: no in-page API at all.
 * `vite build --mode bench` is the demo build on 1,000 indicators, for measuring at scale only.
 */
export default defineConfig(({ mode }) => ({
  plugins: [react(), contentSecurityPolicy()],
  define: {
    'import.meta.env.VITE_API_IN_BROWSER': JSON.stringify(mode !== 'server'),
    'import.meta.env.VITE_DATASET': JSON.stringify(mode === 'bench' ? 'scaled-1000' : 'seed'),
  },
  build: {
    manifest: true,
    target: 'es2022',
    sourcemap: false,
  },
  server: { port: 5173, strictPort: false },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'src/domain/**/*.test.ts',
            'src/routing/**/*.test.ts',
            'server/**/*.test.ts',
            'src/api/**/*.test.ts',
            'src/i18n/**/*.test.ts',
            // Node-side pieces of the import and export features (file readers, writers).
            'src/features/**/*.test.ts',
            'src/export/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['tests/setup-ui.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          globalSetup: ['tests/e2e/global-setup.ts'],
        },
      },
    ],
  },
}));
