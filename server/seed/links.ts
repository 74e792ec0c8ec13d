/**
 * Links between indicators and what moves them (谁来赶, 怎么赶): every milestone indicator to the
 * task that holds its nodes, and a few indicators to the tasks or sample projects behind them. The
 * ledger-derived counts need no links: the projects behind them are those that reached the stage.
 * The choice of links is SAMPLE reasoning (the article links nothing explicitly).
 */
import type { IndicatorLink } from '../../src/domain/action-contract';
import { seedActionNodes, seedMilestones } from './actions';
import { seedIndicators } from './indicators';

/** Links beyond the milestone indicators' own tasks. */
const MORE: readonly (readonly [indicatorId: string, kind: IndicatorLink['kind'], targetId: string])[] = [
  // 白蒲服务 and 白蒲爱心 are counted from the work of these tasks.
  ['baipu-service', 'task', 'task-enterprise-visits'],
  ['baipu-service', 'task', 'task-steward-service'],
  ['baipu-love', 'task', 'task-pairing-assistance'],
  ['baipu-love', 'task', 'task-charity-firms'],
  // Investment promotion fills the ledger's first stage and next year's reserve.
  ['signed-billion-projects', 'task', 'task-targeted-investment'],
  ['reserve-projects', 'task', 'task-targeted-investment'],
  // Talents and innovation.
  ['zhishui-talents', 'task', 'task-zhishui-talent'],
  ['shuangchuang-talents', 'task', 'task-shuangchuang-talent'],
  ['patent-award-firms', 'task', 'task-industry-research'],
  ['ip-standard-firms', 'task', 'task-industry-research'],
  // 亩产论英雄: idle land and tax per mu.
  ['idle-land-revitalised', 'task', 'task-idle-land'],
  ['tax-per-mu', 'task', 'task-idle-land'],
  ['greening', 'task', 'task-greening'],
  ['living-environment-rank', 'task', 'task-four-works'],
  ['living-environment-rank', 'task', 'task-seven-in-one'],
  ['old-street-core-area', 'task', 'task-old-town-plans'],
  // The two parks were formed around their first projects.
  ['parks-formed', 'project', 'hydraulic-parts-50k-sets'],
  ['parks-formed', 'project', 'optical-fibre-5m-core-km'],
  ['parks-upgrade', 'project', 'carbon-fibre-composites'],
  ['parks-upgrade', 'project', 'fibre-preforms'],
  // Exporters in production carry the foreign trade.
  ['foreign-trade', 'project', 'optical-fibre-5m-core-km'],
  ['foreign-trade', 'project', 'marine-telecom-cable'],
  ['foreign-trade', 'project', 'premium-fabric-20m-metres'],
  ['foreign-trade', 'project', 'knit-garments-5m'],
  // The large projects under construction in 2020 carry industrial investment.
  ['industrial-investment', 'project', 'large-castings-base'],
  ['industrial-investment', 'project', 'fibre-preforms'],
  ['industrial-investment', 'project', 'carbon-fibre-composites'],
  ['industrial-investment', 'project', 'wind-turbine-gearboxes'],
  ['industrial-investment', 'project', 'construction-machinery-parts'],
  ['major-project-investment-share', 'project', 'large-castings-base'],
  ['hightech-investment-share', 'project', 'graphene-coatings'],
  ['hightech-investment-share', 'project', 'smart-sensors'],
];

/** Every link of the seed: new objects on every call. */
export function seedLinks(): IndicatorLink[] {
  const taskOf = new Map(seedMilestones().map((m) => [m.id, m.taskId]));
  const tasks = new Set(seedActionNodes().map((n) => n.id));
  const own: IndicatorLink[] = [];
  for (const indicator of seedIndicators) {
    const taskIds = new Set((indicator.nodes ?? []).map((n) => taskOf.get(n.id)));
    for (const taskId of taskIds) {
      if (taskId !== undefined && tasks.has(taskId))
        own.push({ indicatorId: indicator.id, kind: 'task', targetId: taskId });
    }
  }
  return [...own, ...MORE.map(([indicatorId, kind, targetId]) => ({ indicatorId, kind, targetId }))];
}
