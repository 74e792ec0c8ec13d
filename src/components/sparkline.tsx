/**
 * A small trend drawn as plain SVG, so the Overview needs no chart library on first load.
 * Decorative: the numbers it draws are given in text beside it.
 */
export function Sparkline({
  values,
  width = 120,
  height = 32,
}: {
  values: readonly number[];
  width?: number;
  height?: number;
}) {
  if (values.length === 0) return null;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const points = values.map(
    (v, i) => `${(i * step).toFixed(1)},${(height - 2 - ((v - min) / span) * (height - 4)).toFixed(1)}`,
  );
  const last = points.at(-1)?.split(',') ?? ['0', '0'];
  return (
    <svg
      className="sparkline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      focusable="false"
    >
      {values.length > 1 ? (
        <polyline points={points.join(' ')} fill="none" stroke="currentColor" strokeWidth="2" />
      ) : null}
      <circle cx={last[0]} cy={last[1]} r="3" fill="currentColor" />
    </svg>
  );
}
