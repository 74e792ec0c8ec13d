// What the bench records inside the page. `installObservers` is serialised by Playwright and run
// before any of the page's own scripts (addInitScript), so buffered and early entries are all seen.

export function installObservers() {
  const record = { lcp: [], longTasks: [], shifts: [], events: [], unsupported: [] };
  const waiters = new Map();
  const describe = (el) =>
    el
      ? `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} "${(el.textContent ?? '').trim().slice(0, 24)}"`
      : null;
  const observe = (type, onEntry, extra = {}) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({ type, buffered: true, ...extra });
    } catch {
      record.unsupported.push(type);
    }
  };
  observe('largest-contentful-paint', (e) =>
    record.lcp.push({ startTime: e.startTime, size: e.size, element: describe(e.element) }),
  );
  observe('longtask', (e) => record.longTasks.push({ startTime: e.startTime, duration: e.duration }));
  observe('layout-shift', (e) =>
    record.shifts.push({ startTime: e.startTime, value: e.value, hadRecentInput: e.hadRecentInput }),
  );
  const onEvent = (e) =>
    record.events.push({
      name: e.name,
      entryType: e.entryType,
      startTime: e.startTime,
      duration: e.duration,
      processingStart: e.processingStart,
      processingEnd: e.processingEnd,
      interactionId: e.interactionId ?? 0,
    });
  // 16 ms is the smallest threshold the Event Timing API allows; quicker events are not reported.
  observe('event', onEvent, { durationThreshold: 16 });
  observe('first-input', onEvent);
  observe('mark', (e) => {
    for (const resolve of waiters.get(e.name) ?? []) resolve(e.startTime);
    waiters.delete(e.name);
  });
  window.__bench = {
    record,
    /** Resolves with the mark's time, or null after `timeoutMs` (a missing mark must not hang the bench). */
    waitForMark(name, timeoutMs) {
      const [entry] = performance.getEntriesByName(name, 'mark');
      if (entry) return Promise.resolve(entry.startTime);
      return new Promise((resolve) => {
        waiters.set(name, [...(waiters.get(name) ?? []), resolve]);
        setTimeout(() => resolve(null), timeoutMs);
      });
    },
  };
}
