import { useT } from '../../i18n/use-t';

/** Placeholder while the page is being built. */
export function ProjectDetailPage() {
  const t = useT();
  return <h1>{t('projects.heading')}</h1>;
}
