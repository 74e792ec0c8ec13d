/** The preview's row lists: a few hundred rows each at most, the rest counted. */
import type { ReactNode } from 'react';
import { formatPeriod, formatValue } from '../../domain/format';
import type { ImportRow } from '../../domain/import-contract';
import type { Bilingual, Indicator } from '../../domain/indicator';
import { pick, useLocale, useT } from '../../i18n/use-t';

/** Rows shown per list; a 10,000-row sheet previews at once and the counts say the rest. */
export const SHOWN_ROWS = 200;

export type IndicatorLookup = ReadonlyMap<string, Pick<Indicator, 'name' | 'unit'>>;

function Shown({ total }: { total: number }) {
  const t = useT();
  return total > SHOWN_ROWS ? <p className="muted">{t('import.shown', { shown: SHOWN_ROWS, total })}</p> : null;
}

function Table({ label, head, children }: { label: string; head: readonly string[]; children: ReactNode }) {
  return (
    <div className="table-wrap table-scroll" tabIndex={0} role="group" aria-label={label}>
      <table className="data-table">
        <thead>
          <tr>
            {head.map((h) => (
              <th scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** The cells every row list starts with: line, indicator, period, 填报/审核. */
function RowLead({ row, lookup }: { row: ImportRow; lookup: IndicatorLookup }) {
  const t = useT();
  const locale = useLocale();
  const indicator = lookup.get(row.indicatorId);
  return (
    <>
      <td className="num">{row.line}</td>
      <th scope="row">{indicator ? pick(indicator.name, locale) : row.indicatorId}</th>
      <td>{formatPeriod(row.period, locale)}</td>
      <td>{t(row.stage === 'audited' ? 'import.stage.audited' : 'import.stage.reported')}</td>
    </>
  );
}

/** Rows to add or unchanged: line, indicator, period, stage, value, source. */
export function RowTable({
  label,
  rows,
  lookup,
}: {
  label: string;
  rows: readonly ImportRow[];
  lookup: IndicatorLookup;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <Table
        label={label}
        head={[
          t('import.col.line'),
          t('import.col.indicator'),
          t('import.col.period'),
          t('import.col.stage'),
          t('import.col.value'),
          t('import.col.source'),
        ]}
      >
        {rows.slice(0, SHOWN_ROWS).map((row) => {
          const indicator = lookup.get(row.indicatorId);
          return (
            <tr key={`${row.line}-${row.indicatorId}-${row.period}`}>
              <RowLead row={row} lookup={lookup} />
              <td className="num">{indicator ? formatValue(row.value, indicator.unit, locale) : row.value}</td>
              <td>{row.source}</td>
            </tr>
          );
        })}
      </Table>
      <Shown total={rows.length} />
    </>
  );
}

/** Rows that change a stored value: old → new. */
export function ChangeTable({
  label,
  changes,
  lookup,
}: {
  label: string;
  changes: readonly { row: ImportRow; before: { value: number } }[];
  lookup: IndicatorLookup;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <Table
        label={label}
        head={[
          t('import.col.line'),
          t('import.col.indicator'),
          t('import.col.period'),
          t('import.col.stage'),
          t('import.col.before'),
          t('import.col.after'),
        ]}
      >
        {changes.slice(0, SHOWN_ROWS).map(({ row, before }) => {
          const indicator = lookup.get(row.indicatorId);
          const show = (v: number) => (indicator ? formatValue(v, indicator.unit, locale) : String(v));
          return (
            <tr key={`${row.line}-${row.indicatorId}-${row.period}`}>
              <RowLead row={row} lookup={lookup} />
              <td className="num">{show(before.value)}</td>
              <td className="num">
                <strong>{show(row.value)}</strong>
              </td>
            </tr>
          );
        })}
      </Table>
      <Shown total={changes.length} />
    </>
  );
}

export interface Problem {
  readonly line: number;
  readonly column?: string;
  readonly message: Bilingual;
}

/** Rejected or skipped rows: line, column (if known) and the reason. */
export function ProblemTable({ label, problems }: { label: string; problems: readonly Problem[] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <Table label={label} head={[t('import.col.line'), t('import.col.column'), t('import.col.reason')]}>
        {problems.slice(0, SHOWN_ROWS).map((p, i) => (
          <tr key={`${p.line}-${i}`}>
            <td className="num">{p.line}</td>
            <td>{p.column ?? '—'}</td>
            <td>{pick(p.message, locale)}</td>
          </tr>
        ))}
      </Table>
      <Shown total={problems.length} />
    </>
  );
}
