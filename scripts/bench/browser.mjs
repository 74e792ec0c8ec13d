// Chromium and the static server for the bench: the repository's own helpers (tests/browser/*.ts),
// loaded through Vite's module runner because Node 20 cannot strip TypeScript types itself.
import { join } from 'node:path';
import { runnerImport } from 'vite';

/** Loads launchContext, hasChromium and serveStatic from tests/browser. */
export async function loadBrowserHelpers(root) {
  const before = process.env.NODE_ENV;
  const options = { root, configFile: false, logLevel: 'error' };
  const [chromium, server] = await Promise.all([
    runnerImport(join(root, 'tests/browser/chromium.ts'), options),
    runnerImport(join(root, 'tests/browser/static-server.ts'), options),
  ]);
  // The module runner sets NODE_ENV=development for this process; nothing here should inherit that.
  if (before === undefined) delete process.env.NODE_ENV;
  else process.env.NODE_ENV = before;
  return {
    launchContext: chromium.module.launchContext,
    hasChromium: chromium.module.hasChromium,
    installHint: chromium.module.INSTALL_HINT,
    serveStatic: server.module.serveStatic,
  };
}

/**
 * Runs `fn(page)` in a fresh browser (its own new profile: empty cache, no service worker, no storage),
 * with the main thread slowed `cpuRate` times through the DevTools protocol, and always closes it.
 */
export async function withFreshPage(launchContext, { cpuRate = 1 }, fn) {
  const context = await launchContext();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    if (cpuRate !== 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    }
    return await fn(page);
  } finally {
    await context.close();
  }
}

/** `promise`, or a rejection after `ms` (the timer is cleared either way, so it holds nothing open). */
export async function withTimeout(promise, ms, message) {
  let timer;
  try {
    return await Promise.race([
      promise,
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms))),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
