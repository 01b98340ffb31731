import { createRequire } from 'node:module';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { rowXml, xmlEscape, type RowInternals } from './row-xml';
import { createStreamWorkbook } from './stream-workbook';

// exceljs's own row xform, styles and shared strings: what the streamed sheet wrote before row-xml.ts.
const require = createRequire(import.meta.url);
const RowXform = require('exceljs/lib/xlsx/xform/sheet/row-xform.js') as new () => { prepare(model: unknown, options: unknown): void; toXml(model: unknown): string };
const StylesXform = require('exceljs/lib/xlsx/xform/style/styles-xform.js') as new (init: boolean) => { addStyleModel(model: object, cellType?: number): number; model: unknown };
const SharedStrings = require('exceljs/lib/utils/shared-strings.js') as new () => { add(text: string): number; values: string[] };

/** The same rows, built by the same calls, on an in-memory sheet (exceljs's Rows) or a streamed one (StreamRows). */
function rows(ws: ExcelJS.Worksheet = new ExcelJS.Workbook().addWorksheet('s')): ExcelJS.Row[] {
  ws.columns = [{ header: 'Name', width: 20 }, { header: 'n', style: { numFmt: '#,##0' } }, { header: 'f', style: { numFmt: '0%' } }, { header: 'g' }, { header: 'h' }, { header: 'i' }];
  const header = ws.getRow(1);
  header.font = { bold: true };
  ws.addRow(['a <b> & "c" \'d\'\u0001', 3.25, 0.5, true, false, null]);
  const formulas = ws.addRow([
    { formula: 'A2&"x"', result: 'a<b>' },
    { formula: 'B2*2', result: 6.5 },
    { formula: 'B2>1', result: true },
    { formula: 'C2+1' },
    { formula: 'SUM(B2:C2)', result: 0 },
  ]);
  formulas.getCell(1).numFmt = '#,##0" rps"';
  formulas.getCell(6).alignment = { wrapText: true, vertical: 'top' };
  formulas.height = 40;
  // Two rows with their own shared formula (si 0 and 1), and a row with only a styled empty cell and a height.
  for (let r = 4; r <= 5; r++) {
    ws.addRow(['shared', { formula: `B${r - 1}*2`, result: 1, shareType: 'shared', ref: `B${r}:D${r}` }, { sharedFormula: `B${r}`, result: 2 }, { sharedFormula: `B${r}`, result: 3 }]);
  }
  const empty = ws.addRow([]);
  empty.getCell(2).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD4EDDA' } };
  empty.height = 20;
  const bold = ws.addRow(['total', 12]);
  bold.font = { bold: true, size: 12 };
  // A cell made after the row's font takes it too, merged with its column's format.
  bold.getCell(3).value = 0.25;
  ws.addRow([]);
  return [header, ...Array.from({ length: ws.rowCount - 1 }, (_, i) => ws.getRow(i + 2))];
}

describe('rowXml', () => {
  it("writes each row exactly as exceljs's row xform does, styles and shared strings numbered alike", () => {
    const expected = { styles: new StylesXform(true), sharedStrings: new SharedStrings() };
    const options = { styles: expected.styles, sharedStrings: expected.sharedStrings, hyperlinks: [], merges: { add() {} }, formulae: {}, siFormulae: 0, comments: [] };
    const actual = { styles: new StylesXform(true), sharedStrings: new SharedStrings() };
    let si = 0;
    const ctx = { styleId: (s: object, t?: number) => actual.styles.addStyleModel(s, t), sharedString: (t: string) => actual.sharedStrings.add(t), nextSharedIndex: () => si++ };
    const xform = new RowXform();
    for (const row of rows()) {
      const internals = row as unknown as RowInternals;
      const model = row.model;
      let want = '';
      if (row.hasValues || row.height) {
        xform.prepare(model, options);
        want = xform.toXml(model);
      }
      expect(rowXml(internals, ctx), `row ${row.number}`).toBe(want);
    }
    expect(actual.sharedStrings.values).toEqual(expected.sharedStrings.values);
    expect(actual.styles.model).toEqual(expected.styles.model);
  });

  it("writes a streamed sheet's rows (StreamRow) as it writes exceljs's own Rows", () => {
    const book = createStreamWorkbook({ created: new Date(0), creator: 't', title: 't', subject: 't', keywords: 't', description: 't', nodeBuffer: (b) => b });
    const streamed = rows(book.addSheet('s', {}));
    const built = rows();
    const context = () => {
      const styles = new StylesXform(true);
      const strings = new SharedStrings();
      let si = 0;
      return { styles, strings, ctx: { styleId: (s: object, t?: number) => styles.addStyleModel(s, t), sharedString: (t: string) => strings.add(t), nextSharedIndex: () => si++ } };
    };
    const a = context();
    const b = context();
    expect(streamed.map((r) => rowXml(r as unknown as RowInternals, b.ctx))).toEqual(built.map((r) => rowXml(r as unknown as RowInternals, a.ctx)));
    expect(b.styles.model).toEqual(a.styles.model);
    expect(streamed[2]!.getCell(1).value).toEqual(built[2]!.getCell(1).value);
  });

  it('refuses a shared formula whose master is not in its row, rather than writing a formula nobody reads', () => {
    const ws = new ExcelJS.Workbook().addWorksheet('s');
    ws.addRow([{ formula: 'A1', result: 1, shareType: 'shared', ref: 'A1:B1' }]);
    const clone = ws.addRow([{ sharedFormula: 'A1', result: 1 }]);
    const ctx = { styleId: () => 0, sharedString: () => 0, nextSharedIndex: () => 0 };
    expect(() => rowXml(clone as unknown as RowInternals, ctx)).toThrow(/master A1/);
  });

  it('escapes the XML entities and drops the control characters exceljs drops', () => {
    expect(xmlEscape('plain text')).toBe('plain text');
    expect(xmlEscape('<a href="x">&\'\u0007\u007F\tz</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;\tz&lt;/a&gt;');
  });
});
