import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TableModel } from '../domain/spreadsheet-cell';
import { loadLocale } from '../i18n/load-locale';
import { useSettingsStore } from '../stores/settings-store';
import { chartSurface, ExportMenu } from './export-menu';

const exportChart = vi.fn(
  async (_svg: SVGSVGElement, _footer: unknown, format: string, name: string) => `${name}.${format}`,
);
const exportTable = vi.fn(async (_model: TableModel, format: string, name: string) => `${name}.${format}`);

// The export module is what the menu loads on demand; here it only records what it was asked.
vi.mock('../export', () => ({
  exportChart: (...args: Parameters<typeof exportChart>) => exportChart(...args),
  exportTable: (...args: Parameters<typeof exportTable>) => exportTable(...args),
}));

/** The menu's status line: a polite live region. */
function liveRegion(): HTMLElement {
  const region = document.querySelector<HTMLElement>('.export-menu [aria-live="polite"]');
  if (!region) throw new Error('no live region');
  return region;
}

beforeEach(() => {
  exportChart.mockClear();
  exportTable.mockClear();
});

const model: TableModel = {
  title: '指标一览',
  columns: [{ header: '指标', kind: 'text' }],
  rows: [['外贸进出口']],
  provenance: ['统计期：2020年6月'],
};

describe('ExportMenu', () => {
  it('is a menu button: opens on click with focus on the first item, arrows move, Escape closes and returns focus', async () => {
    const user = userEvent.setup();
    render(<ExportMenu kind="table" model={() => model} fileName="白蒲镇-指标一览" label="指标一览" />);
    const button = screen.getByRole('button', { name: '导出：指标一览' });
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const menu = screen.getByRole('menu', { name: '导出：指标一览' });
    expect(button).toHaveAttribute('aria-controls', menu.id);
    const items = screen.getAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual(['CSV', 'Excel (XLSX)']);
    expect(items[0]).toHaveFocus();

    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Excel (XLSX)' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'CSV' })).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitem', { name: 'Excel (XLSX)' })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(screen.getByRole('menuitem', { name: 'CSV' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('menuitem', { name: 'Excel (XLSX)' })).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
    expect(exportTable).not.toHaveBeenCalled();
  });

  it('opens from the keyboard: ArrowUp on the last item, Enter on the first; a click outside closes it', async () => {
    const user = userEvent.setup();
    render(
      <>
        <ExportMenu kind="table" model={() => model} fileName="f" />
        <p>elsewhere</p>
      </>,
    );
    const button = screen.getByRole('button', { name: '导出' });
    button.focus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitem', { name: 'Excel (XLSX)' })).toHaveFocus();
    await user.keyboard('{Escape}');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('menuitem', { name: 'CSV' })).toHaveFocus();
    await user.click(screen.getByText('elsewhere'));
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  it('exports the table as chosen and says so in a live region', async () => {
    const user = userEvent.setup();
    const build = vi.fn(() => model);
    render(<ExportMenu kind="table" model={build} fileName="白蒲镇-指标一览-2020年6月" />);
    // The model is built only when an item is chosen.
    expect(build).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: '导出' }));
    await user.click(screen.getByRole('menuitem', { name: 'Excel (XLSX)' }));
    await waitFor(() => expect(liveRegion()).toHaveTextContent('已导出：白蒲镇-指标一览-2020年6月.xlsx'));
    expect(exportTable).toHaveBeenCalledWith(model, 'xlsx', '白蒲镇-指标一览-2020年6月');
    expect(screen.getByRole('button', { name: '导出' })).toHaveFocus();
  });

  it('exports a chart with its provenance as footer lines', async () => {
    const user = userEvent.setup();
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    render(
      <ExportMenu
        kind="chart"
        target={() => svg}
        fileName="白蒲镇-外贸进出口-2020年"
        provenance={{
          title: '外贸进出口 · 完成情况走势 · 2020',
          unit: '亿元',
          period: '2020年',
          definition: '海关统计的货物进出口总额',
          asOf: '2020年6月30日',
          source: '南通百姓网《白蒲镇2020年工作要点》',
          sample: true,
        }}
      />,
    );
    await user.click(screen.getByRole('button', { name: '导出：外贸进出口 · 完成情况走势 · 2020' }));
    expect(screen.getAllByRole('menuitem').map((i) => i.textContent)).toEqual(['图片 PNG', '矢量图 SVG']);
    await user.click(screen.getByRole('menuitem', { name: '矢量图 SVG' }));
    await waitFor(() => expect(liveRegion()).toHaveTextContent('已导出：白蒲镇-外贸进出口-2020年.svg'));
    expect(exportChart).toHaveBeenCalledWith(
      svg,
      {
        title: '外贸进出口 · 完成情况走势 · 2020',
        lines: [
          '单位：亿元',
          '统计期：2020年',
          '口径：海关统计的货物进出口总额',
          '截至：2020年6月30日',
          '来源：南通百姓网《白蒲镇2020年工作要点》',
          '示例数据：无公开来源，仅供演示',
        ],
      },
      'svg',
      '白蒲镇-外贸进出口-2020年',
    );
  });

  it('says why, in words, when there is no chart to export', async () => {
    const user = userEvent.setup();
    render(<ExportMenu kind="chart" target={() => null} fileName="f" provenance={{ title: '走势' }} />);
    await user.click(screen.getByRole('button', { name: '导出：走势' }));
    await user.click(screen.getByRole('menuitem', { name: '图片 PNG' }));
    await waitFor(() => expect(liveRegion()).toHaveTextContent('导出失败：图表尚未画好，请稍后再试'));
    expect(exportChart).not.toHaveBeenCalled();
  });

  it('speaks English when the interface does', async () => {
    await loadLocale('en');
    act(() => useSettingsStore.getState().localeSwitched('en'));
    const user = userEvent.setup();
    render(<ExportMenu kind="table" model={() => model} fileName="Baipu-Indicators" label="Indicators" />);
    await user.click(screen.getByRole('button', { name: 'Export: Indicators' }));
    await user.click(screen.getByRole('menuitem', { name: 'CSV' }));
    await waitFor(() => expect(liveRegion()).toHaveTextContent('Exported: Baipu-Indicators.csv'));
  });
});

describe('chartSurface', () => {
  it('finds recharts’ main SVG, not a legend icon', () => {
    document.body.innerHTML = `<figure><div class="recharts-wrapper"><div class="recharts-legend-wrapper"><svg class="recharts-surface" id="icon"></svg></div><svg class="recharts-surface" id="main"></svg></div></figure>`;
    expect(chartSurface(document.querySelector('figure'))?.id).toBe('main');
    expect(chartSurface(null)).toBeNull();
    document.body.innerHTML = '';
  });
});
