import { Link } from '@tanstack/react-router';
import { formatCumulativeSpan } from '../../domain/format';
import type { ProjectStage } from '../../domain/project';
import { useLocale, useT } from '../../i18n/use-t';
import type { ProjectsSearch } from '../../routing/search';
import { projectCount } from './project-text';

/**
 * What the list shows when it was opened from a derived figure ("2020年1-6月新开工的亿元项目：5个"),
 * with a link that drops that condition.
 */
export function ReachedBanner({
  stage,
  count,
  search,
}: {
  stage: ProjectStage;
  count: number;
  search: ProjectsSearch;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <p className="reached-banner">
      <strong>
        {t(`projects.reached.${stage}`, {
          span: formatCumulativeSpan(search.period, locale),
          count: projectCount(count, locale),
        })}
      </strong>{' '}
      <Link to="/projects" search={{ ...search, reachedIn: undefined }}>
        {t('projects.reached.clear')}
      </Link>
    </p>
  );
}
