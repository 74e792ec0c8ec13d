/**
 * The status light and its reason in words, so that status never relies on colour alone.
 */
import { formatPoints, type Locale } from './format';
import type { Status, StatusReason } from './status';

const LABELS: Record<Status, Record<Locale, string>> = {
  red: { 'zh-CN': '红灯', en: 'Red' },
  yellow: { 'zh-CN': '黄灯', en: 'Yellow' },
  blue: { 'zh-CN': '蓝灯', en: 'Blue' },
  green: { 'zh-CN': '绿灯', en: 'Green' },
  grey: { 'zh-CN': '灰灯', en: 'Grey' },
};

const MEANINGS: Record<Status, Record<Locale, string>> = {
  red: { 'zh-CN': '严重滞后', en: 'far behind' },
  yellow: { 'zh-CN': '略有滞后', en: 'slightly behind' },
  blue: { 'zh-CN': '节点临近', en: 'deadline near' },
  green: { 'zh-CN': '序时推进', en: 'on track' },
  grey: { 'zh-CN': '暂无数据', en: 'no data yet' },
};

/** "红灯" / "Red". */
export function statusLabel(status: Status, locale: Locale): string {
  return LABELS[status][locale];
}

/** "严重滞后" / "far behind". */
export function statusMeaning(status: Status, locale: Locale): string {
  return MEANINGS[status][locale];
}

/** The reason as a sentence: "落后序时进度 12.5 个百分点" / "12.5 pts behind the time-elapsed pace". */
export function statusReasonText(reason: StatusReason, locale: Locale): string {
  const zh = locale === 'zh-CN';
  switch (reason.code) {
    case 'no-target':
      return zh ? '本年度未设目标' : 'No target set for this year';
    case 'no-data':
      return zh ? '本期尚无数据' : 'No data for this period yet';
    case 'no-rate':
      return zh ? '目标为零，无法计算完成率' : 'The target is zero; no completion rate';
    case 'on-pace':
      return zh ? '与序时进度持平' : 'Exactly on the time-elapsed pace';
    case 'ahead':
      return zh
        ? `超序时进度 ${formatPoints(reason.points, locale).replace(/^\+/, '').replace('个百分点', ' 个百分点')}`
        : `${formatPoints(reason.points, locale).replace(/^\+/, '')} ahead of the time-elapsed pace`;
    case 'behind':
      // The points are a positive distance; "behind" already gives the sign.
      return zh
        ? `落后序时进度 ${formatPoints(reason.points, locale).replace(/^\+/, '').replace('个百分点', ' 个百分点')}`
        : `${formatPoints(reason.points, locale).replace(/^\+/, '')} behind the time-elapsed pace`;
    case 'level-below':
      if (reason.unit === 'places') {
        return zh ? `落后目标名次 ${reason.amount} 位` : `${reason.amount} places behind the target rank`;
      }
      return zh
        ? `低于目标 ${formatPoints(reason.amount, locale).replace(/^\+/, '').replace('个百分点', ' 个百分点')}`
        : `${formatPoints(reason.amount, locale).replace(/^\+/, '')} below the target`;
    case 'level-met':
      if (reason.amount === 0) return zh ? '达到目标' : 'At the target';
      if (reason.unit === 'places') {
        return zh ? `领先目标名次 ${reason.amount} 位` : `${reason.amount} places ahead of the target rank`;
      }
      return zh
        ? `高于目标 ${formatPoints(reason.amount, locale).replace(/^\+/, '').replace('个百分点', ' 个百分点')}`
        : `${formatPoints(reason.amount, locale).replace(/^\+/, '')} above the target`;
    case 'deadline-near':
      return zh
        ? `节点“${reason.node.zh}”还有 ${reason.days} 天到期`
        : `Milestone “${reason.node.en}” is due in ${reason.days} days`;
  }
}
