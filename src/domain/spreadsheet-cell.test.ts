import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isFormulaLike,
  neutraliseCell,
  restoreCell,
  safeCell,
  safeTable,
  tableGrid,
  type TableModel,
} from './spreadsheet-cell';

/** What a spreadsheet would evaluate: a trigger at the start, or after white space or a control character. */
// eslint-disable-next-line no-control-regex
const EVALUATED = /^[\s\u0000-\u001f\u007f]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\u0000-\u001f\u007f]/;

/** Strings that start with the dangerous characters far more often than random ones would. */
const hostile = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc
    .tuple(
      fc.constantFrom(
        '=',
        '+',
        '-',
        '@',
        '\t',
        '\r',
        '\n',
        '\0',
        '\u0001=',
        ' =',
        '\u3000＝',
        '＋',
        '－',
        '＠',
        "'",
        '"',
        '',
      ),
      fc.string(),
    )
    .map(([a, b]) => a + b),
);

describe('neutraliseCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['=HYPERLINK("http://x","点")', '\'=HYPERLINK("http://x","点")'],
    ['+86 513', "'+86 513"],
    ['-3%（同比）', "'-3%（同比）"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['\n', "'\n"],
    ['\0cmd', "'\0cmd"],
    ['  =1', "'  =1"],
    ['＝1+1', "'＝1+1"],
    ['外贸进出口', '外贸进出口'],
    ['5.62亿元', '5.62亿元'],
    ['', ''],
    ["'=already", "'=already"],
  ])('%j → %j', (input, output) => {
    expect(neutraliseCell(input)).toBe(output);
  });

  it('never leaves a cell a spreadsheet would evaluate', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const cell = neutraliseCell(text);
        expect(EVALUATED.test(cell)).toBe(false);
        expect(isFormulaLike(cell)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('changes nothing but the prefix, and only when needed', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const cell = neutraliseCell(text);
        if (isFormulaLike(text)) expect(cell).toBe(`'${text}`);
        else expect(cell).toBe(text);
        // Neutralising twice is neutralising once.
        expect(neutraliseCell(cell)).toBe(cell);
      }),
    );
  });
});

describe('restoreCell', () => {
  it('gives back the text of any neutralised cell (the round trip of export and import)', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        // The one text the prefix cannot tell apart: one that already starts with it before a trigger.
        fc.pre(!(text.startsWith("'") && isFormulaLike(text.slice(1))));
        expect(restoreCell(neutraliseCell(text))).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves other apostrophes alone', () => {
    expect(restoreCell("'s-Hertogenbosch")).toBe("'s-Hertogenbosch");
    expect(restoreCell("'-3%")).toBe('-3%');
    expect(restoreCell('外贸')).toBe('外贸');
  });
});

describe('safeCell', () => {
  it('keeps every finite number as that number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(safeCell(n)).toBe(n);
        expect(typeof safeCell(n)).toBe('number');
      }),
    );
  });

  it('writes NaN and infinities as empty cells, and keeps empty cells empty', () => {
    expect(safeCell(Number.NaN)).toBeNull();
    expect(safeCell(Number.POSITIVE_INFINITY)).toBeNull();
    expect(safeCell(null)).toBeNull();
    expect(safeCell(undefined)).toBeNull();
  });
});

describe('safeTable and tableGrid', () => {
  const model: TableModel = {
    title: '外贸进出口',
    columns: [
      { header: '月份', kind: 'text' },
      { header: '实际完成（亿元）', kind: 'number' },
      { header: '备注', kind: 'text' },
    ],
    rows: [
      ['2020年1月', 1.2, '=cmd|"/c calc"!A1'],
      ['2020年2月', -0.5, null],
      ['2020年3月', null],
    ],
    provenance: ['统计期：2020年6月', '来源：南通百姓网'],
  };

  it('neutralises text, keeps numbers, pads short rows', () => {
    const t = safeTable(model);
    expect(t.header).toEqual(['月份', '实际完成（亿元）', '备注']);
    expect(t.rows).toEqual([
      ['2020年1月', 1.2, '\'=cmd|"/c calc"!A1'],
      ['2020年2月', -0.5, null],
      ['2020年3月', null, null],
    ]);
  });

  it('puts the header first and the provenance after one empty row', () => {
    const grid = tableGrid(model);
    expect(grid[0]).toEqual(['月份', '实际完成（亿元）', '备注']);
    expect(grid[4]).toEqual([]);
    expect(grid.slice(5)).toEqual([['统计期：2020年6月'], ['来源：南通百姓网']]);
  });

  it('holds for any table: no evaluated text anywhere, numbers untouched', () => {
    const cell = fc.oneof(hostile, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null));
    fc.assert(
      fc.property(
        fc.array(hostile, { minLength: 1, maxLength: 5 }),
        fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }),
        fc.array(hostile, { maxLength: 3 }),
        (headers, rows, provenance) => {
          const grid = tableGrid({
            title: 't',
            columns: headers.map((header) => ({ header, kind: 'text' as const })),
            rows,
            provenance,
          });
          for (const row of grid) {
            for (const c of row) if (typeof c === 'string') expect(EVALUATED.test(c)).toBe(false);
          }
          rows.forEach((row, r) =>
            row.slice(0, headers.length).forEach((c, i) => {
              if (typeof c === 'number') expect(grid[r + 1]?.[i]).toBe(c);
            }),
          );
        },
      ),
    );
  });
});
