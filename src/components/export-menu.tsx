/**
 * The "导出 / Export" menu of a chart (PNG, SVG) or a table (CSV, Excel). A menu button in the
 * WAI-ARIA pattern: the button opens a short list of items; arrow keys, Home and End move between
 * them, Escape closes it and gives focus back to the button, Tab or a click elsewhere closes it.
 *
 * The export code (src/export, with papaparse and write-excel-file) is imported on first use, never
 * with the page: opening the menu starts loading it. The outcome is said in a live region:
 * "已导出：白蒲镇-外贸进出口-2020年.png" or why it failed.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { TableModel } from '../domain/spreadsheet-cell';
import type * as ExportApi from '../export';
import type { ExportFormat } from '../export/types';
import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import { provenanceLines, type ChartProvenance } from './provenance';
import './export-menu.css';
// The export and provenance messages: registered on import, before anything here renders.
import '../i18n/messages-export';

export type { ChartProvenance, Provenance } from './provenance';

type ExportModule = typeof ExportApi;

let loading: Promise<ExportModule> | null = null;

/** The export module, loaded once (and again after a failed load). */
function loadExport(): Promise<ExportModule> {
  loading ??= import('../export').catch((error: unknown) => {
    loading = null;
    throw new LoadError(error);
  });
  return loading;
}

class LoadError extends Error {
  constructor(cause: unknown) {
    super('the export module could not be loaded', { cause });
  }
}
class NoChartError extends Error {}

export type ExportMenuProps =
  | {
      kind: 'chart';
      /** The chart's drawn `<svg>` (see {@link chartSurface}), read when an item is chosen. */
      target: () => SVGSVGElement | null;
      provenance: ChartProvenance;
      /** Without extension: "白蒲镇-外贸进出口-2020年" (see exportFileName). */
      fileName: string;
      /** What is exported, for the button's accessible name ("导出：外贸进出口走势"); the title by default. */
      label?: string;
    }
  | {
      kind: 'table';
      /** Builds the table to export, when an item is chosen (every row, not only those drawn). */
      model: () => TableModel;
      fileName: string;
      label?: string;
    };

const CHART_ITEMS: readonly [ExportFormat, MessageKey][] = [
  ['png', 'export.png'],
  ['svg', 'export.svg'],
];
const TABLE_ITEMS: readonly [ExportFormat, MessageKey][] = [
  ['csv', 'export.csv'],
  ['xlsx', 'export.xlsx'],
];

type Status =
  { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; file: string } | { kind: 'failed'; reason: MessageKey };

/** The chart's drawing surface inside `root`: recharts' main SVG (not a legend icon), or the first SVG. */
export function chartSurface(root: Element | null): SVGSVGElement | null {
  if (!root) return null;
  return (
    root.querySelector<SVGSVGElement>('.recharts-wrapper > svg.recharts-surface') ??
    root.querySelector<SVGSVGElement>('svg[role="img"]') ??
    root.querySelector<SVGSVGElement>('svg')
  );
}

export function ExportMenu(props: ExportMenuProps) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [focusIndex, setFocusIndex] = useState(0);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const container = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  const entries = props.kind === 'chart' ? CHART_ITEMS : TABLE_ITEMS;
  const label = props.label ?? (props.kind === 'chart' ? props.provenance.title : undefined);

  // The open menu's focused item follows focusIndex.
  useEffect(() => {
    if (open) items.current[focusIndex]?.focus();
  }, [open, focusIndex]);

  // A click or tap outside closes the menu (focus stays where the click put it).
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!container.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const openAt = (index: number) => {
    // Start loading the export code as soon as the menu opens.
    void loadExport().catch(() => undefined);
    setFocusIndex((index + entries.length) % entries.length);
    setOpen(true);
  };
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  };

  const run = async (format: ExportFormat) => {
    close(true);
    if (status.kind === 'working') return;
    setStatus({ kind: 'working' });
    try {
      const mod = await loadExport();
      let file: string;
      if (props.kind === 'chart') {
        const svg = props.target();
        if (!svg) throw new NoChartError();
        const { provenance } = props;
        file = await mod.exportChart(
          svg,
          {
            title: provenance.title,
            lines: provenanceLines(provenance, t),
            ...(provenance.legend ? { legend: provenance.legend } : {}),
          },
          format === 'svg' ? 'svg' : 'png',
          props.fileName,
        );
      } else {
        file = await mod.exportTable(props.model(), format === 'xlsx' ? 'xlsx' : 'csv', props.fileName);
      }
      setStatus({ kind: 'done', file });
    } catch (error) {
      setStatus({
        kind: 'failed',
        reason:
          error instanceof NoChartError
            ? 'export.noChart'
            : error instanceof LoadError
              ? 'export.loadFailed'
              : 'error.unknown',
      });
    }
  };

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      openAt(0);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(entries.length - 1);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close(true);
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const last = entries.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: focusIndex === last ? 0 : focusIndex + 1,
      ArrowUp: focusIndex === 0 ? last : focusIndex - 1,
      Home: 0,
      End: last,
    };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      setFocusIndex(next);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    }
  };

  const menuId = `${id}-menu`;
  const buttonId = `${id}-button`;
  return (
    <div className="export-menu" ref={container}>
      <button
        ref={button}
        id={buttonId}
        type="button"
        className="button-secondary export-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={label ? t('export.menuOf', { what: label }) : undefined}
        aria-busy={status.kind === 'working' || undefined}
        onClick={() => (open ? close(true) : openAt(0))}
        onKeyDown={onButtonKeyDown}
      >
        {t('export.menu')}
        <span aria-hidden="true"> ▾</span>
      </button>
      {open ? (
        <ul id={menuId} role="menu" aria-labelledby={buttonId} className="export-menu-list" onKeyDown={onMenuKeyDown}>
          {entries.map(([format, key], i) => (
            <li key={format} role="none">
              <button
                ref={(el) => {
                  items.current[i] = el;
                }}
                type="button"
                role="menuitem"
                tabIndex={i === focusIndex ? 0 : -1}
                onClick={() => void run(format)}
              >
                {t(key)}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {/* A polite live region rather than role="status": a page has many menus, and one status of its own. */}
      <p
        aria-live="polite"
        aria-atomic="true"
        className={`export-status${status.kind === 'failed' ? ' export-failed' : ''}`}
      >
        {status.kind === 'working'
          ? t('export.working')
          : status.kind === 'done'
            ? t('export.done', { file: status.file })
            : status.kind === 'failed'
              ? t('export.failed', { reason: t(status.reason) })
              : ''}
      </p>
    </div>
  );
}
