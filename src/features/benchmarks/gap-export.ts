/**
 * What the 对标 page's charts and tables export: their provenance (period, the set's as-of date,
 * the set and its first member, the members' sources, 示例) and the tables as rows of numbers.
 */
import {
  exportFileName,
  sourceText,
  tableProvenance,
  unitName,
  withUnit,
  type Provenance,
} from '../../components/provenance';
import type { GapsResponse, IndicatorGaps } from '../../domain/benchmark-contract';
import { formatCumulativeSpan, formatDate, formatPeriod, type Locale } from '../../domain/format';
import type { TableModel } from '../../domain/spreadsheet-cell';
import { pick, type Translate } from '../../i18n/use-t';

/** At most this many sources are named one by one; more are summarised with "…". */
const SOURCES_NAMED = 4;

/** Provenance shared by everything of the page compared with the set's first member. */
export function gapsProvenance(data: GapsResponse, title: string, t: Translate, locale: Locale): Provenance {
  const first = data.set.members[0];
  const cards = data.items.flatMap((i) => (i.cards[0] ? [i.cards[0]] : []));
  const sources = [...new Set(cards.map((c) => sourceText(c.theirs.source, locale)))];
  const set = pick(data.set.name, locale);
  return {
    title,
    period: formatPeriod(data.period, locale),
    asOf: formatDate(data.set.asOf, locale),
    benchmarkSet: first ? `${set} · ${pick(first.name, locale)}` : set,
    ...(sources.length > 0
      ? {
          source: `${sources.slice(0, SOURCES_NAMED).join(locale === 'en' ? '; ' : '；')}${sources.length > SOURCES_NAMED ? '…' : ''}`,
        }
      : {}),
    sample: cards.some((c) => c.ours.sample || c.theirs.sample),
  };
}

/** The file name of an export of the page: "白蒲镇-对标-苏南标杆镇-…-2020年6月". */
export function gapsFileName(data: GapsResponse, what: string, t: Translate, locale: Locale): string {
  return exportFileName(t, what, pick(data.set.name, locale), formatPeriod(data.period, locale));
}

/** The gap table as exported: ours and theirs with their years, the gap in %, standing, 示例, source. */
export function gapTableModel(
  items: readonly IndicatorGaps[],
  provenance: Provenance,
  t: Translate,
  locale: Locale,
): TableModel {
  return {
    title: provenance.title,
    columns: [
      { header: t('indicators.col.name'), kind: 'text' },
      { header: t('detail.unit'), kind: 'text' },
      { header: t('bench.ours'), kind: 'number' },
      { header: withUnit(t('bench.ours'), t('bench.period'), t), kind: 'text' },
      { header: t('bench.theirs'), kind: 'number' },
      { header: withUnit(t('bench.theirs'), t('export.year'), t), kind: 'number' },
      { header: withUnit(t('bench.gapPct'), '%', t), kind: 'number' },
      { header: t('bench.standing'), kind: 'text' },
      { header: t('sample.tag'), kind: 'text' },
      { header: t('source.label'), kind: 'text' },
    ],
    rows: items.flatMap(({ indicator, cards }) => {
      const card = cards[0];
      if (!card) return [];
      const { ours, theirs, size } = card;
      return [
        [
          pick(indicator.name, locale),
          unitName(indicator.unit, locale),
          ours.value,
          ours.partialYear ? formatCumulativeSpan(ours.period, locale) : String(ours.year),
          theirs.value,
          theirs.sourceYear,
          // Signed as the chart draws it: negative when behind.
          size.pctOfTheirs === null ? null : Math.round(-size.pctOfTheirs * 100) / 100,
          t(`bench.${size.standing}`),
          ours.sample || theirs.sample ? t('sample.tag') : '',
          sourceText(theirs.source, locale),
        ],
      ];
    }),
    provenance: tableProvenance({ ...provenance, definition: t('bench.gapDefinition') }, t),
  };
}

/** The ranking as exported: place, how many are ranked, the change in text and in words. */
export function rankTableModel(
  items: readonly IndicatorGaps[],
  provenance: Provenance,
  t: Translate,
  locale: Locale,
): TableModel {
  return {
    title: provenance.title,
    columns: [
      { header: t('indicators.col.name'), kind: 'text' },
      { header: t('bench.rankPlace'), kind: 'number' },
      { header: t('bench.rankOf'), kind: 'number' },
      { header: t('bench.rankChange'), kind: 'text' },
      { header: t('bench.ranking'), kind: 'text' },
    ],
    rows: items.flatMap(({ indicator, rank }) =>
      rank
        ? [[pick(indicator.name, locale), rank.rank, rank.of, pick(rank.text, locale), pick(rank.words, locale)]]
        : [],
    ),
    provenance: tableProvenance(provenance, t),
  };
}
