import { ExportMenu } from '../../components/export-menu';
import { exportFileName } from '../../components/provenance';
import { SampleTag } from '../../components/sample-tag';
import { formatCumulativeSpan, formatDate, formatPeriod, formatValue } from '../../domain/format';
import type { Indicator } from '../../domain/indicator';
import { compareObservations, type Observation } from '../../domain/observation';
import type { ValueNote } from '../../domain/value-note';
import { pick, useLocale, useT } from '../../i18n/use-t';
import { observationsExport } from './observations-export';

/** Every observation, newest period first: 填报值 and 审核值 side by side, with as-of, source and 示例. */
export function ObservationsTable({
  indicator,
  observations,
  notes = [],
}: {
  indicator: Indicator;
  observations: readonly Observation[];
  notes?: readonly ValueNote[];
}) {
  const t = useT();
  const locale = useLocale();
  const rows = [...observations].sort(compareObservations).reverse();
  return (
    <section aria-labelledby="obs-heading" className="panel">
      <h2 id="obs-heading">{t('detail.observations')}</h2>
      {rows.length > 0 && indicator.derived === undefined ? (
        <div className="export-tools">
          <ExportMenu
            kind="table"
            model={() => observationsExport(indicator, observations, notes)}
            fileName={exportFileName(t, pick(indicator.name, locale), t('detail.observations'))}
            label={`${pick(indicator.name, locale)} · ${t('detail.observations')}`}
          />
        </div>
      ) : null}
      {rows.length === 0 ? (
        <p>{t('detail.noObservations')}</p>
      ) : (
        <div className="table-wrap table-scroll" tabIndex={0} role="group" aria-labelledby="obs-heading">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('obs.period')}</th>
                <th scope="col">{t('obs.value')}</th>
                <th scope="col">{t('obs.stage')}</th>
                <th scope="col">{t('obs.asOf')}</th>
                <th scope="col">{t('obs.source')}</th>
                <th scope="col">{t('obs.note')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((o) => (
                <tr key={o.id}>
                  <th scope="row">
                    {indicator.cumulative ? formatCumulativeSpan(o.period, locale) : formatPeriod(o.period, locale)}
                  </th>
                  <td className="num">
                    {formatValue(o.value, indicator.unit, locale)}
                    {o.sample ? <SampleTag /> : null}
                  </td>
                  <td>{o.stage === 'audited' ? t('obs.audited') : t('obs.reported')}</td>
                  <td>{formatDate(o.asOf, locale)}</td>
                  <td>{o.source}</td>
                  <td>
                    {o.note}
                    {o.caveat ? <span className="muted"> {pick(o.caveat, locale)}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
