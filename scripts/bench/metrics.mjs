// Turning recorded entries into the figures the bench reports.

/** Total blocking time: the part of each long task beyond 50 ms, for tasks that start before `end`. */
export function totalBlockingTime(longTasks, end) {
  return longTasks.filter((t) => t.startTime < end).reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
}

/**
 * Cumulative layout shift as Chromium defines it: the largest session window of shifts not caused by
 * input (shifts less than 1 s apart, a window at most 5 s long).
 */
export function cumulativeLayoutShift(shifts, end) {
  let best = 0;
  let window = 0;
  let first = 0;
  let last = 0;
  for (const s of shifts.filter((x) => !x.hadRecentInput && x.startTime < end)) {
    if (window > 0 && s.startTime - last < 1000 && s.startTime - first < 5000) {
      window += s.value;
    } else {
      window = s.value;
      first = s.startTime;
    }
    last = s.startTime;
    best = Math.max(best, window);
  }
  return best;
}

/** The last LCP candidate before `end` (later candidates replace earlier ones). */
export function largestContentfulPaint(lcp, end) {
  return lcp.filter((e) => e.startTime < end).at(-1) ?? null;
}

export function median(values) {
  const xs = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

/** Median, min and max of one figure across runs (nulls, i.e. missing figures, are left out). */
export function summarise(values) {
  const xs = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  return {
    median: median(xs),
    min: xs.length ? Math.min(...xs) : null,
    max: xs.length ? Math.max(...xs) : null,
    runs: values,
  };
}
