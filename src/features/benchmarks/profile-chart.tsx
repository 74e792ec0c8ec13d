import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from 'recharts';
import { useRef } from 'react';
import { chartSurface, ExportMenu, type ChartProvenance } from '../../components/export-menu';
import { useT } from '../../i18n/use-t';

/** One spoke of the profile: our value as a share of the benchmark's (benchmark = 100). */
export interface ProfilePoint {
  readonly name: string;
  readonly ours: number;
}

/** Values beyond this are drawn at the rim, so one huge lead does not flatten every other spoke. */
export const PROFILE_CAP = 200;

/**
 * Our profile against one benchmark, normalised so the benchmark is a regular polygon at 100.
 * Presentational; the gap table beside it holds the same numbers as text.
 */
export default function ProfileChart({
  points,
  member,
  provenance,
  fileName,
}: {
  points: readonly ProfilePoint[];
  member: string;
  /** What the exported image says about its numbers. */
  provenance: ChartProvenance;
  fileName: string;
}) {
  const t = useT();
  const figure = useRef<HTMLElement>(null);
  const data = points.map((p) => ({ ...p, theirs: 100, drawn: Math.min(p.ours, PROFILE_CAP) }));
  return (
    <figure className="chart" aria-label={`${t('bench.profile')}: ${member}`} ref={figure}>
      <div className="export-tools">
        <ExportMenu
          kind="chart"
          target={() => chartSurface(figure.current)}
          provenance={provenance}
          fileName={fileName}
        />
      </div>
      <ResponsiveContainer width="100%" height={340} initialDimension={{ width: 600, height: 340 }}>
        <RadarChart data={data} outerRadius="70%" accessibilityLayer={false}>
          <PolarGrid stroke="var(--chart-grid)" />
          <PolarAngleAxis dataKey="name" tick={{ fill: 'var(--text)', fontSize: 12 }} />
          <PolarRadiusAxis angle={90} domain={[0, PROFILE_CAP]} tick={{ fill: 'var(--text-muted)', fontSize: 11 }} />
          <Radar
            name={member}
            dataKey="theirs"
            stroke="var(--chart-pace)"
            fill="var(--chart-pace)"
            fillOpacity={0.1}
            strokeDasharray="4 3"
            isAnimationActive={false}
          />
          <Radar
            name={t('bench.ours')}
            dataKey="drawn"
            stroke="var(--chart-actual)"
            fill="var(--chart-actual)"
            fillOpacity={0.25}
            isAnimationActive={false}
          />
          <Legend />
        </RadarChart>
      </ResponsiveContainer>
    </figure>
  );
}
