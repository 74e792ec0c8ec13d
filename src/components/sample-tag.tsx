import { useT } from '../i18n/use-t';

/** "示例" beside every value that no source gives: a sourced figure is never silently mixed with a sample. */
export function SampleTag() {
  const t = useT();
  return (
    <span className="sample-tag" title={t('sample.title')}>
      {t('sample.tag')}
      <span className="visually-hidden">: {t('sample.title')}</span>
    </span>
  );
}
