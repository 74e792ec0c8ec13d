import type { BenchmarkSetSummary } from '../../domain/benchmark-contract';
import type { MemberKind } from '../../domain/benchmark';
import type { Bilingual } from '../../domain/indicator';
import { pick, useLocale, useT } from '../../i18n/use-t';

const KIND_LABELS: Record<MemberKind, Bilingual> = {
  'peer-town': { zh: '标杆镇', en: 'Peer town' },
  'county-average': { zh: '全市平均', en: 'County average' },
  'city-best': { zh: '全市最好', en: 'Best in the city' },
  'national-top100-average': { zh: '全国百强镇平均', en: 'National top-100 average' },
  'own-plan': { zh: '本镇计划', en: 'Our plan' },
  'own-last-year': { zh: '本镇上年', en: 'Our last year' },
};

/** Who we compare with, and why each was chosen (确定依据). */
export function MembersPanel({ set }: { set: BenchmarkSetSummary }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section className="panel" aria-labelledby="members-heading">
      <h2 id="members-heading">{t('bench.members')}</h2>
      <p className="muted">{pick(set.description, locale)}</p>
      <dl className="about-list">
        {set.members.map((m) => (
          <div key={m.id}>
            <dt>
              {pick(m.name, locale)} · {pick(KIND_LABELS[m.kind], locale)}
            </dt>
            <dd>{pick(m.basis, locale)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
