/**
 * Messages of the actions pages. Chinese is the source; the English record must have every key.
 */
export const actionsZh = {
  'actions.heading': '行动：目标项目化、项目任务化、任务节点化、节点责任化',
  'milestone.dueToday': '今日到期',
  'milestone.dueIn': '{days} 天后到期',
} as const;

export const actionsEn: Record<keyof typeof actionsZh, string> = {
  'actions.heading': 'Actions',
  'milestone.dueToday': 'Due today',
  'milestone.dueIn': 'Due in {days} days',
};
