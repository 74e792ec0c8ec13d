import type { Evaluation } from '../../domain/contract';
import { formatPct, formatSignedPct } from '../../domain/format';
import { useLocale, useT } from '../../i18n/use-t';

/** 同比 in words; zero and negative bases say why there is no rate. */
export function GrowthText({ growth }: { growth: Evaluation['growth'] }) {
  const t = useT();
  const locale = useLocale();
  switch (growth.kind) {
    case 'ok':
      return <>{formatSignedPct(growth.pct, locale)}</>;
    case 'negative-base':
      return <>{t('growth.negative-base', { change: formatPct(growth.change, locale) })}</>;
    default:
      return <>{t(`growth.${growth.kind}`)}</>;
  }
}
