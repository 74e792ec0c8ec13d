import { useEffect } from 'react';

/**
 * Sets a `performance.mark(name)` once the frame showing `deps` has been painted (the next
 * animation frame, then a task after it). The bench reads these marks; they cost nothing else.
 */
export function usePaintMark(name: string, deps: readonly unknown[]): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => performance.mark(name), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what the mark follows
  }, deps);
}
