/**
 * Types shared by the export menu (loaded with the pages) and the export code (loaded on demand).
 * Type-only: importing them loads nothing.
 */

export type ChartFormat = 'png' | 'svg';
export type TableFormat = 'csv' | 'xlsx';
export type ExportFormat = ChartFormat | TableFormat;

/**
 * One entry of a chart's legend, for charts whose legend is not part of their SVG (the timeline's
 * HTML legend). recharts legends are read from the chart itself.
 */
export interface LegendEntry {
  readonly label: string;
  /** Any CSS colour, `var(--red)` included: it is resolved against the page when exporting. */
  readonly color: string;
  /** A character drawn as the key (■ ◆ ● ▲ ○); a short line when absent. */
  readonly symbol?: string;
}

/** What is drawn around an exported chart: its title and the provenance lines below it. */
export interface ChartFooter {
  readonly title: string;
  /** Full sentences: "单位：亿元", "统计期：2020年", "口径：…", "截至：…", "来源：…", "示例数据：…". */
  readonly lines: readonly string[];
  readonly legend?: readonly LegendEntry[];
}
