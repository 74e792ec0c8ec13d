/**
 * What each status preset does, in one sentence per language: read on the Settings page only, so
 * kept out of the first page's JavaScript (the badge needs only the names and reasons).
 */
import type { Locale } from './format';
import type { PresetId } from './rule-trace';

const DESCRIPTIONS: Record<PresetId, Record<Locale, string>> = {
  default: {
    'zh-CN': '达到序时进度为绿灯；落后不足设定点数为黄灯，达到或超过为红灯；节点临近为蓝灯',
    en: 'Green at the time-elapsed pace; yellow behind it by less than the set points, red at or beyond them; blue when a milestone is near',
  },
  yinchuan: {
    'zh-CN':
      '达到或超过序时进度为绿灯；落后10–30个百分点为黄灯；落后超过30个百分点为红灯（落后不足10个百分点仍为绿灯）',
    en: 'Green at or above the time-elapsed pace; yellow 10–30 pts behind; red more than 30 pts behind (less than 10 pts behind stays green)',
  },
  sanya: {
    'zh-CN': '低于计划进度50%以内为黄灯，超过50%为红灯；一个月未完成月度任务为黄灯，连续两个月未完成为红灯',
    en: 'Yellow when below plan by up to 50%, red beyond; yellow when the monthly task is missed, red when missed two months in a row',
  },
  tianjin: {
    'zh-CN': '累计增幅同时不低于计划和对标平均为绿灯；正增长但低于其一为黄灯；负增长为红灯',
    en: 'Green only if cumulative growth is at or above both the plan and the peer average; yellow if not negative but below either; red if negative',
  },
  suqian: {
    'zh-CN': '节点临近为蓝灯；低于序时进度为黄灯；节点逾期未完成为红灯',
    en: 'Blue when a milestone is near; yellow behind the time-elapsed pace; red when a milestone is overdue',
  },
  ouhai: {
    'zh-CN': '当月未完成任务为红灯；补齐进度的当月转为黄灯；再完成一个月恢复绿灯',
    en: 'Red when the month’s task is missed; yellow in the month it is caught up; green after one more month met',
  },
  shangcheng: {
    'zh-CN': '在对标单位中排名前25%为绿灯，后25%为红灯，其余为黄灯',
    en: 'Green in the top 25% of the benchmark members, red in the bottom 25%, yellow in between',
  },
};

/** What the preset does, in one sentence. */
export function presetDescription(id: PresetId, locale: Locale): string {
  return DESCRIPTIONS[id][locale];
}
