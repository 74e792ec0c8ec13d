// Switching the Overview's period (header select 统计期) back and forth between two periods whose data
// is already in the query cache: from the key press to the next paint after the heading changed.
import { withFreshPage, withTimeout } from './browser.mjs';
import { summarise } from './metrics.mjs';
import { installObservers } from './observers.mjs';
import { CHART_MARK } from './page-load.mjs';

const PERIOD_LABEL = '统计期';

/**
 * In-page clock for each switch: starts at the key press (the keydown's hardware timestamp, so input
 * delay counts), stops in a task queued from the first animation frame after the page heading shows
 * the new period, i.e. just after that frame was painted (the same rule as the paint marks).
 */
function installSwitchClock() {
  const waiters = [];
  const state = {
    keyAt: null,
    pending: null,
    results: [],
    /** Resolves once `n` switches have been measured (no polling while the page works). */
    waitFor: (n) => new Promise((resolve) => (state.results.length >= n ? resolve() : waiters.push([n, resolve]))),
  };
  window.__switch = state;
  const heading = () => document.querySelector('main h1')?.textContent ?? '';
  document.addEventListener('keydown', (e) => (state.keyAt = e.timeStamp), true);
  document.addEventListener(
    'input',
    (e) => {
      if (!(e.target instanceof HTMLSelectElement)) return;
      const keyed = state.keyAt !== null && e.timeStamp - state.keyAt < 1000;
      state.pending = { startAt: keyed ? state.keyAt : e.timeStamp, inputAt: e.timeStamp, from: heading() };
    },
    true,
  );
  new MutationObserver(() => {
    const p = state.pending;
    if (!p || p.changedAt !== undefined || heading() === p.from) return;
    p.changedAt = performance.now();
    p.to = heading();
    requestAnimationFrame((frameAt) => {
      p.frameAt = frameAt;
      setTimeout(() => {
        p.paintedAt = performance.now();
        state.results.push(p);
        state.pending = null;
        for (const [n, resolve] of waiters) if (state.results.length >= n) resolve();
      }, 0);
    });
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
}

async function switchOnce(page, select, key, expectedCount) {
  await select.focus();
  await page.keyboard.press(key);
  await withTimeout(
    page.evaluate((n) => window.__switch.waitFor(n), expectedCount),
    15_000,
    `period switch ${key}: the heading did not change`,
  );
}

/**
 * One fresh page at `cpuRate`× CPU: load the Overview, switch to a second period once (its data is
 * fetched), then `switches` times between the two, both cached. Reports each cached switch.
 */
export async function measurePeriodSwitch(launchContext, url, { switches = 6, cpuRate = 1, log } = {}) {
  return withFreshPage(launchContext, { cpuRate }, async (page) => {
    await page.addInitScript(installObservers);
    let summaryRequests = 0;
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/api/summary')) summaryRequests++;
    });
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.evaluate(([name]) => window.__bench.waitForMark(name, 30_000), [CHART_MARK]);
    await page.evaluate(installSwitchClock);
    const select = page.getByLabel(PERIOD_LABEL, { exact: true });
    const { index, count } = await select.evaluate((el) => ({ index: el.selectedIndex, count: el.options.length }));
    if (count < 2) throw new Error('the period select has fewer than two periods');
    // On Linux, arrow keys on a closed <select> change its value directly (input + change events).
    const away = index < count - 1 ? 'ArrowDown' : 'ArrowUp';
    const back = away === 'ArrowDown' ? 'ArrowUp' : 'ArrowDown';
    await switchOnce(page, select, away, 1);
    // Let the second period's data arrive and render, so both periods are cached from here on.
    await page.waitForSelector('.card-grid', { timeout: 15_000 });
    await page.waitForTimeout(1000);
    const requestsBefore = summaryRequests;
    for (let i = 0; i < switches; i++) {
      await switchOnce(page, select, i % 2 === 0 ? back : away, i + 2);
      await page.waitForTimeout(500);
    }
    const { results, events } = await page.evaluate(() => ({
      results: window.__switch.results,
      events: window.__bench.record.events,
    }));
    const cached = results.slice(1).map((r) => {
      // Event Timing: the longest event entry of this interaction (keydown, input, keyup).
      const own = events.filter((e) => e.startTime >= r.startAt - 1 && e.startTime <= r.paintedAt);
      return {
        from: r.from,
        to: r.to,
        inPage: r.paintedAt - r.startAt,
        inputDelayToHeading: r.changedAt - r.startAt,
        eventTiming: own.length ? Math.max(...own.map((e) => e.duration)) : null,
        eventNames: own.map((e) => `${e.name} ${e.duration}`),
      };
    });
    for (const [i, c] of cached.entries()) {
      log?.(
        `  switch ${i + 1}/${switches}: ${c.inPage.toFixed(1)} ms in page, event timing ${c.eventTiming ?? '< 16'} ms`,
      );
    }
    return {
      url,
      cpuRate,
      switches,
      apiRequestsDuringCachedSwitches: summaryRequests - requestsBefore,
      figures: {
        inPage: summarise(cached.map((c) => c.inPage)),
        // Entries under 16 ms are not reported at all: those switches count as 16 ms here (an upper bound).
        eventTiming: summarise(cached.map((c) => c.eventTiming ?? 16)),
        eventTimingReported: cached.filter((c) => c.eventTiming !== null).length,
      },
      uncached: results[0] ? results[0].paintedAt - results[0].startAt : null,
      cached,
    };
  });
}
