/**
 * Debian's Chromium driven by playwright-core, with the flags this network needs (no background
 * connections) and a fresh profile per context.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const INSTALL_HINT = 'sudo apt-get install -y chromium fonts-noto-cjk';

/** True when the browser binary is there. */
export function hasChromium(): boolean {
  return existsSync(CHROMIUM_PATH);
}

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A fresh browser context (its own profile: no cookies, storage or service worker carried over). */
export async function launchContext(
  options: { width?: number; height?: number; locale?: string } = {},
): Promise<BrowserContext> {
  const dir = mkdtempSync(join(tmpdir(), 'baipu-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    args: FLAGS,
    viewport: { width: options.width ?? 1366, height: options.height ?? 900 },
    locale: options.locale ?? 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  // The profile is this context's alone: remove it when the context closes.
  // Chromium may still be writing as it exits: retry, and never fail a run over a temp folder.
  context.on('close', () => {
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    } catch {
      // left for the OS to clean
    }
  });
  return context;
}
