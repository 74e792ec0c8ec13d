/**
 * What the 项目 page's charts and tables export: their provenance (period, the ledger's as-of
 * date, the projects' sources, 示例) and the tables as rows of numbers.
 */
import {
  exportFileName,
  sourceText,
  tableProvenance,
  unitName,
  withUnit,
  type Provenance,
} from '../../components/provenance';
import { formatDate, formatPeriod, type Locale } from '../../domain/format';
import type { ProjectListResponse, ProjectSummary } from '../../domain/project-contract';
import type { TableModel } from '../../domain/spreadsheet-cell';
import { INDUSTRY_LABELS } from '../../i18n/labels';
import { pick, type Translate } from '../../i18n/use-t';
import { parkName, stageDate, stageName } from './project-text';

const SOURCES_NAMED = 3;

/** Provenance of the ledger's charts and tables, from the projects the response holds. */
export function ledgerProvenance(
  data: ProjectListResponse,
  title: string,
  t: Translate,
  locale: Locale,
  extra: Partial<Provenance> = {},
): Provenance {
  const sources = [...new Set(data.items.map(({ project }) => sourceText(project.source, locale)))];
  return {
    title,
    period: formatPeriod(data.period, locale),
    asOf: formatDate(data.asOf, locale),
    ...(sources.length > 0
      ? {
          source: `${sources.slice(0, SOURCES_NAMED).join(locale === 'en' ? '; ' : '；')}${sources.length > SOURCES_NAMED ? '…' : ''}`,
        }
      : {}),
    sample: data.items.some(({ project }) => project.sample),
    ...extra,
  };
}

/** "白蒲镇-项目台账-项目清单-2020年6月". */
export function ledgerFileName(data: ProjectListResponse, what: string, t: Translate, locale: Locale): string {
  return exportFileName(t, t('projects.heading'), what, formatPeriod(data.period, locale));
}

/** The project list as exported: every project shown, investment in 亿元 as a number. */
export function projectTableModel(
  items: readonly ProjectSummary[],
  provenance: Provenance,
  t: Translate,
  locale: Locale,
): TableModel {
  return {
    title: provenance.title,
    columns: [
      { header: t('projects.col.name'), kind: 'text' },
      { header: t('projects.col.industry'), kind: 'text' },
      { header: t('projects.col.park'), kind: 'text' },
      { header: withUnit(t('projects.col.investment'), unitName('亿元', locale), t), kind: 'number' },
      { header: t('projects.col.stage'), kind: 'text' },
      { header: withUnit(t('projects.col.stage'), t('obs.asOf'), t), kind: 'text' },
      { header: t('projects.col.owner'), kind: 'text' },
      { header: t('sample.tag'), kind: 'text' },
      { header: t('source.label'), kind: 'text' },
    ],
    rows: items.map(({ project, stage }) => [
      pick(project.name, locale),
      pick(INDUSTRY_LABELS[project.industry], locale),
      parkName(project.park, locale),
      project.investment,
      stage === null ? t('projects.notSigned') : stageName(stage, locale),
      stage === null ? '' : (stageDate(project, stage, locale) ?? ''),
      `${project.owner.unit} / ${project.owner.person}`,
      project.sample ? t('sample.tag') : '',
      sourceText(project.source, locale),
    ]),
    provenance: tableProvenance({ ...provenance, notes: [t('prov.count', { n: items.length })] }, t),
  };
}
