/**
 * Provenance of an exported chart or table: where its numbers come from, said in the file itself
 * (the footer of a chart image, the rows below an exported table). Built by the features from the
 * data they already show; turned into sentences here, in the interface's language.
 */
import type { Locale } from '../domain/format';
import { formatDate } from '../domain/format';
import type { Source, Unit } from '../domain/indicator';
import type { LegendEntry } from '../export/types';
import type { Translate } from '../i18n/use-t';
// The export and provenance messages: registered on import, before anything here renders.
import '../i18n/messages-export';

export interface Provenance {
  /** What the chart or table shows ("外贸进出口 · 完成情况走势 · 2020"). */
  readonly title: string;
  /** The unit of its values, when they share one. */
  readonly unit?: string;
  /** The period shown, formatted ("2020年6月", "2020年1-6月"). */
  readonly period?: string;
  /** 口径: the indicator's definition. */
  readonly definition?: string;
  /** The data's as-of date, formatted. */
  readonly asOf?: string;
  /** The benchmark set compared with, when the chart or table shows one. */
  readonly benchmarkSet?: string;
  /** The source, formatted ("南通百姓网《…》2020年4月27日"). */
  readonly source?: string;
  /** True when any value shown is a sample (示例): the file says so. */
  readonly sample?: boolean;
  /** Further lines, as written ("标杆线：昆山周庄镇 2019 12.3亿元"). */
  readonly notes?: readonly string[];
}

/** A chart's provenance, with its legend when the chart draws it outside its SVG. */
export interface ChartProvenance extends Provenance {
  readonly legend?: readonly LegendEntry[];
}

const EN_UNITS: Record<Unit, string> = {
  个: 'count',
  家: 'firms',
  名: 'people',
  项: 'items',
  亿元: '100 million yuan',
  万元: '10,000 yuan',
  '%': '%',
  公顷: 'hectares',
  公里: 'km',
  位: 'rank',
};

/** A unit as the reader's language names it: 亿元 in Chinese, "100 million yuan" in English. */
export function unitName(unit: Unit, locale: Locale): string {
  return locale === 'en' ? EN_UNITS[unit] : unit;
}

/** "南通百姓网《白蒲镇2020年工作要点》2020年4月27日". */
export function sourceText(source: Source, locale: Locale): string {
  const title = source.publisher ? `${source.publisher}《${source.title}》` : source.title;
  return source.date ? `${title} ${formatDate(source.date, locale)}` : title;
}

/** The provenance as sentences, one per line, without the title. */
export function provenanceLines(p: Provenance, t: Translate): string[] {
  const lines: string[] = [];
  if (p.unit) lines.push(t('prov.unit', { unit: p.unit }));
  if (p.period) lines.push(t('prov.period', { period: p.period }));
  if (p.definition) lines.push(t('prov.definition', { text: p.definition }));
  if (p.asOf) lines.push(t('prov.asOf', { date: p.asOf }));
  if (p.benchmarkSet) lines.push(t('prov.set', { set: p.benchmarkSet }));
  if (p.source) lines.push(t('prov.source', { source: p.source }));
  for (const note of p.notes ?? []) lines.push(note);
  if (p.sample) lines.push(t('sample.title'));
  return lines;
}

/** The lines below an exported table: its title first, then the provenance. */
export function tableProvenance(p: Provenance, t: Translate): string[] {
  return [p.title, ...provenanceLines(p, t)];
}

/** A header with its unit: "完成（亿元）" / "Actual (100 million yuan)". */
export function withUnit(header: string, unit: string, t: Translate): string {
  return t('export.withUnit', { header, unit });
}

/** A file name from its parts, the town first: "白蒲镇-外贸进出口-2020年6月" (extension added on saving). */
export function exportFileName(t: Translate, ...parts: (string | undefined | null | false)[]): string {
  return [t('export.town'), ...parts].filter((p): p is string => typeof p === 'string' && p.trim() !== '').join('-');
}
