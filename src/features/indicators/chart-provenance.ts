/**
 * Provenance of the indicator chart and of its table (the chart's text alternative): shared by both
 * so their exports say the same thing. Kept apart from indicator-chart.tsx, which loads with recharts.
 */
import { exportFileName, sourceText, unitName, type ChartProvenance } from '../../components/provenance';
import type { SeriesPoint } from '../../domain/chart-series';
import { formatDate, formatPeriod, formatValue, type Locale } from '../../domain/format';
import { targetFor, type Indicator, type Unit } from '../../domain/indicator';
import { parsePeriod } from '../../domain/period';
import type { ValueNote } from '../../domain/value-note';
import type { MessageKey } from '../../i18n/messages';
import { pick, type Translate } from '../../i18n/use-t';
import type { BenchmarkLine } from './indicator-chart';

/**
 * What an export of the chart (and of its table) says about its numbers. `indicator`, `asOf`,
 * `period` and `benchmarkSet` are optional: without them the file names the title, unit, year and
 * 示例 only; with them it also gives the 口径, the as-of date, the source and the benchmark set.
 */
export interface ChartContext {
  readonly indicator?: Indicator;
  /** The data's as-of date (ISO). */
  readonly asOf?: string;
  /** The view's period key ("2020-06"). */
  readonly period?: string;
  /** The name of the benchmark set the benchmark lines come from. */
  readonly benchmarkSet?: string;
  /** Notes on values (原因 / 措施 / 数据更正): marked on the chart, listed under its table, kept in exports. */
  readonly valueNotes?: readonly ValueNote[];
}

const NOTE_KINDS: Record<ValueNote['kind'], MessageKey> = {
  cause: 'notes.kind.cause',
  measure: 'notes.kind.measure',
  correction: 'notes.kind.correction',
};

/** "原因" / "Cause". */
export function noteKindText(note: Pick<ValueNote, 'kind'>, t: Translate): string {
  return t(NOTE_KINDS[note.kind]);
}

/** "2020年5月 原因：订单延后" — a note as one line of text. */
export function valueNoteLine(note: ValueNote, t: Translate, locale: Locale): string {
  return `${formatPeriod(note.period, locale)} ${noteKindText(note, t)}：${note.text}`;
}

/** The provenance of the indicator chart and of its table, and the file name of both. */
export function indicatorProvenance(
  {
    series,
    unit,
    title,
    benchmarks = [],
    indicator,
    asOf,
    period,
    benchmarkSet,
    valueNotes = [],
  }: ChartContext & {
    series: readonly SeriesPoint[];
    unit: Unit;
    title: string;
    benchmarks?: readonly BenchmarkLine[];
  },
  t: Translate,
  locale: Locale,
): { provenance: ChartProvenance; fileName: string; year: string } {
  const year = parsePeriod(series[0]?.period ?? '')?.year;
  const yearText = year === undefined ? '' : formatPeriod(String(year), locale);
  const periodText = period ? formatPeriod(period, locale) : yearText;
  const sample =
    series.some((p) => p.actual !== null && p.actualSample) ||
    (indicator !== undefined && year !== undefined && targetFor(indicator, year)?.sample === true);
  return {
    year: yearText,
    fileName: exportFileName(t, title, periodText),
    provenance: {
      title: [title, t('detail.chart'), year].filter((x) => x !== undefined).join(' · '),
      unit: unitName(unit, locale),
      period: periodText,
      ...(indicator
        ? { definition: pick(indicator.definition, locale), source: sourceText(indicator.source, locale) }
        : {}),
      ...(asOf ? { asOf: formatDate(asOf, locale) } : {}),
      ...(benchmarks.length > 0 && benchmarkSet ? { benchmarkSet } : {}),
      notes: [
        ...benchmarks.map((b) => `${t('chart.benchmark')}：${b.label} ${formatValue(b.value, unit, locale)}`),
        ...valueNotes.map((n) => `${t('notes.heading')}：${valueNoteLine(n, t, locale)}`),
      ],
      sample,
    },
  };
}
