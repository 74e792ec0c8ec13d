import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The bench's baseline: a bare Vite + React + TanStack Query page with one recharts chart, built the
 * way the app is (same target, no source maps) so that the two page loads compare like for like.
 * The bench passes --outDir (a temp dir), so nothing is built inside the repository.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false },
});
