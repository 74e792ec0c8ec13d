import { formatDate } from '../domain/format';
import type { Source } from '../domain/indicator';
import { useLocale, useT } from '../i18n/use-t';

/** "来源：南通百姓网《…》2020年4月27日", with the quoted words on hover and for screen readers. */
export function SourceLine({ source }: { source: Source }) {
  const t = useT();
  const locale = useLocale();
  return (
    <p className="source-line">
      {t('source.label')}：{source.publisher ? `${source.publisher}《${source.title}》` : source.title}
      {source.date ? ` ${formatDate(source.date, locale)}` : ''}
      {source.quote ? <q className="source-quote">{source.quote}</q> : null}
    </p>
  );
}
