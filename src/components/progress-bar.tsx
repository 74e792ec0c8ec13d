import { formatPct, type Locale } from '../domain/format';

/**
 * Completion against the target with a marker where 序时进度 stands; the numbers are also given
 * as text (the bar itself is a meter for assistive technology).
 */
export function ProgressBar({
  completionPct,
  expectedPct,
  label,
  locale,
}: {
  completionPct: number | null;
  expectedPct: number | null;
  label: string;
  locale: Locale;
}) {
  if (completionPct === null) return null;
  const width = Math.max(0, Math.min(100, completionPct));
  const marker = expectedPct === null ? null : Math.max(0, Math.min(100, expectedPct));
  return (
    <div
      className="progress"
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(width)}
      aria-valuetext={formatPct(completionPct, locale)}
    >
      <div className="progress-fill" style={{ width: `${width}%` }} />
      {marker === null ? null : <div className="progress-marker" style={{ left: `${marker}%` }} />}
    </div>
  );
}
