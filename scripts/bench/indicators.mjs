// The Indicators table on 1,000 indicators: from parsed data to painted rows, and the page's DOM size.
import { withFreshPage } from './browser.mjs';
import { summarise } from './metrics.mjs';
import { installObservers } from './observers.mjs';

const DATA_MARK = 'indicators:data';
const PAINTED_MARK = 'indicators:painted';
const MARK_TIMEOUT_MS = 30_000;
/** Time for late work (measuring rows, a second virtualiser pass) before the DOM is counted. */
const SETTLE_MS = 1000;

async function loadOnce(page, url) {
  await page.addInitScript(installObservers);
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  const paintedAt = await page.evaluate(
    ([name, timeout]) => window.__bench.waitForMark(name, timeout),
    [PAINTED_MARK, MARK_TIMEOUT_MS],
  );
  // Without the marks (an older build), still count the DOM once rows are there.
  if (paintedAt === null) await page.waitForSelector('tbody tr', { timeout: MARK_TIMEOUT_MS }).catch(() => {});
  await page.waitForTimeout(SETTLE_MS);
  return page.evaluate(
    ([dataName, paintedName]) => {
      const times = (name) => performance.getEntriesByName(name, 'mark').map((m) => m.startTime);
      const data = times(dataName);
      const painted = times(paintedName);
      // The first rows painted after the first data: the list as a visitor first sees it.
      const firstData = data[0] ?? null;
      const firstPainted = firstData === null ? null : (painted.find((t) => t >= firstData) ?? null);
      return {
        dataToPainted: firstData !== null && firstPainted !== null ? firstPainted - firstData : null,
        dataMarks: data,
        paintedMarks: painted,
        domElements: document.getElementsByTagName('*').length,
        rowsInDom: document.querySelectorAll('tbody tr:not(.spacer-row)').length,
        // Long tasks between the two marks: where the time goes, for whoever works on the table.
        longTasksBetween: window.__bench.record.longTasks
          .filter(
            (t) =>
              firstData !== null &&
              firstPainted !== null &&
              t.startTime + t.duration > firstData &&
              t.startTime < firstPainted,
          )
          .map((t) => Math.round(t.duration)),
        rowCount: Number(document.querySelector('table[aria-rowcount]')?.getAttribute('aria-rowcount') ?? 0) - 1,
      };
    },
    [DATA_MARK, PAINTED_MARK],
  );
}

/** `runs` fresh loads of the Indicators page of the 1,000-indicator build, at `cpuRate`× CPU. */
export async function measureIndicators(launchContext, url, { runs = 5, cpuRate = 1, log } = {}) {
  const loads = [];
  for (let i = 0; i < runs; i++) {
    const load = await withFreshPage(launchContext, { cpuRate }, (page) => loadOnce(page, url));
    log?.(
      `  load ${i + 1}/${runs}: data→painted ${load.dataToPainted?.toFixed(1) ?? 'no marks'} ms, ${load.domElements} elements, ${load.rowsInDom} rows drawn, long tasks between marks [${load.longTasksBetween.join(', ')}] ms`,
    );
    loads.push(load);
  }
  return {
    url,
    cpuRate,
    runs,
    marksPresent: loads.every((l) => l.dataToPainted !== null),
    figures: {
      dataToPainted: summarise(loads.map((l) => l.dataToPainted)),
      domElements: summarise(loads.map((l) => l.domElements)),
      rowsInDom: summarise(loads.map((l) => l.rowsInDom)),
    },
    loads,
  };
}
