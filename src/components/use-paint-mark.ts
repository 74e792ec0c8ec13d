import { useEffect } from 'react';

/** Names already marked in this page load, for marks wanted once. */
const markedOnce = new Set<string>();

/**
 * Sets `performance.mark(name)` after the frame that shows what the caller just committed has been
 * painted (the next animation frame runs before that paint; a task queued from it runs after).
 * It marks whenever `subject` changes to a truthy value, or only the first time with `once`.
 * The bench reads these marks (SVG is never an LCP candidate, so charts are timed this way).
 */
export function usePaintMark(name: string, subject: unknown, options: { once?: boolean } = {}): void {
  const once = options.once ?? false;
  useEffect(() => {
    if (!subject || (once && markedOnce.has(name))) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        if (once && markedOnce.has(name)) return;
        markedOnce.add(name);
        performance.mark(name);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [name, subject, once]);
}
