import type { CellInternals, CellStyle, RowInternals } from './row-xml';

/**
 * The rows a streamed sheet hands out (`addRow`, `getRow`): the part of exceljs's Row and
 * Cell the sheet modules use (values, number, height, font / alignment / fill / border /
 * numFmt on the row or a cell, getCell, commit), kept as light as a row that lives for one
 * write can be. exceljs builds a Cell, a value object, a model and a merged style object
 * for every cell; here a cell shares its column's style object until something sets a
 * style on the cell itself. The row's XML is written by rowXml, which reads these fields
 * as it reads exceljs's own (row-xml.test.ts checks both give the same XML).
 */

// exceljs's Enums.ValueType.
const NULL = 0;
const NUMBER = 2;
const STRING = 3;
const FORMULA = 6;
const BOOLEAN = 9;

const STYLE_FIELDS = ['numFmt', 'font', 'alignment', 'border', 'fill', 'protection'] as const;
type StyleField = (typeof STYLE_FIELDS)[number];

/** exceljs's Cell._mergeStyle: each field from the row, else from the column. */
function mergeStyle(row: CellStyle | undefined, column: CellStyle | undefined): CellStyle {
  const style: CellStyle = {};
  for (const k of STYLE_FIELDS) {
    const v = row?.[k] || column?.[k];
    if (v) (style as Record<StyleField, unknown>)[k] = v;
  }
  return style;
}

function isEmpty(style: CellStyle): boolean {
  for (const k of STYLE_FIELDS) if (style[k]) return false;
  return true;
}

interface FormulaInput {
  formula?: string;
  sharedFormula?: string;
  result?: unknown;
  shareType?: string;
  ref?: string;
}

/** What a streamed row needs of its sheet (exceljs's WorksheetWriter has all of it). */
export interface StreamSheet {
  getColumn(col: number): { number: number; style?: CellStyle };
  _commitRow(row: StreamRow): void;
  /** Column letters by number ("A" for 1), cached by the sheet. */
  letters(col: number): string;
}

export class StreamCell implements CellInternals {
  _value: CellInternals['_value'] = { type: NULL, model: {} };
  /** The column's (or the row's and column's merged) style until the cell gets its own. */
  style: CellStyle;
  private own: boolean;

  constructor(
    readonly _address: string,
    readonly _column: { number: number; style?: CellStyle },
    rowStyle: CellStyle,
  ) {
    this.own = !isEmpty(rowStyle);
    this.style = this.own ? mergeStyle(rowStyle, _column.style) : (_column.style ?? {});
  }

  get address(): string {
    return this._address;
  }

  get type(): number {
    return this._value.type;
  }

  get value(): unknown {
    const { type, model } = this._value;
    if (type === NULL) return null;
    if (type !== FORMULA) return model.value;
    // exceljs hands out a formula's truthy fields only.
    const copy: FormulaInput = {};
    for (const k of ['formula', 'result', 'ref', 'shareType', 'sharedFormula'] as const) if (model[k]) (copy as Record<string, unknown>)[k] = model[k];
    return copy;
  }

  set value(v: unknown) {
    if (v === null || v === undefined) this._value = { type: NULL, model: {} };
    else if (typeof v === 'number') this._value = { type: NUMBER, model: { value: v } };
    else if (typeof v === 'string') this._value = { type: STRING, model: { value: v } };
    else if (typeof v === 'boolean') this._value = { type: BOOLEAN, model: { value: v } };
    else if (typeof v === 'object' && ((v as FormulaInput).formula || (v as FormulaInput).sharedFormula)) {
      const f = v as FormulaInput;
      this._value = { type: FORMULA, model: { formula: f.formula, sharedFormula: f.sharedFormula, result: f.result, shareType: f.shareType, ref: f.ref } };
    } else throw new Error(`the streamed sheet writes numbers, text, booleans and formulas, not ${Object.prototype.toString.call(v)} (${this._address})`);
  }

  private set(field: StyleField, v: unknown): void {
    if (!this.own) {
      this.style = mergeStyle(undefined, this.style);
      this.own = true;
    }
    (this.style as Record<StyleField, unknown>)[field] = v;
  }

  get numFmt(): string | undefined {
    return this.style.numFmt;
  }
  set numFmt(v: string | undefined) {
    this.set('numFmt', v);
  }
  get font(): object | undefined {
    return this.style.font;
  }
  set font(v: object | undefined) {
    this.set('font', v);
  }
  get alignment(): object | undefined {
    return this.style.alignment;
  }
  set alignment(v: object | undefined) {
    this.set('alignment', v);
  }
  get border(): object | undefined {
    return this.style.border;
  }
  set border(v: object | undefined) {
    this.set('border', v);
  }
  get fill(): object | undefined {
    return this.style.fill;
  }
  set fill(v: object | undefined) {
    this.set('fill', v);
  }
  get protection(): object | undefined {
    return this.style.protection;
  }
  set protection(v: object | undefined) {
    this.set('protection', v);
  }
}

export class StreamRow implements RowInternals {
  _cells: (StreamCell | undefined)[] = [];
  style: CellStyle = {};
  height?: number;
  hidden?: boolean;
  outlineLevel = 0;

  constructor(
    private readonly sheet: StreamSheet,
    readonly number: number,
  ) {}

  /** As exceljs: an array's items from column 1, an undefined item leaves its cell out. */
  set values(values: readonly unknown[] | null | undefined) {
    this._cells = [];
    if (!values) return;
    if (!Array.isArray(values)) throw new Error('the streamed sheet takes a row as an array of values');
    values.forEach((v, i) => {
      if (v !== undefined) this.getCell(i + 1).value = v;
    });
  }

  getCell(col: number): StreamCell {
    if (typeof col !== 'number') throw new Error(`the streamed sheet finds cells by column number, not ${String(col)}`);
    let cell = this._cells[col - 1];
    if (!cell) {
      cell = new StreamCell(`${this.sheet.letters(col)}${this.number}`, this.sheet.getColumn(col), this.style);
      this._cells[col - 1] = cell;
    }
    return cell;
  }

  /** exceljs's Worksheet.getCell(r, c) reaches a row's cell through this (column headers do). */
  getCellEx(address: { col: number }): StreamCell {
    return this.getCell(address.col);
  }

  get hasValues(): boolean {
    return this._cells.some((c) => c !== undefined && c._value.type !== NULL);
  }

  commit(): void {
    this.sheet._commitRow(this);
  }

  private apply(field: StyleField, v: unknown): void {
    (this.style as Record<StyleField, unknown>)[field] = v;
    for (const cell of this._cells) if (cell) cell[field] = v as never;
  }

  get numFmt(): string | undefined {
    return this.style.numFmt;
  }
  set numFmt(v: string | undefined) {
    this.apply('numFmt', v);
  }
  get font(): object | undefined {
    return this.style.font;
  }
  set font(v: object | undefined) {
    this.apply('font', v);
  }
  get alignment(): object | undefined {
    return this.style.alignment;
  }
  set alignment(v: object | undefined) {
    this.apply('alignment', v);
  }
  get border(): object | undefined {
    return this.style.border;
  }
  set border(v: object | undefined) {
    this.apply('border', v);
  }
  get fill(): object | undefined {
    return this.style.fill;
  }
  set fill(v: object | undefined) {
    this.apply('fill', v);
  }
  get protection(): object | undefined {
    return this.style.protection;
  }
  set protection(v: object | undefined) {
    this.apply('protection', v);
  }
}
