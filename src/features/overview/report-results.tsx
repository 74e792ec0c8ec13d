import { Link } from '@tanstack/react-router';
import type { IndicatorSummary, SummaryResponse } from '../../domain/contract';
import { formatDate, formatValue } from '../../domain/format';
import type { Derivation, Indicator } from '../../domain/indicator';
import type { ProjectStage } from '../../domain/project';
import { pick, useLocale, useT } from '../../i18n/use-t';

type LedgerBaselines = NonNullable<SummaryResponse['ledgerBaselines']>;

/** The stage a ledger count follows, for the link to the projects behind it. */
const STAGE_OF: Partial<Record<Derivation, ProjectStage>> = {
  'ledger-started': 'started',
  'ledger-completed': 'completed',
  'ledger-converted': 'converted',
};

/**
 * The report's own figures (7 / 14 / 10 projects, 5.62亿元 …) on the first screen, each with the
 * words of its source: these are facts, not samples. Where the ledger computes the same figure, it
 * says whether the ledger agrees, and links to the projects behind it.
 */
export function ReportResults({
  items,
  ledger = [],
}: {
  items: readonly IndicatorSummary[];
  ledger?: LedgerBaselines;
}) {
  const t = useT();
  const locale = useLocale();
  const sourced = items.filter((i) => i.indicator.baseline && !i.indicator.baseline.sample);
  const first = sourced[0]?.indicator.baseline?.source;
  if (!first) return null;
  return (
    <section aria-labelledby="report-heading" className="panel report-results">
      <h2 id="report-heading">{t('overview.report')}</h2>
      <dl className="fact-list">
        {sourced.map(({ indicator }) => {
          const b = indicator.baseline;
          if (!b) return null;
          const computed = ledger.find((l) => l.indicatorId === indicator.id && l.year === b.year);
          return (
            <div key={indicator.id} className="fact">
              <dt>{pick(indicator.name, locale)}</dt>
              <dd>
                <span className="fact-value">{formatValue(b.value, indicator.unit, locale)}</span>
                {b.source.quote ? <q className="source-quote">{b.source.quote}</q> : null}
                {computed ? (
                  <LedgerCheck indicator={indicator} reported={b.value} computed={computed.value} year={b.year} />
                ) : null}
              </dd>
            </div>
          );
        })}
      </dl>
      <p className="source-line">
        {t('overview.reportNote', {
          source: first.publisher ? `${first.publisher}《${first.title}》` : first.title,
          date: first.date ? formatDate(first.date, locale) : '',
        })}
      </p>
    </section>
  );
}

/** "项目台账：7个，与报告一致 · 查看这7个项目": the ledger's figure beside the report's, in words. */
function LedgerCheck({
  indicator,
  reported,
  computed,
  year,
}: {
  indicator: Indicator;
  reported: number;
  computed: number;
  year: number;
}) {
  const t = useT();
  const locale = useLocale();
  if (indicator.derived === undefined || indicator.derived === 'milestones-done') return null;
  const stage = STAGE_OF[indicator.derived];
  const count = formatValue(computed, indicator.unit, locale);
  const diff = formatValue(Math.abs(computed - reported), indicator.unit, locale);
  const text =
    computed === reported
      ? t('ledger.same', { count })
      : t(computed > reported ? 'ledger.more' : 'ledger.less', { count, diff });
  return (
    <p className="card-link">
      <span aria-hidden="true">{computed === reported ? '✔ ' : '≠ '}</span>
      <span>{text}</span>
      {stage && computed > 0 ? (
        <>
          {' · '}
          <Link to="/projects" search={{ period: String(year), reachedIn: stage }}>
            {t('ledger.link', { n: computed })}
          </Link>
        </>
      ) : null}
    </p>
  );
}
