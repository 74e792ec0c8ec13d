import { SampleTag } from '../../components/sample-tag';
import type { BenchmarkSetSummary, GapCard, IndicatorGaps } from '../../domain/benchmark-contract';
import {
  formatCumulativeSpan,
  formatDate,
  formatPct,
  formatPoints,
  formatSignedPct,
  formatValue,
} from '../../domain/format';
import type { Unit } from '../../domain/indicator';
import { pick, useLocale, useT, type Translate } from '../../i18n/use-t';
import { GapNoteForm } from './gap-note-form';

const REASONS: Record<string, { zh: string; en: string }> = {
  'non-positive-value': { zh: '数值为零或负', en: 'a value is zero or negative' },
  'growth-at-or-below-minus-100': { zh: '增速不合理', en: 'an impossible growth rate' },
  'no-growth': { zh: '缺少我镇同比增速', en: 'our growth rate is unknown' },
  'years-not-positive': { zh: '赶超年份须晚于本期', en: 'the year must come after this period' },
};

function years(value: number | 'never', t: Translate): string {
  return value === 'never'
    ? t('bench.never')
    : value === 0
      ? t('bench.notBehind')
      : t('bench.years', { n: value.toFixed(1) });
}

/** The four answers for one indicator against the set: 差距多大, 为何差, 怎么赶, 谁来赶. */
export function IndicatorGapCard({
  item,
  set,
  closeBy,
}: {
  item: IndicatorGaps;
  set: BenchmarkSetSummary;
  closeBy: number;
}) {
  const t = useT();
  const locale = useLocale();
  const { indicator, cards, notes, owner } = item;
  const memberName = (id: string) => {
    const m = set.members.find((x) => x.id === id);
    return m ? pick(m.name, locale) : id;
  };
  const causes = notes.filter((n) => n.kind === 'cause');
  const measures = notes.filter((n) => n.kind === 'measure');
  const headingId = `gap-${indicator.id}`;
  return (
    <article className="panel gap-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{pick(indicator.name, locale)}</h3>
      <div className="gap-questions">
        <section aria-label={t('bench.q1')}>
          <h4>① {t('bench.q1')}</h4>
          <ul className="gap-list">
            {cards.map((card) => (
              <li key={card.memberId}>
                <SizeLine card={card} unit={indicator.unit} member={memberName(card.memberId)} />
              </li>
            ))}
          </ul>
        </section>
        <section aria-label={t('bench.q2')}>
          <h4>② {t('bench.q2')}</h4>
          <NoteList notes={causes} />
        </section>
        <section aria-label={t('bench.q3')}>
          <h4>③ {t('bench.q3')}</h4>
          <ul className="gap-list">
            {cards.map((card) =>
              card.size.standing === 'behind' ? (
                <li key={card.memberId}>
                  {memberName(card.memberId)}：
                  {card.required.kind === 'ok'
                    ? t('bench.required', {
                        year: closeBy,
                        annual: formatSignedPct(card.required.annualPct, locale),
                        monthly: formatSignedPct(card.required.monthlyPct, locale, 2),
                      })
                    : t('bench.requiredError', {
                        reason: pick(REASONS[card.required.reason] ?? { zh: '', en: '' }, locale),
                      })}
                </li>
              ) : null,
            )}
          </ul>
          <NoteList notes={measures} />
        </section>
        <section aria-label={t('bench.q4')}>
          <h4>④ {t('bench.q4')}</h4>
          <p>
            {t('bench.owner')}：{owner.unit} / {owner.person}
          </p>
        </section>
      </div>
      <GapNoteForm setId={set.id} indicatorId={indicator.id} />
    </article>
  );
}

/** How big the gap to one member is, in the indicator's unit, in % (or pp), and in years. */
function SizeLine({ card, unit, member }: { card: GapCard; unit: Unit; member: string }) {
  const t = useT();
  const locale = useLocale();
  const { ours, theirs, size, yearsBehind } = card;
  const value = (v: number) => formatValue(v, unit, locale);
  return (
    <>
      <strong>{member}</strong>：{t('bench.ours')} {value(ours.value)}（
      {ours.partialYear ? formatCumulativeSpan(ours.period, locale) : ours.year}
      {ours.sample ? <SampleTag /> : null}）· {t('bench.theirs')} {value(theirs.value)}（{theirs.year}
      {theirs.sample ? <SampleTag /> : null}）
      <br />
      {size.standing === 'equal' ? (
        t('bench.equal')
      ) : (
        <>
          {t(`bench.${size.standing}`)} {value(Math.abs(size.absolute))}
          {size.points !== null ? `（${formatPoints(Math.abs(size.points), locale)}）` : null}
          {size.pctOfTheirs !== null ? `，${t('bench.gapPct')} ${formatPct(Math.abs(size.pctOfTheirs), locale)}` : null}
        </>
      )}
      {size.standing === 'behind' && yearsBehind.kind === 'ok' ? (
        <>
          <br />
          {t('bench.yearsToReach')}：{years(yearsBehind.toReach, t)}
          {yearsBehind.toCatch !== null ? `；${t('bench.yearsToCatch')}：${years(yearsBehind.toCatch, t)}` : null}
        </>
      ) : null}
      {size.standing === 'behind' && yearsBehind.kind === 'undefined' ? (
        <>
          <br />
          {t('bench.yearsToReach')}：
          {t('bench.undefined', { reason: pick(REASONS[yearsBehind.reason] ?? { zh: '', en: '' }, locale) })}
        </>
      ) : null}
      {theirs.yearMismatch ? (
        <p className="year-note">⚠ {t('bench.yearMismatch', { sourceYear: theirs.sourceYear, year: ours.year })}</p>
      ) : theirs.method === 'projected' ? (
        <p className="year-note muted">
          {t('bench.projected', { year: theirs.year })}（{theirs.sourceYear}）
        </p>
      ) : null}
      <span className="source-line">
        {t('source.label')}：
        {theirs.source.publisher ? `${theirs.source.publisher}《${theirs.source.title}》` : theirs.source.title}
      </span>
    </>
  );
}

function NoteList({ notes }: { notes: IndicatorGaps['notes'] }) {
  const t = useT();
  const locale = useLocale();
  if (notes.length === 0) return <p className="muted">{t('bench.noNotes')}</p>;
  return (
    <ul className="gap-list">
      {notes.map((n) => (
        <li key={n.id}>
          {n.text}{' '}
          <span className="muted">
            — {n.author}，{formatDate(n.date, locale)}
          </span>
          {n.owner ? (
            <span className="muted">
              （{n.owner.unit} / {n.owner.person}）
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
