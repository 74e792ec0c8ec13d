import { formatCumulativeSpan, formatPct } from '../../domain/format';
import type { LedgerRate } from '../../domain/project';
import type { ProjectListResponse } from '../../domain/project-contract';
import type { MessageKey } from '../../i18n/messages';
import { useLocale, useT } from '../../i18n/use-t';

/** 竣工率 and 转化率 of the year up to the period, each with what it is made of, in words. */
export function LedgerRates({ data }: { data: ProjectListResponse }) {
  const t = useT();
  const locale = useLocale();
  const span = formatCumulativeSpan(data.period, locale);
  return (
    <section className="panel" aria-labelledby="rates-heading">
      <h2 id="rates-heading">{t('projects.rates', { span })}</h2>
      <dl className="fact-list">
        <Rate label="projects.completionRate" words="projects.completionWords" rate={data.completionRate} />
        <Rate label="projects.conversionRate" words="projects.conversionWords" rate={data.conversionRate} />
      </dl>
    </section>
  );
}

function Rate({ label, words, rate }: { label: MessageKey; words: MessageKey; rate: LedgerRate }) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="fact">
      <dt>{t(label)}</dt>
      <dd>
        <span className="fact-value">{formatPct(rate.pct, locale)}</span>
        <span className="rate-words">
          {rate.pct === null
            ? t('projects.rateNone')
            : t(words, { numerator: rate.numerator, denominator: rate.denominator })}
        </span>
      </dd>
    </div>
  );
}
