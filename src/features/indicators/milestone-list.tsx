import { formatDate } from '../../domain/format';
import type { MilestoneNode } from '../../domain/indicator';
import { compareIso } from '../../domain/period';
import { pick, useLocale, useT } from '../../i18n/use-t';

/** 任务节点: each node with its date, done or not, overdue in words. */
export function MilestoneList({ nodes, done, asOf }: { nodes: readonly MilestoneNode[]; done: number; asOf: string }) {
  const t = useT();
  const locale = useLocale();
  const ordered = [...nodes].sort((a, b) => compareIso(a.due, b.due));
  const zh = locale === 'zh-CN';
  return (
    <section aria-labelledby="nodes-heading" className="panel">
      <h2 id="nodes-heading">{t('detail.nodes')}</h2>
      <ol className="node-list">
        {ordered.map((n, i) => {
          const isDone = i < done;
          const overdue = !isDone && compareIso(n.due, asOf) < 0;
          const state = isDone
            ? zh
              ? '已完成'
              : 'done'
            : overdue
              ? zh
                ? '已逾期'
                : 'overdue'
              : zh
                ? '未到期'
                : 'open';
          return (
            <li key={n.id} className={`node node-${isDone ? 'done' : overdue ? 'overdue' : 'open'}`}>
              <span aria-hidden="true">{isDone ? '✔' : overdue ? '✖' : '○'}</span> {pick(n.label, locale)} ·{' '}
              {formatDate(n.due, locale)} · <strong>{state}</strong>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
