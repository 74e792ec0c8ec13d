import { useT } from '../../i18n/use-t';

/** Placeholder while the page is being built. */
export function ActionsPage() {
  const t = useT();
  return <h1>{t('actions.heading')}</h1>;
}
