import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { actionTreeQuery } from '../../api/actions';
import { QueryState } from '../../components/query-state';
import { useT } from '../../i18n/use-t';
import { useSettingsStore } from '../../stores/settings-store';
import { AddMilestoneForm } from './add-milestone-form';
import { AddTaskForm } from './add-task-form';

/**
 * 新增任务/节点, behind a disclosure. The forms choose from the whole tree (not the filtered one), which
 * is fetched only once the disclosure is opened.
 */
export function AddPanel({ period }: { period: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <details className="panel add-panel" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('actions.add.heading')}</summary>
      {open ? <AddForms period={period} /> : null}
    </details>
  );
}

function AddForms({ period }: { period: string }) {
  const thresholds = useSettingsStore((s) => s.thresholds);
  const tree = useQuery(actionTreeQuery(period, {}, thresholds));
  return (
    <QueryState query={tree}>
      {(data) => (
        <div className="add-forms">
          <AddTaskForm nodes={data.nodes} />
          <AddMilestoneForm nodes={data.nodes} />
        </div>
      )}
    </QueryState>
  );
}
