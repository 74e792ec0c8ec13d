import { useT } from '../../i18n/use-t';

/** Placeholder while the page is being built. */
export function ResponsibilityPage() {
  const t = useT();
  return <h1>{t('actions.heading')}</h1>;
}
