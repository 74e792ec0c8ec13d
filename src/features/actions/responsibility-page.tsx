import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { responsibilityQuery } from '../../api/actions';
import { QueryState } from '../../components/query-state';
import { formatDate } from '../../domain/format';
import { useLocale, useT } from '../../i18n/use-t';
import { useSettingsStore } from '../../stores/settings-store';
import { ResponsibilityBody } from './responsibility-body';
import { UnitPicker } from './unit-picker';
import './actions.css';
// The page's messages: registered on import, before anything here renders.
import '../../i18n/messages-actions';
// The page's messages: registered on import, before anything here renders.
import '../../i18n/messages-projects';

/**
 * 责任 ("谁来赶"): everything one unit (or one person of it) owns, what needs chasing first: overdue
 * milestones, then 临期 ones, then indicators by light, projects, tasks and the other milestones.
 */
export function ResponsibilityPage() {
  const search = useSearch({ from: '/responsibility' });
  const navigate = useNavigate({ from: '/responsibility' });
  const t = useT();
  const choose = (next: { unit?: string; person?: string }) =>
    void navigate({
      search: (prev) => ({
        period: prev.period,
        ...(next.unit ? { unit: next.unit } : {}),
        ...(next.person ? { person: next.person } : {}),
      }),
      replace: true,
    });
  return (
    <div className="page responsibility-page">
      {search.unit ? (
        <Loaded period={search.period} unit={search.unit} person={search.person} picker={choose} />
      ) : (
        <>
          <h1>{t('resp.heading')}</h1>
          <UnitPicker unit={undefined} person={undefined} onChange={choose} />
          <p className="state panel prompt">{t('resp.prompt')}</p>
        </>
      )}
    </div>
  );
}

function Loaded({
  period,
  unit,
  person,
  picker,
}: {
  period: string;
  unit: string;
  person: string | undefined;
  picker: (next: { unit?: string; person?: string }) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const thresholds = useSettingsStore((s) => s.thresholds);
  const presets = useSettingsStore((s) => s.presets);
  const result = useQuery({
    ...responsibilityQuery(period, unit, person, thresholds, presets),
    placeholderData: keepPreviousData,
  });
  const who = person ? `${unit} · ${person}` : unit;
  return (
    <>
      <h1>
        {result.data
          ? t('resp.headingOfAsOf', { who, date: formatDate(result.data.asOf, locale) })
          : t('resp.headingOf', { who })}
      </h1>
      <UnitPicker unit={unit} person={person} onChange={picker} />
      <QueryState query={result}>{(data) => <ResponsibilityBody data={data} />}</QueryState>
    </>
  );
}
