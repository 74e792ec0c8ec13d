/**
 * axe-core in the real page. The app's CSP (script-src 'self') forbids inline scripts, so
 * page.addScriptTag({ content }) would be blocked (and reported as a violation by the guard);
 * page.evaluate runs the source through the DevTools protocol instead, which the page's CSP does
 * not govern. axe itself needs no eval, so it then runs under the CSP unchanged.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { ARTIFACTS_DIR } from './page-guard';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeViolation {
  readonly rule: string;
  readonly impact: string | null | undefined;
  readonly help: string;
  readonly nodes: readonly { readonly target: string; readonly html: string; readonly summary: string }[];
}

/**
 * Runs axe on the page as it is now and returns the violations (an empty list is the goal). The
 * result, passes counted, is also written to tests/artifacts/axe/<label>.json.
 */
export async function runAxe(page: Page, label: string): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<AxeResults> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return {
      passes: r.passes.length,
      // Rules axe could not decide (e.g. contrast over an image or gradient): for a human to review.
      incomplete: r.incomplete.map((v) => ({ rule: v.id, targets: v.nodes.map((n) => n.target.join(' ')) })),
      violations: r.violations.map((v) => ({
        rule: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({
          target: n.target.join(' '),
          html: n.html.slice(0, 200),
          summary: n.failureSummary ?? '',
        })),
      })),
    };
  }, WCAG_TAGS);
  mkdirSync(`${ARTIFACTS_DIR}axe`, { recursive: true });
  writeFileSync(
    `${ARTIFACTS_DIR}axe/${label}.json`,
    JSON.stringify({ label, url: page.url(), tags: WCAG_TAGS, ...result }, null, 2),
  );
  return result.violations;
}
