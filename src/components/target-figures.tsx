import type { ReactNode } from 'react';
import type { Evaluation } from '../domain/contract';
import { formatCumulativeSpan, formatPct, formatValue } from '../domain/format';
import type { Indicator } from '../domain/indicator';
import { useLocale, useT } from '../i18n/use-t';
import { SampleTag } from './sample-tag';

/**
 * Target, actual, completion and 序时进度 of one indicator, with 示例 beside sample values. The
 * detailed form (an indicator's own page) also says whether the actual is audited, the reported
 * value beside it, and the expected value itself; `children` adds further <div><dt/><dd/></div> rows.
 */
export function TargetFigures({
  indicator,
  evaluation: e,
  year,
  detailed = false,
  children,
}: {
  indicator: Indicator;
  evaluation: Evaluation;
  year: number;
  detailed?: boolean;
  children?: ReactNode;
}) {
  const t = useT();
  const locale = useLocale();
  const value = (v: number) => formatValue(v, indicator.unit, locale);
  return (
    <dl className="card-figures">
      <div>
        <dt>{t('card.target', { year })}</dt>
        <dd>
          {e.target === null ? t('card.noTarget') : value(e.target)}
          {e.targetSample ? <SampleTag /> : null}
        </dd>
      </div>
      <div>
        <dt>
          {t('card.actual')}
          {e.basis && indicator.cumulative ? ` (${formatCumulativeSpan(e.basis.period, locale)})` : ''}
        </dt>
        <dd>
          {e.actual === null ? '—' : value(e.actual)}
          {e.basis?.sample ? <SampleTag /> : null}
          {detailed && e.basis?.stage === 'audited' ? <span className="muted"> ({t('obs.audited')})</span> : null}
          {detailed && e.reported && e.reported.value !== e.actual ? (
            <span className="muted">
              {' '}
              · {t('obs.reported')} {value(e.reported.value)}
            </span>
          ) : null}
        </dd>
      </div>
      <div>
        <dt>{t('card.completion')}</dt>
        <dd>{formatPct(e.completionPct, locale)}</dd>
      </div>
      <div>
        <dt>{t('card.expected')}</dt>
        <dd>
          {detailed && e.expected !== null
            ? `${value(e.expected)} (${formatPct(e.expectedPct, locale)})`
            : formatPct(e.expectedPct, locale)}
        </dd>
      </div>
      {children}
    </dl>
  );
}
