/**
 * The chart's text alternative on an indicator page: a details element whose summary is
 * 图表数据（文字版） / Chart data (text version), holding a table of the months.
 */
import type { Locator, Page } from 'playwright-core';

/** Opens the text alternative (a click on its summary, as a user does) unless it is open, and returns it. */
export async function openChartText(page: Page, summary = '图表数据（文字版）'): Promise<Locator> {
  const details = page.locator('details').filter({ has: page.locator('summary', { hasText: summary }) });
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  await details.getByRole('table').waitFor();
  return details;
}

export interface ChartTextRow {
  readonly month: string;
  /** 实际完成, 序时进度, 年度目标 as shown, without the 示例 tag. */
  readonly cells: readonly string[];
  /** Whether the 实际完成 value carries the 示例 (sample) tag. */
  readonly sample: boolean;
}

/** The rows of the open text alternative, in order, as shown. */
export async function readChartText(details: Locator): Promise<ChartTextRow[]> {
  const rows = details.locator('tbody tr');
  const out: ChartTextRow[] = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i);
    out.push({
      month: ((await row.locator('th').textContent()) ?? '').trim(),
      cells: await row.locator('td').evaluateAll((tds) =>
        tds.map((td) => {
          const copy = td.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('.sample-tag').forEach((tag) => tag.remove());
          return (copy.textContent ?? '').trim();
        }),
      ),
      sample: (await row.locator('td').first().locator('.sample-tag').count()) > 0,
    });
  }
  return out;
}
