import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeFileName } from './download';

describe('safeFileName', () => {
  it.each([
    ['白蒲镇-外贸进出口-2020年6月', 'png', '白蒲镇-外贸进出口-2020年6月.png'],
    ['白蒲镇 / 对标: 苏南标杆镇?', 'svg', '白蒲镇-对标-苏南标杆镇.svg'],
    ['..\\..\\etc\\passwd', 'csv', 'etc-passwd.csv'],
    ['   ', 'xlsx', 'export.xlsx'],
    ['CON', 'csv', 'export-CON.csv'],
    ['a\u202eexe.txt', 'png', 'a-exe.txt.png'],
  ])('%j + %j → %j', (name, ext, file) => {
    expect(safeFileName(name, ext)).toBe(file);
  });

  it('is always a non-empty name without path separators or reserved characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (name) => {
        const file = safeFileName(name, 'png');
        expect(file.endsWith('.png')).toBe(true);
        const base = file.slice(0, -4);
        expect(base.length).toBeGreaterThan(0);
        // eslint-disable-next-line no-control-regex
        expect(base).not.toMatch(/[\\/:*?"<>|\u0000-\u001f]/);
        expect(base).not.toMatch(/^[.\s-]|[.\s-]$/);
        expect(Array.from(base).length).toBeLessThanOrEqual(87);
      }),
    );
  });
});
