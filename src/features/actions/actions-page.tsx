import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { actionTreeQuery } from '../../api/actions';
import { QueryState } from '../../components/query-state';
import type { ActionTreeResponse } from '../../domain/action-contract';
import { formatDate } from '../../domain/format';
import { useLocale, useT } from '../../i18n/use-t';
import { useSettingsStore } from '../../stores/settings-store';
import { ActionFilters, type ActionFilterPatch } from './action-filters';
import { ActionTree } from './action-tree';
import { AddPanel } from './add-panel';
import { StateCounts } from './state-counts';
import { TimelineChart } from './timeline-chart';
import { timelineRows } from './timeline-model';
import { TimelineTable } from './timeline-table';
import './actions.css';
// The page's messages: registered on import, before anything here renders.
import '../../i18n/messages-actions';

/**
 * 行动: the campaign tree (campaigns → measures → tasks → milestones) with roll-ups, milestone states
 * as of the period's last day, a timeline, and the forms that record progress. Filters live in the URL.
 */
export function ActionsPage() {
  const search = useSearch({ from: '/actions' });
  const navigate = useNavigate({ from: '/actions' });
  const thresholds = useSettingsStore((s) => s.thresholds);
  const t = useT();
  const filters = { campaign: search.campaign, owner: search.owner, state: search.state };
  const result = useQuery({
    ...actionTreeQuery(search.period, filters, thresholds),
    placeholderData: keepPreviousData,
  });
  const update = (patch: ActionFilterPatch) =>
    void navigate({ search: (prev) => dropEmpty({ ...prev, ...patch }), replace: true });

  return (
    <div className="page actions-page">
      <Heading asOf={result.data?.asOf} />
      <ActionFilters search={search} owners={result.data?.owners ?? []} onChange={update} />
      <QueryState query={result}>
        {(data) => (
          <>
            <StateCounts data={data} active={search.state} onChange={update} />
            {data.nodes.length === 0 ? (
              <div className="state state-empty panel">
                <p>{t('actions.empty')}</p>
                <Link to="/actions" search={{ period: search.period }}>
                  {t('indicators.clear')}
                </Link>
              </div>
            ) : (
              <>
                <ActionTree data={data} />
                <Timeline data={data} />
              </>
            )}
          </>
        )}
      </QueryState>
      <AddPanel period={search.period} />
    </div>
  );
}

/** 行动 with the view's "today": the period's last day, which every state is judged on. */
function Heading({ asOf }: { asOf: string | undefined }) {
  const t = useT();
  const locale = useLocale();
  const date = asOf ? formatDate(asOf, locale) : null;
  return (
    <div className="page-heading">
      <h1>{date ? t('actions.headingAsOf', { date }) : t('actions.heading')}</h1>
      <p className="tagline">{t('actions.tagline')}</p>
      {date ? <p className="muted as-of-note">{t('actions.asOfNote', { date })}</p> : null}
    </div>
  );
}

function Timeline({ data }: { data: ActionTreeResponse }) {
  const t = useT();
  const rows = timelineRows(data.nodes, data.milestones);
  return (
    <section id="timeline" className="panel" aria-labelledby="timeline-heading" tabIndex={-1}>
      <h2 id="timeline-heading">{t('actions.timeline')}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('actions.timeline.empty')}</p>
      ) : (
        <>
          <TimelineChart rows={rows} asOf={data.asOf} period={data.period} />
          <TimelineTable rows={rows} asOf={data.asOf} period={data.period} />
        </>
      )}
    </section>
  );
}

/** Keeps the URL short: filters that are cleared leave it. */
function dropEmpty<T extends object>(search: T): T {
  return Object.fromEntries(Object.entries(search).filter(([, v]) => v !== undefined && v !== '')) as T;
}
