/**
 * Messages of the export menu and of the provenance written into exported files: registered when a
 * page with an export menu loads (export-menu.tsx, provenance.ts import this module). The Overview
 * has none, so they stay out of the first page. Chinese is the source; the English record must have every key.
 */
import { registerMessages } from './registry';

export const exportZh = {
  'export.menu': '导出',
  'export.menuOf': '导出：{what}',
  'export.png': '图片 PNG',
  'export.svg': '矢量图 SVG',
  'export.csv': 'CSV',
  'export.xlsx': 'Excel (XLSX)',
  'export.working': '正在导出…',
  'export.done': '已导出：{file}',
  'export.failed': '导出失败：{reason}',
  'export.noChart': '图表尚未画好，请稍后再试',
  'export.loadFailed': '导出功能未能加载，请检查网络后重试',
  'export.town': '白蒲镇',
  'export.withUnit': '{header}（{unit}）',
  'export.year': '年份',
  'export.chartData': '图表数据',
  'prov.unit': '单位：{unit}',
  'prov.period': '统计期：{period}',
  'prov.definition': '口径：{text}',
  'prov.asOf': '截至：{date}',
  'prov.set': '对标组：{set}',
  'prov.source': '来源：{source}',
  'prov.count': '共 {n} 行',
} as const;

export const exportEn: Record<keyof typeof exportZh, string> = {
  'export.menu': 'Export',
  'export.menuOf': 'Export: {what}',
  'export.png': 'Image (PNG)',
  'export.svg': 'Vector (SVG)',
  'export.csv': 'CSV',
  'export.xlsx': 'Excel (XLSX)',
  'export.working': 'Exporting…',
  'export.done': 'Exported: {file}',
  'export.failed': 'Export failed: {reason}',
  'export.noChart': 'the chart is not drawn yet; try again in a moment',
  'export.loadFailed': 'the export could not be loaded; check the connection and try again',
  'export.town': 'Baipu',
  'export.withUnit': '{header} ({unit})',
  'export.year': 'Year',
  'export.chartData': 'Chart data',
  'prov.unit': 'Unit: {unit}',
  'prov.period': 'Period: {period}',
  'prov.definition': 'Definition: {text}',
  'prov.asOf': 'As of: {date}',
  'prov.set': 'Benchmark set: {set}',
  'prov.source': 'Source: {source}',
  'prov.count': '{n} rows',
};

registerMessages(exportZh, exportEn);
