import { formatDate } from '../../domain/format';
import { PROJECT_STAGES, reachedBy, type Project } from '../../domain/project';
import { useLocale, useT } from '../../i18n/use-t';
import { stageName } from './project-text';

/**
 * The four stages as steps: each reached one with its date (✔ and the word, not colour alone), the
 * others "尚未达到"; a date after the period's end is shown as such, since the view stops there.
 */
export function StageSteps({ project, asOf }: { project: Project; asOf: string }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section className="panel" aria-labelledby="stage-steps-heading">
      <h2 id="stage-steps-heading">{t('project.stages')}</h2>
      <ol className="stage-steps">
        {PROJECT_STAGES.map((stage) => {
          const date = project.stages[stage];
          const reached = reachedBy(project, stage, asOf);
          return (
            <li key={stage} className={reached ? 'stage-step stage-step-reached' : 'stage-step'}>
              <span aria-hidden="true" className="stage-step-mark">
                {reached ? '✔' : '○'}
              </span>
              <span className="stage-step-name">{stageName(stage, locale)}</span>
              <span className="stage-step-state">
                {reached && date
                  ? `${t('project.reached')} · ${formatDate(date, locale)}`
                  : date
                    ? t('project.afterPeriod', { date: formatDate(date, locale) })
                    : t('project.notReached')}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
