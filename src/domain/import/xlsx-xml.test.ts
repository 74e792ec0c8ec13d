import { expect, test } from 'vitest';
import { percentStyles, scanSheetXml, workbookSheets } from './xlsx-xml';

const WORKBOOK = `<?xml version="1.0"?><workbook xmlns="x" xmlns:r="rel"><sheets>
<sheet name="说明" sheetId="1" r:id="rId1"/><sheet r:id="rId3" sheetId="2" name="6月 &amp; 5月"/></sheets></workbook>`;
const RELS = `<Relationships><Relationship Id="rId1" Type="t" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId3" Type="t" Target="/xl/worksheets/sheet2.xml"/><Relationship Id="rId2" Type="s" Target="styles.xml"/></Relationships>`;

test('the sheets of a workbook in order, with their paths, names unescaped', () => {
  expect(workbookSheets(WORKBOOK, RELS)).toEqual([
    { name: '说明', path: 'xl/worksheets/sheet1.xml' },
    { name: '6月 & 5月', path: 'xl/worksheets/sheet2.xml' },
  ]);
  expect(workbookSheets('<workbook/>', RELS)).toEqual([]);
});

test('percent styles: built-in 9 and 10, and custom codes with an unquoted %', () => {
  const styles = `<styleSheet><numFmts><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="0&quot;%&quot;"/><numFmt numFmtId="166" formatCode="0\\%"/></numFmts>
<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="9"><alignment/></xf><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="10"/></cellXfs></styleSheet>`;
  expect([...percentStyles(styles)]).toEqual([1, 2, 5]);
  expect(percentStyles('')).toEqual(new Set());
});

test('formula cells and percent-formatted numbers by line and column', () => {
  const sheet = `<worksheet><sheetData><row r="1" s="1" customFormat="1"><c r="A1" t="s"><v>0</v></c><c r="D1" s="1"><v>0.21</v></c></row>
<row r="5"><c r="D5" s="0"><f>D2*2</f><v>11</v></c><c r="E5" t="str"><f t="shared" si="0"/><v>x</v></c><c r="AA5" s="1" t="s"><v>1</v></c></row>
<row r="6"><x:c r="B6"><x:f>1+1</x:f></x:c></row></sheetData><conditionalFormatting><cfRule><formula>A1</formula></cfRule></conditionalFormatting></worksheet>`;
  const scan = scanSheetXml(sheet, new Set([1]));
  expect([...scan.formulas]).toEqual(['5:4', '5:5', '6:2']);
  expect([...scan.percents]).toEqual(['1:4']);
});
