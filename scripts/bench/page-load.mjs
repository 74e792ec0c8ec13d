// Page load of a built page in a fresh browser: LCP, TBT, CLS, FCP and the chart mark.
import { withFreshPage } from './browser.mjs';
import { cumulativeLayoutShift, largestContentfulPaint, summarise, totalBlockingTime } from './metrics.mjs';
import { installObservers } from './observers.mjs';

export const CHART_MARK = 'overview:charts-drawn';
const MARK_TIMEOUT_MS = 30_000;

/**
 * One load of `url`. The page counts as quiet `quietMs` after the later of the load event and the
 * chart mark; long tasks, shifts and LCP candidates are counted from navigation start up to then.
 */
async function loadOnce(page, url, quietMs) {
  await page.addInitScript(installObservers);
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  const chartAt = await page.evaluate(
    ([name, timeout]) => window.__bench.waitForMark(name, timeout),
    [CHART_MARK, MARK_TIMEOUT_MS],
  );
  const loadAt = await page.evaluate(() => performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? 0);
  const end = Math.max(loadAt, chartAt ?? 0) + quietMs;
  await page.evaluate(
    (until) => new Promise((resolve) => setTimeout(resolve, Math.max(0, until - performance.now()))),
    end,
  );
  const raw = await page.evaluate(() => ({
    record: window.__bench.record,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    appRendered: performance.getEntriesByName('app:rendered', 'mark')[0]?.startTime ?? null,
    domContentLoaded: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? null,
  }));
  const lcp = largestContentfulPaint(raw.record.lcp, end);
  return {
    lcp: lcp?.startTime ?? null,
    lcpElement: lcp?.element ?? null,
    fcp: raw.fcp,
    tbt: totalBlockingTime(raw.record.longTasks, end),
    longTasks: raw.record.longTasks.filter((t) => t.startTime < end).length,
    // Where TBT comes from: [start, duration] of each long task, in ms.
    longTaskList: raw.record.longTasks
      .filter((t) => t.startTime < end)
      .map((t) => [Math.round(t.startTime), Math.round(t.duration)]),
    cls: cumulativeLayoutShift(raw.record.shifts, end),
    chartsDrawn: chartAt,
    appRendered: raw.appRendered,
    domContentLoaded: raw.domContentLoaded,
    load: loadAt,
    unsupported: raw.record.unsupported,
  };
}

const FIGURES = ['lcp', 'fcp', 'tbt', 'cls', 'chartsDrawn', 'appRendered', 'domContentLoaded', 'load', 'longTasks'];

/**
 * `runs` fresh loads of each page in `pages` ({ name: url }) at `cpuRate`× CPU slowdown, taken in turn
 * (A, B, A, B, …) so that a noisy spell on this shared machine falls on both pages rather than one;
 * per page, each figure's median, min and max.
 */
export async function measurePageLoads(launchContext, pages, { runs = 5, cpuRate = 4, quietMs = 5000, log } = {}) {
  const loads = Object.fromEntries(Object.keys(pages).map((name) => [name, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, url] of Object.entries(pages)) {
      const load = await withFreshPage(launchContext, { cpuRate }, (page) => loadOnce(page, url, quietMs));
      log?.(
        `  ${name} ${i + 1}/${runs}: LCP ${load.lcp?.toFixed(0) ?? '—'} ms, TBT ${load.tbt.toFixed(0)} ms, charts ${load.chartsDrawn?.toFixed(0) ?? 'missing'} ms`,
      );
      loads[name].push(load);
    }
  }
  return Object.fromEntries(
    Object.entries(pages).map(([name, url]) => {
      const own = loads[name];
      const figures = Object.fromEntries(FIGURES.map((key) => [key, summarise(own.map((l) => l[key]))]));
      return [name, { url, cpuRate, runs, quietMs, figures, lcpElements: own.map((l) => l.lcpElement), loads: own }];
    }),
  );
}
