/**
 * The typed message catalogue. Chinese is the source; the English catalogue must have every key
 * (the type says so), so a missing translation is a compile error, not a blank label.
 *
 * The Chinese core catalogue is in the first page's JavaScript. Its English twin (messages-en.ts)
 * loads when English is chosen (load-locale.ts), and the larger lazy pages keep their messages in
 * their own section module (messages-*.ts), which registers itself when its page loads (see
 * registry.ts): their keys are part of {@link MessageKey} by type only.
 */
import type { actionsZh } from './messages-actions';
import type { benchmarksZh } from './messages-benchmarks';
import type { exportZh } from './messages-export';
import type { historyZh } from './messages-history';
import type { importZh } from './messages-import';
import type { settingsZh } from './messages-settings';
import type { projectsZh } from './messages-projects';

export const zh = {
  'app.title': '白蒲镇发展目标看板',
  'app.subtitle': '对标找差 · 序时推进',
  'app.skip': '跳到主要内容',
  'nav.label': '主导航',
  'nav.overview': '总览',
  'nav.indicators': '指标',
  'nav.settings': '设置',
  'nav.benchmarks': '对标',
  'nav.projects': '项目',
  'nav.actions': '行动',
  'nav.responsibility': '责任',
  'nav.import': '导入',
  'bench.openGaps': '对标找差',
  'header.period': '统计期',
  'header.language': 'English',
  'header.languageLabel': '切换到英文',
  'state.loading': '正在加载…',
  'state.error': '数据加载失败：{message}',
  'state.retry': '重试',
  'state.empty': '没有符合条件的指标',
  'state.notFound': '未找到该指标',
  'sample.tag': '示例',
  'sample.title': '示例数据：无公开来源，仅供演示',
  'source.label': '来源',
  'source.asOf': '截至',
  'overview.heading': '总览：{period}',
  'overview.report': '2019年成果（据报告）',
  'overview.reportNote': '下列实绩出自{source}（{date}），为已公开数据；2020年各月数据为示例。',
  'overview.counts': '亮灯情况',
  'overview.countsTotal': '共 {total} 项指标',
  'overview.headline': '重点指标',
  'overview.behind': '落后序时进度的指标',
  'overview.behindNone': '本期没有落后序时进度的指标。',
  'overview.viewAll': '查看全部指标',
  'card.target': '{year}年目标',
  'card.actual': '完成',
  'card.completion': '完成率',
  'card.expected': '序时进度',
  'card.baseline': '{year}年实绩',
  'card.baselineLabel': '{year}年实绩：',
  'card.noTarget': '未设目标',
  'card.trend': '{period}走势',
  'card.gap': '差距',
  'indicators.heading': '指标一览',
  'indicators.count': '显示 {shown} / {total} 项',
  'indicators.filters': '筛选',
  'indicators.search': '搜索指标',
  'indicators.searchPlaceholder': '名称、口径或编号',
  'indicators.category': '类别',
  'indicators.status': '状态',
  'indicators.owner': '责任单位',
  'indicators.campaign': '专项活动',
  'indicators.all': '全部',
  'indicators.clear': '清除筛选',
  'indicators.col.name': '指标',
  'indicators.col.category': '类别',
  'indicators.col.baseline': '基期实绩',
  'indicators.col.target': '目标',
  'indicators.col.actual': '完成',
  'indicators.col.completion': '完成率',
  'indicators.col.expected': '序时进度',
  'indicators.col.status': '状态',
  'indicators.col.owner': '责任单位',
  'indicators.sortBy': '按{column}排序',
  'detail.back': '返回指标一览',
  'detail.status': '当前状态',
  'detail.definition': '口径',
  'detail.owner': '责任单位 / 责任人',
  'detail.source': '来源',
  'detail.caveat': '说明',
  'detail.kind': '指标类型',
  'detail.unit': '单位',
  'detail.cumulative': '1–N月累计',
  'detail.pointInTime': '时点值',
  'detail.chart': '完成情况走势',
  'detail.chartAlt': '图表数据（文字版）',
  'detail.chartLoading': '正在加载图表…',
  'detail.growth': '同比',
  'detail.nodes': '任务节点',
  'detail.observations': '数据记录',
  'detail.noObservations': '尚无数据记录',
  'chart.actual': '实际完成',
  'chart.target': '年度目标',
  'chart.pace': '序时进度',
  'chart.benchmark': '标杆线',
  'chart.month': '月份',
  'obs.period': '期间',
  'form.period': '填报期间',
  'obs.value': '数值',
  'obs.stage': '填报/审核',
  'obs.asOf': '截止日期',
  'obs.source': '来源',
  'obs.note': '备注',
  'obs.reported': '填报值',
  'obs.audited': '审核值',
  'form.heading': '填报数据',
  'form.submit': '提交',
  'form.submitting': '正在提交…',
  'form.saved': '已保存：{period} {value}',
  'form.invalid': '请修正标出的错误后再提交。',
  'form.valueHint': '单位：{unit}',
  'form.required': '必填',
  'growth.zero-base': '上年同期为零，无法计算',
  'growth.negative-base': '上年同期为负，按差额计：{change}',
  'growth.no-base': '无上年同期数据',
  'error.network': '无法连接数据服务',
  'error.contract': '服务返回的数据格式不正确',
  'error.unknown': '发生未知错误',
  'ledger.same': '项目台账：{count}，与报告一致',
  'ledger.more': '项目台账：{count}，比报告多 {diff}',
  'ledger.less': '项目台账：{count}，比报告少 {diff}',
  'ledger.link': '查看这{n}个项目',
  'print.header': '{title} · 打印于 {date}',
} as const;

/** Keys of the core catalogue, always loaded. */
export type CoreMessageKey = keyof typeof zh;

/** Every key, of the core catalogue and of the lazily loaded sections. */
export type MessageKey =
  | CoreMessageKey
  | keyof typeof projectsZh
  | keyof typeof actionsZh
  | keyof typeof benchmarksZh
  | keyof typeof settingsZh
  | keyof typeof importZh
  | keyof typeof historyZh
  | keyof typeof exportZh;
