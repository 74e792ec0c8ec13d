import { formatDate, formatValue, type Locale } from '../../domain/format';
import type { Park, Project, ProjectStage } from '../../domain/project';
import { PARK_LABELS, PROJECT_STAGE_LABELS } from '../../i18n/labels';
import { pick } from '../../i18n/use-t';

/** A park's name, or 园区外 for a project in neither park. */
export function parkName(park: Park | null | 'none', locale: Locale): string {
  return pick(PARK_LABELS[park ?? 'none'], locale);
}

/** A stage's name: 签约, 开工, 竣工验收, 转化投产. */
export function stageName(stage: ProjectStage, locale: Locale): string {
  return pick(PROJECT_STAGE_LABELS[stage], locale);
}

/** Planned investment in 亿元, in the reader's conventions ("3.5亿元" / "CN¥350M"). */
export function investmentText(value: number, locale: Locale): string {
  return formatValue(value, '亿元', locale);
}

/** A count of projects: "7个" / "7 projects". */
export function projectCount(n: number, locale: Locale): string {
  return formatValue(n, '个', locale);
}

/** The date a project reached a stage, formatted, or undefined when it has not. */
export function stageDate(project: Pick<Project, 'stages'>, stage: ProjectStage, locale: Locale): string | undefined {
  const date = project.stages[stage];
  return date === undefined ? undefined : formatDate(date, locale);
}
