/**
 * The timeline (a Gantt-like chart): tasks as rows spanning start → end, milestones as markers at
 * their due dates, a vertical line at the view's as-of date ("today").
 *
 * Plain SVG rather than recharts, on purpose: recharts has no Gantt or range-bar-with-markers chart,
 * and faking one (stacked bars with a transparent offset plus a Scatter on a category axis, one
 * custom shape per state) fights its layout and tooltips for little gain. A hand-drawn SVG of a
 * hundred lines gives exact shapes per state (the same as the badges, so state is never colour
 * alone), a stable row height for many tasks, and keeps the 行动 page out of the recharts chunk.
 * The table beside it (TimelineTable) is the text alternative; the SVG is one labelled image.
 */
import { useRef, type ReactElement } from 'react';
import { chartSurface, ExportMenu } from '../../components/export-menu';
import { formatDate } from '../../domain/format';
import { MILESTONE_STATE_LABELS } from '../../i18n/labels';
import { pick, useLocale, useT } from '../../i18n/use-t';
import { timelineFileName, timelineProvenance } from './timeline-export';
import {
  LIGHT_SHAPES,
  LIGHTS,
  lightOf,
  monthStarts,
  position,
  timelineRange,
  type Light,
  type TimelineRow,
} from './timeline-model';

const WIDTH = 1000;
const LABEL = 300;
const RIGHT = 24;
const TOP = 48;
const ROW = 34;
const PLOT = WIDTH - LABEL - RIGHT;

const FILL: Record<Light, string> = {
  overdue: 'var(--red)',
  'due-soon': 'var(--blue)',
  done: 'var(--green)',
  'done-late': 'var(--amber)',
  open: 'var(--surface)',
};

/** The colour of each light's key in the exported legend (the legend on screen is HTML). */
const LEGEND_COLOUR: Record<Light, string> = {
  overdue: 'var(--red)',
  'due-soon': 'var(--blue)',
  done: 'var(--green)',
  'done-late': 'var(--amber)',
  open: 'var(--grey)',
};

export function TimelineChart({
  rows,
  asOf,
  period,
}: {
  rows: readonly TimelineRow[];
  asOf: string;
  /** The view's period key, said in the export. */
  period?: string;
}) {
  const t = useT();
  const locale = useLocale();
  const figure = useRef<HTMLElement>(null);
  const { from, to } = timelineRange(rows, asOf);
  const x = (date: string) => LABEL + position(date, from, to) * PLOT;
  const height = TOP + rows.length * ROW + 8;
  const months = monthStarts(from, to);
  const every = Math.ceil(months.length / 12);
  const monthLabel = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { month: 'short', timeZone: 'UTC' });
  const yearMonthLabel = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', {
    year: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  const utc = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  const milestoneCount = rows.reduce((n, r) => n + r.milestones.length, 0);
  const today = x(asOf);

  const provenance = {
    ...timelineProvenance(rows, asOf, period, t, locale),
    legend: [
      ...LIGHTS.map((light) => ({
        label: t(`actions.light.${light}`),
        color: LEGEND_COLOUR[light],
        symbol: LIGHT_SHAPES[light],
      })),
      { label: t('actions.timeline.spanLegend'), color: '#9aa1ab', symbol: '▬' },
      { label: t('actions.timeline.todayLegend'), color: 'var(--accent)', symbol: '┆' },
    ],
  };
  return (
    <figure className="timeline" ref={figure}>
      <div className="export-tools">
        <ExportMenu
          kind="chart"
          target={() => chartSurface(figure.current)}
          provenance={provenance}
          fileName={timelineFileName(asOf, t, locale)}
        />
      </div>
      <div className="timeline-scroll">
        <svg
          viewBox={`0 0 ${WIDTH} ${height}`}
          role="img"
          aria-label={t('actions.timeline.image', {
            tasks: rows.length,
            milestones: milestoneCount,
            date: formatDate(asOf, locale),
          })}
        >
          {months.map((m, i) => (
            <g key={m} className="timeline-month">
              <line x1={x(m)} x2={x(m)} y1={TOP - 14} y2={height} />
              {i % every === 0 ? (
                <text x={x(m) + 3} y={16}>
                  {(i === 0 || m.slice(5, 7) === '01' ? yearMonthLabel : monthLabel).format(utc(m))}
                </text>
              ) : null}
            </g>
          ))}
          {rows.map((row, i) => {
            const mid = TOP + i * ROW + ROW / 2;
            const name = pick(row.task.name, locale);
            return (
              <g key={row.task.id} className="timeline-row">
                {i % 2 === 0 ? (
                  <rect className="timeline-band" x={0} y={mid - ROW / 2} width={WIDTH} height={ROW} />
                ) : null}
                <text className="timeline-label" x={LABEL - 10} y={mid + 5}>
                  <title>{name}</title>
                  {truncate(name, 19)}
                </text>
                <rect
                  className="timeline-span"
                  x={x(row.start)}
                  y={mid - 5}
                  width={Math.max(2, x(row.end) - x(row.start))}
                  height={10}
                  rx={5}
                />
                {row.milestones.map((m) => {
                  const light = lightOf(m);
                  return (
                    <g key={m.milestone.id} className={`timeline-marker timeline-${light}`}>
                      <title>
                        {pick(m.milestone.name, locale)} · {formatDate(m.milestone.due, locale)} ·{' '}
                        {light === 'due-soon'
                          ? t('actions.light.due-soon')
                          : pick(MILESTONE_STATE_LABELS[m.state], locale)}
                      </title>
                      <Marker light={light} cx={x(m.milestone.due)} cy={mid} />
                    </g>
                  );
                })}
              </g>
            );
          })}
          <g className="timeline-today">
            <line x1={today} x2={today} y1={TOP - 18} y2={height} />
            <text x={today} y={34} textAnchor={today > WIDTH - 160 ? 'end' : today < LABEL + 160 ? 'start' : 'middle'}>
              {t('actions.timeline.today', { date: formatDate(asOf, locale) })}
            </text>
          </g>
        </svg>
      </div>
      <figcaption>
        <ul className="timeline-legend" aria-label={t('actions.timeline.legend')}>
          {LIGHTS.map((light) => (
            <li key={light} className={`legend-${light}`}>
              <span aria-hidden="true" className="legend-shape">
                {LIGHT_SHAPES[light]}
              </span>
              {t(`actions.light.${light}`)}
            </li>
          ))}
          <li className="legend-span">
            <span aria-hidden="true" className="legend-bar" />
            {t('actions.timeline.spanLegend')}
          </li>
          <li className="legend-today">
            <span aria-hidden="true" className="legend-line" />
            {t('actions.timeline.todayLegend')}
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}

/** The marker of a light: the shape the badge uses, filled in the light's colour (open is hollow). */
function Marker({ light, cx, cy }: { light: Light; cx: number; cy: number }): ReactElement {
  const r = 8;
  const style = { fill: FILL[light] };
  switch (light) {
    case 'overdue':
      return <rect x={cx - r + 1} y={cy - r + 1} width={2 * r - 2} height={2 * r - 2} style={style} />;
    case 'due-soon':
      return <polygon points={`${cx},${cy - r} ${cx + r},${cy} ${cx},${cy + r} ${cx - r},${cy}`} style={style} />;
    case 'done-late':
      return <polygon points={`${cx},${cy - r} ${cx + r},${cy + r - 1} ${cx - r},${cy + r - 1}`} style={style} />;
    default:
      return <circle cx={cx} cy={cy} r={r - 1} style={style} />;
  }
}

/**
 * Cuts a name to about `max` wide characters, with an ellipsis. Latin letters count about half;
 * CJK characters and the punctuation CJK fonts draw full width (“”、，：) count one.
 */
function truncate(text: string, max: number): string {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    width += text.charCodeAt(i) >= 0x2000 ? 1 : 0.55;
    if (width > max) return `${text.slice(0, i)}…`;
  }
  return text;
}
