/**
 * The status presets and their reasons in words (Chinese and English), so a light from any preset
 * can be explained: which rule of local practice gave it, and why.
 */
import { type Locale, formatNumber, formatPeriod } from './format';
import type { PresetId, PresetReason, RuleTrace } from './rule-trace';
import { statusReasonText } from './status-text';

const NAMES: Record<PresetId, Record<Locale, string>> = {
  default: { 'zh-CN': '默认规则', en: 'Default rule' },
  yinchuan: { 'zh-CN': '银川规则（落后序时进度分档）', en: 'Yinchuan rule (bands behind the pace)' },
  sanya: { 'zh-CN': '三亚规则（低于计划幅度、连续未完成月数）', en: 'Sanya rule (share below plan; missed months)' },
  tianjin: { 'zh-CN': '天津规则（累计增幅对比计划与对标平均）', en: 'Tianjin rule (growth against plan and peers)' },
  suqian: { 'zh-CN': '宿迁规则（节点临近亮蓝灯）', en: 'Suqian rule (blue for a near deadline)' },
  ouhai: { 'zh-CN': '瓯海规则（当月未完成亮红灯）', en: 'Ouhai rule (red for a missed month)' },
  shangcheng: { 'zh-CN': '商城县规则（按排名四分位）', en: 'Shangcheng rule (rank quartile)' },
};

/** "银川规则（落后序时进度分档）" / "Yinchuan rule (bands behind the pace)". */
export function presetName(id: PresetId, locale: Locale): string {
  return NAMES[id][locale];
}

function num(value: number, locale: Locale): string {
  return formatNumber(value, locale, 1);
}

const QUARTILE: Record<number, Record<Locale, string>> = {
  1: { 'zh-CN': '前25%', en: 'top 25%' },
  2: { 'zh-CN': '25%–50%', en: '25–50%' },
  3: { 'zh-CN': '50%–75%', en: '50–75%' },
  4: { 'zh-CN': '后25%', en: 'bottom 25%' },
};

/** A preset's reason as a sentence; the default rule's reasons read as statusReasonText says. */
export function presetReasonText(reason: PresetReason, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const n = (x: number) => num(x, locale);
  switch (reason.code) {
    case 'no-rule':
      return zh ? '没有适用的规则' : 'No rule applies';
    case 'within-tolerance':
      return zh
        ? `落后序时进度 ${n(reason.points)} 个百分点，在 ${n(reason.tolerance)} 个百分点容差以内`
        : `${n(reason.points)} pts behind the time-elapsed pace, within the ${n(reason.tolerance)}-pt tolerance`;
    case 'behind-band':
      if (reason.max === null) {
        return zh
          ? `落后序时进度 ${n(reason.points)} 个百分点（超过 ${n(reason.min)} 个百分点）`
          : `${n(reason.points)} pts behind the time-elapsed pace (more than ${n(reason.min)} pts)`;
      }
      return zh
        ? `落后序时进度 ${n(reason.points)} 个百分点（${n(reason.min)}–${n(reason.max)} 个百分点）`
        : `${n(reason.points)} pts behind the time-elapsed pace (${n(reason.min)}–${n(reason.max)} pts)`;
    case 'below-plan': {
      const within = reason.pct <= reason.limit;
      if (zh)
        return `低于计划进度 ${n(reason.pct)}%（${within ? `${n(reason.limit)}%以内` : `超过${n(reason.limit)}%`}）`;
      return `${n(reason.pct)}% below plan (${within ? 'within' : 'more than'} ${n(reason.limit)}%)`;
    }
    case 'plan-met':
      return zh ? '达到计划进度' : 'At or above plan';
    case 'months-missed': {
      const last = formatPeriod(reason.last, locale);
      if (reason.months <= 1) return zh ? `${last}未完成月度任务` : `Missed the monthly task in ${last}`;
      return zh
        ? `连续 ${reason.months} 个月未完成月度任务（截至${last}）`
        : `Missed the monthly task ${reason.months} months in a row (to ${last})`;
    }
    case 'caught-up':
      return zh
        ? `${formatPeriod(reason.period, locale)}已补齐进度（${formatPeriod(reason.missed, locale)}未完成）`
        : `Caught up in ${formatPeriod(reason.period, locale)} after missing ${formatPeriod(reason.missed, locale)}`;
    case 'month-met':
      return zh
        ? `${formatPeriod(reason.period, locale)}完成月度任务`
        : `Met the monthly task in ${formatPeriod(reason.period, locale)}`;
    case 'no-history':
      return zh ? '暂无逐月数据' : 'No month-by-month data';
    case 'growth-negative':
      return zh ? `累计增幅 ${n(reason.growthPct)}%，负增长` : `Cumulative growth ${n(reason.growthPct)}%: negative`;
    case 'growth-below': {
      const g = n(reason.growthPct);
      const plan = n(reason.planPct);
      const peer = n(reason.peerPct);
      if (zh) {
        const what =
          reason.below === 'both'
            ? `计划 ${plan}% 和对标平均 ${peer}%`
            : reason.below === 'plan'
              ? `计划 ${plan}%`
              : `对标平均 ${peer}%`;
        return `累计增幅 ${g}%，低于${what}`;
      }
      const what =
        reason.below === 'both'
          ? `the plan (${plan}%) and the peer average (${peer}%)`
          : reason.below === 'plan'
            ? `the plan (${plan}%)`
            : `the peer average (${peer}%)`;
      return `Cumulative growth ${g}%, below ${what}`;
    }
    case 'growth-meets':
      return zh
        ? `累计增幅 ${n(reason.growthPct)}%，不低于计划 ${n(reason.planPct)}% 和对标平均 ${n(reason.peerPct)}%`
        : `Cumulative growth ${n(reason.growthPct)}%, at or above the plan (${n(reason.planPct)}%) and the peer average (${n(reason.peerPct)}%)`;
    case 'no-growth':
      return zh ? '暂无同口径累计增幅' : 'No same-cut-off growth yet';
    case 'no-comparison':
      if (reason.missing === 'both') return zh ? '缺少计划增幅和对标平均增幅' : 'No planned growth and no peer average';
      if (reason.missing === 'plan') return zh ? '缺少计划增幅' : 'No planned growth rate';
      return zh ? '缺少对标平均增幅' : 'No peer average growth';
    case 'overdue':
      return zh
        ? `节点“${reason.node.zh}”已逾期 ${reason.days} 天`
        : `Milestone “${reason.node.en}” is ${reason.days} ${reason.days === 1 ? 'day' : 'days'} overdue`;
    case 'rank-quartile': {
      const q = QUARTILE[reason.quartile]?.[locale] ?? '';
      return zh
        ? `在 ${reason.of} 个单位中排第 ${reason.rank} 位（${q}）`
        : `Ranked ${reason.rank} of ${reason.of} (${q})`;
    }
    case 'no-rank':
      return zh ? '暂无排名（至少需要两个单位）' : 'No rank (needs at least two members)';
    default:
      return statusReasonText(reason, locale);
  }
}

/** "银川规则：落后序时进度 15 个百分点（10–30 个百分点）": which rule gave the light, and why. */
export function ruleTraceText(rule: RuleTrace, locale: Locale): string {
  const sep = locale === 'zh-CN' ? '：' : ': ';
  return `${presetName(rule.preset, locale)}${sep}${presetReasonText(rule.reason, locale)}`;
}
