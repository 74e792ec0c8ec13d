import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

/** Removes msw's service worker file from builds that talk to a real API server. */
export function dropMockWorker(enabled: boolean): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name: 'drop-mock-worker',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle() {
      if (enabled && config) rmSync(join(config.root, config.build.outDir, 'mockServiceWorker.js'), { force: true });
    },
  };
}
