/**
 * A committed row of exceljs's streaming worksheet, written as sheet XML here rather than
 * by exceljs's row and cell xforms. Those copy every cell into a model object, render it
 * through a generic XML builder and escape every attribute: three quarters of the export's
 * time on a 5,000-node plan. This writes the same elements and attributes in the same
 * order (exceljs's reader and LibreOffice read both alike; the stream-workbook tests compare
 * the cells with the in-memory build), for the value types the report writes: numbers,
 * text, booleans and formulas (their result a number, text, boolean or none). Any other
 * value type is refused loudly rather than written wrong.
 */

// exceljs's Enums.ValueType.
const NULL = 0;
const NUMBER = 2;
const STRING = 3;
const FORMULA = 6;
const BOOLEAN = 9;

/** A cell's style as exceljs keeps it: the row's and column's fields merged, objects shared by reference. */
export interface CellStyle {
  numFmt?: string;
  font?: object;
  alignment?: object;
  border?: object;
  fill?: object;
  protection?: object;
}

interface FormulaModel {
  formula?: string;
  sharedFormula?: string;
  result?: unknown;
  shareType?: string;
  ref?: string;
}

export interface CellInternals {
  _address: string;
  _column: { number: number };
  _value: { type: number; model: { value?: unknown } & FormulaModel };
  style: CellStyle;
}

export interface RowInternals {
  number: number;
  height?: number;
  hidden?: boolean;
  outlineLevel?: number;
  collapsed?: boolean;
  style: CellStyle;
  _cells: (CellInternals | undefined)[];
}

export interface RowXmlContext {
  /** The workbook's style index for a cell's (or row's) style; 0 is the default. */
  styleId(style: CellStyle, cellType?: number): number;
  /** The shared-strings index of a text value. */
  sharedString(text: string): number;
  /** The sheet's next shared-formula number (si), counted across its rows. */
  nextSharedIndex(): number;
}

// What exceljs's xmlEncode escapes, and the control characters it drops.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NEEDS_ESCAPE = /[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const ESCAPED = /[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const ENTITY: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' };

/** Text as exceljs escapes it in element content: the five XML entities, control characters dropped. */
export function xmlEscape(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(ESCAPED, (ch) => ENTITY[ch] ?? '') : text;
}

function valueType(v: unknown): number {
  if (v === null || v === undefined) return NULL;
  if (typeof v === 'string') return STRING;
  if (typeof v === 'number') return NUMBER;
  if (typeof v === 'boolean') return BOOLEAN;
  throw new Error(`the streamed sheet writes formula results that are numbers, text or booleans, not ${Object.prototype.toString.call(v)}`);
}

function formulaXml(cell: CellInternals, m: FormulaModel, masters: Map<string, number>, ctx: RowXmlContext): { t: string; inner: string } {
  let attrs = '';
  if (m.formula && m.shareType === 'shared') {
    const si = ctx.nextSharedIndex();
    masters.set(cell._address, si);
    attrs = ` t="shared" ref="${m.ref}" si="${si}"`;
  } else if (m.shareType) {
    throw new Error(`the streamed sheet writes plain and shared formulas, not ${m.shareType} (${cell._address})`);
  } else if (!m.formula && m.sharedFormula) {
    const si = masters.get(m.sharedFormula);
    // exceljs's streaming writer numbers shared formulas row by row: the master must be in the same row.
    if (si === undefined) throw new Error(`shared formula ${cell._address}: its master ${m.sharedFormula} is not a shared formula earlier in the same row`);
    attrs = ` t="shared" si="${si}"`;
  }
  const f = m.formula ? `<f${attrs}>${xmlEscape(m.formula)}</f>` : `<f${attrs}/>`;
  switch (valueType(m.result)) {
    case NULL:
      return { t: '', inner: f };
    case STRING:
      // As exceljs does: a formula's text result is inline (t="str"), never a shared string.
      return { t: ' t="str"', inner: `${f}<v>${xmlEscape(m.result as string)}</v>` };
    case BOOLEAN:
      return { t: ' t="b"', inner: `${f}<v>${m.result ? 1 : 0}</v>` };
    default:
      return { t: '', inner: `${f}<v>${String(m.result)}</v>` };
  }
}

function cellXml(cell: CellInternals, masters: Map<string, number>, ctx: RowXmlContext): string {
  const { type, model } = cell._value;
  const effective = type === FORMULA ? valueType(model.result) : type;
  const s = ctx.styleId(cell.style ?? {}, effective);
  if (type === NULL && !s) return '';
  const open = s ? `<c r="${cell._address}" s="${s}"` : `<c r="${cell._address}"`;
  switch (type) {
    case NULL:
      return `${open}/>`;
    case NUMBER:
      return `${open}><v>${String(model.value)}</v></c>`;
    case STRING:
      return `${open} t="s"><v>${ctx.sharedString(model.value as string)}</v></c>`;
    case BOOLEAN:
      return `${open} t="b"><v>${model.value ? '1' : '0'}</v></c>`;
    case FORMULA: {
      const { t, inner } = formulaXml(cell, model, masters, ctx);
      return `${open}${t}>${inner}</c>`;
    }
    default:
      throw new Error(`the streamed sheet writes numbers, text, booleans and formulas, not value type ${type} (${cell._address})`);
  }
}

/** The row's `<row>` element, or '' when exceljs would skip it (no value and no height). */
export function rowXml(row: RowInternals, ctx: RowXmlContext): string {
  const cells = row._cells;
  let hasValues = false;
  let min = 0;
  let max = 0;
  for (const cell of cells) {
    if (!cell) continue;
    if (cell._value.type !== NULL) hasValues = true;
    const col = cell._column.number;
    if (!min || col < min) min = col;
    if (col > max) max = col;
  }
  if (!hasValues && !row.height) return '';
  const rowStyle = ctx.styleId(row.style);
  let xml = `<row r="${row.number}"`;
  if (row.height) xml += ` ht="${row.height}" customHeight="1"`;
  if (row.hidden) xml += ' hidden="1"';
  if (min > 0 && max > 0) xml += ` spans="${min}:${max}"`;
  if (rowStyle) xml += ` s="${rowStyle}" customFormat="1"`;
  xml += ' x14ac:dyDescent="0.25"';
  if (row.outlineLevel) xml += ` outlineLevel="${row.outlineLevel}"`;
  if (row.collapsed) xml += ' collapsed="1"';
  const masters = new Map<string, number>();
  let body = '';
  for (const cell of cells) if (cell) body += cellXml(cell, masters, ctx);
  return body ? `${xml}>${body}</row>` : `${xml}/>`;
}
