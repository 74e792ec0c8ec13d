/**
 * The shared fixture of the browser journeys: a fresh Chromium context on the served production
 * build, with every page guarded. Anything that goes wrong behind the visible UI — a console error,
 * an uncaught exception, a failed request, an HTTP error status, a Content-Security-Policy violation,
 * a dialog — is collected and fails the test, so a journey cannot pass on a page that is quietly broken.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { expect, inject, onTestFinished } from 'vitest';
import { launchContext } from '../browser/chromium';

export type ProblemKind = 'console' | 'pageerror' | 'requestfailed' | 'http' | 'csp' | 'dialog';

export interface Problem {
  readonly kind: ProblemKind;
  readonly text: string;
  /** The page's URL when it happened. */
  readonly page: string;
}

export type Locale = 'zh-CN' | 'en';

export const ARTIFACTS_DIR = fileURLToPath(new URL('../artifacts/', import.meta.url));

/** Names of the functions the init script calls back into Node with (CDP bindings: no CSP applies). */
const REPORT_BINDING = '__e2eReport';
const ABORT_BINDING = '__e2eAbortedByApp';

/**
 * Runs in every document before the app's own scripts. It is injected through the DevTools protocol,
 * so the page's CSP does not block it (and the app itself is not changed).
 *
 * 1. CSP violations are events, not console output we could rely on: listen for them in the capture
 *    phase on the document, where every violation of the document's policy arrives.
 * 2. TanStack Query aborts a request when its query loses its last observer (a superseded filter, a
 *    page left before the answer). Chromium reports those as failed requests (net::ERR_ABORTED). To
 *    tell them apart from real failures, `fetch` is wrapped only to watch the AbortSignal the app
 *    passes: when that signal fires, the URL is reported. A failed request is excused only when the
 *    app's own signal aborted that very URL (see `expectClean`), which proves the app cancelled it.
 */
const INIT_SCRIPT = `(() => {
  const report = (kind, text) => window.${REPORT_BINDING}?.({ kind, text });
  document.addEventListener('securitypolicyviolation', (e) => {
    report('csp', e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber + (e.sample ? ' sample: ' + e.sample : ''));
  }, true);
  const originalFetch = window.fetch;
  window.fetch = function (input, init) {
    const signal = (init && init.signal) || (input instanceof Request ? input.signal : undefined);
    if (signal) {
      const url = new URL(input instanceof Request ? input.url : String(input), location.href).href;
      signal.addEventListener('abort', () => window.${ABORT_BINDING}?.(url), { once: true });
    }
    return originalFetch.call(this, input, init);
  };
})();`;

export interface AppSession {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly baseUrl: string;
  /** Opens an app path (e.g. '/indicators?period=2020-03') and waits for the app to render on the in-browser API. */
  goto(path: string): Promise<void>;
  /** Reloads and waits for the app again. */
  reload(): Promise<void>;
  /** Saves a full-page screenshot as tests/artifacts/<name>.png and returns its path. */
  screenshot(name: string): Promise<string>;
  /** Switches the interface language with the header button, as a user does. */
  switchLocale(to: Locale): Promise<void>;
  /** What has gone wrong so far (excused aborts left out). */
  problems(): Problem[];
  /** Removes and returns the problems matching `match`: for checks that provoke one on purpose. */
  take(match: (p: Problem) => boolean): Problem[];
  /** Fails the test if anything has gone wrong so far. */
  expectClean(): void;
  close(): Promise<void>;
}

/**
 * A fresh browser (own profile: no storage, no service worker) on the served build, guarded.
 * Closed, and checked once more, when the test finishes.
 */
export async function openApp(options: { locale?: string; width?: number; height?: number } = {}): Promise<AppSession> {
  const baseUrl = inject('baseUrl');
  const context = await launchContext(options);
  context.setDefaultTimeout(15_000);
  let problems: Problem[] = [];
  const failedAborts: { url: string; page: string }[] = [];
  const abortedByApp = new Set<string>();
  let closed = false;
  const add = (kind: ProblemKind, text: string, page: Page | undefined) => {
    if (!closed) problems.push({ kind, text, page: page?.url() ?? '' });
  };

  await context.exposeBinding(REPORT_BINDING, ({ page }, p: { kind: ProblemKind; text: string }) =>
    add(p.kind, p.text, page),
  );
  await context.exposeBinding(ABORT_BINDING, (_source, url: string) => {
    abortedByApp.add(url);
  });
  await context.addInitScript({ content: INIT_SCRIPT });

  const guard = (page: Page) => {
    page.on('console', (m) => {
      if (m.type() === 'error') add('console', `${m.text()} (${m.location().url}:${m.location().lineNumber})`, page);
    });
    page.on('pageerror', (e) => add('pageerror', e.stack ?? e.message, page));
    page.on('requestfailed', (r) => {
      const error = r.failure()?.errorText ?? 'failed';
      if (error === 'net::ERR_ABORTED' && !closed) failedAborts.push({ url: r.url(), page: page.url() });
      else add('requestfailed', `${r.method()} ${r.url()}: ${error}`, page);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) add('http', `${r.status()} ${r.request().method()} ${r.url()}`, page);
    });
    // The app never opens a dialog; one appearing (alert from injected script, say) is a failure.
    page.on('dialog', (d) => {
      add('dialog', `${d.type()}: ${d.message()}`, page);
      void d.dismiss().catch(() => undefined);
    });
  };
  context.pages().forEach(guard);
  context.on('page', guard);
  const page = context.pages()[0] ?? (await context.newPage());

  // Decided when asked, not when the event arrives: the abort report and the failed-request event
  // come over different channels and may arrive in either order.
  const current = (): Problem[] => [
    ...problems,
    ...failedAborts
      .filter((a) => !abortedByApp.has(a.url))
      .map((a): Problem => ({
        kind: 'requestfailed',
        text: `${a.url}: net::ERR_ABORTED (not by the app)`,
        page: a.page,
      })),
  ];

  const waitForApp = async () => {
    await page.locator('main h1').first().waitFor();
  };

  const session: AppSession = {
    context,
    page,
    baseUrl,
    async goto(path) {
      await page.goto(new URL(path, baseUrl).href);
      await waitForApp();
    },
    async reload() {
      await page.reload();
      await waitForApp();
    },
    async screenshot(name) {
      mkdirSync(ARTIFACTS_DIR, { recursive: true });
      const path = `${ARTIFACTS_DIR}${name}.png`;
      // A page with a chart is pictured once the chart's lines or bars are drawn (recharts loads on demand).
      if ((await page.locator('figure.chart').count()) > 0) {
        await page.locator('.recharts-line path[d], .recharts-bar-rectangle').first().waitFor({ state: 'attached' });
      }
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    async switchLocale(to) {
      // The button is named by its visible text, in the language it switches to.
      await page.getByRole('button', { name: to === 'en' ? 'English' : '中文', exact: true }).click();
      await page.waitForFunction((lang) => document.documentElement.lang === lang, to);
    },
    problems: current,
    take(match) {
      const taken = problems.filter(match);
      problems = problems.filter((p) => !match(p));
      return taken;
    },
    expectClean() {
      expect(current(), 'console errors, page errors, failed requests, HTTP errors, CSP violations or dialogs').toEqual(
        [],
      );
    },
    async close() {
      if (closed) return;
      closed = true;
      await context.close();
    },
  };

  onTestFinished(async ({ task }) => {
    const leftover = current();
    await session.close();
    if (task.result?.state !== 'fail' && leftover.length > 0) {
      throw new Error(
        `The page reported problems:\n${leftover.map((p) => `${p.kind}: ${p.text} @ ${p.page}`).join('\n')}`,
      );
    }
  });
  return session;
}
