import ExcelJS from 'exceljs';
import { rowXml, type CellStyle, type RowInternals, type RowXmlContext } from './row-xml';
import { StreamRow, type StreamSheet } from './stream-row';

/**
 * exceljs's streaming `WorkbookWriter`, with the three things its 4.4 release leaves out
 * and the report needs: a picture on a sheet (the streaming worksheet has no `addImage`),
 * `fullCalcOnLoad` (so Excel recomputes every formula on open) and the core document
 * properties beyond creator/dates. Rows are written to the zip as they are committed, so
 * a sheet never holds more than the row being filled; the zip is kept in memory (no
 * `stream` option) and read out as bytes at the end, which keeps src/shared free of
 * Node's fs and lets main, the CLI and the browser host save the bytes as they do now.
 *
 * The patches reach into exceljs internals (`zip`, `_sheetRelsWriter`, `_writeLegacyData`, `_writeRow`,
 * `addWorkbook`, `addContentTypes`): exceljs 4.4.0 is the pinned, last release; the
 * integration tests open the result in LibreOffice and check the picture is there.
 */

/** Where a picture sits: its top-left cell (0-based column and row) and its size in pixels. */
export interface PictureAnchor {
  col: number;
  row: number;
  width: number;
  height: number;
}

interface Medium {
  name: string;
}

interface SheetInternals {
  id: number;
  _sheetRelsWriter: { addRelationship(rel: { Target: string; Type: string }): string };
  _writeLegacyData(): void;
  _writeRow(row: RowInternals): void;
  _commitRow(row: RowInternals): void;
  addRow(values: readonly unknown[]): StreamRow;
  getRow(n: number): StreamRow;
  _rowZero: number;
  _rows: (StreamRow | undefined)[];
  _writeColumns(): void;
  _writeOpenSheetData(): void;
  _writeCloseSheetData(): void;
  startedData: boolean;
  stream: { write(text: string): void };
}

interface StylesInternals {
  addStyleModel(model: object | undefined, cellType?: number): number;
}

interface WriterInternals {
  styles: StylesInternals;
  zip: { append(data: string, options: { name: string }): void };
  getImage(id: number): Medium;
  _worksheets: (SheetInternals | undefined)[];
  sharedStrings: { add(text: string): number };
  commentRefs: unknown;
  media: unknown;
  addWorkbook(): Promise<void>;
  addContentTypes(): Promise<void>;
  stream: { read(): Uint8Array | null };
}

const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const REL_IMAGE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
const EMU_PER_PIXEL = 9525;

function drawingXml(anchor: PictureAnchor): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    `<xdr:oneCellAnchor editAs="oneCell"><xdr:from><xdr:col>${anchor.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${anchor.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:ext cx="${Math.round(anchor.width * EMU_PER_PIXEL)}" cy="${Math.round(anchor.height * EMU_PER_PIXEL)}"/>` +
    '<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="1" name="Picture 1"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>' +
    '<xdr:blipFill><a:blip xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>' +
    '<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>'
  );
}

function relsXml(id: string, type: string, target: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`
  );
}

/**
 * exceljs gives every cell its own style object (merged from its row and column) and finds
 * the shared style entry by rendering that object to XML, cell by cell. A cell's style is
 * a number format and a few objects shared by reference (the column's, the row's font),
 * so the key is the format and each object's JSON, computed once per object.
 */
function shareStyles(styles: StylesInternals): RowXmlContext['styleId'] {
  const addStyleModel = styles.addStyleModel.bind(styles);
  const ids = new Map<string, number>();
  const json = new WeakMap<object, string>();
  const text = (o: object | undefined): string => {
    if (!o) return '';
    let s = json.get(o);
    if (s === undefined) {
      s = JSON.stringify(o);
      json.set(o, s);
    }
    return s;
  };
  // Most cells carry a number format only (their column's): looked up without building a key.
  const formatOnly = new Map<number | undefined, Map<string, number>>();
  const styleId = (model: CellStyle | undefined, cellType?: number): number => {
    if (!model) return 0;
    const { numFmt, font, alignment, border, fill, protection } = model;
    const plain = !font && !alignment && !border && !fill && !protection;
    let byFormat: Map<string, number> | undefined;
    let key = numFmt ?? '';
    if (plain) {
      byFormat = formatOnly.get(cellType);
      if (!byFormat) formatOnly.set(cellType, (byFormat = new Map()));
    } else {
      byFormat = ids;
      key = `${cellType ?? ''}|${key}|${text(font)}|${text(alignment)}|${text(border)}|${text(fill)}|${text(protection)}`;
    }
    let id = byFormat.get(key);
    if (id === undefined) {
      id = addStyleModel(model, cellType);
      byFormat.set(key, id);
    }
    return id;
  };
  styles.addStyleModel = styleId;
  return styleId;
}

/**
 * Committed rows are written by rowXml (row-xml.ts) instead of exceljs's row xform, which
 * also numbers each sheet's shared formulas itself: the streaming worksheet would hand
 * every row a copy of its counter (every row's si="0", so Excel and LibreOffice repeat the
 * first row's formula everywhere) and keep every formula cell of the sheet in a map.
 */
function writeRowsDirectly(sheet: ExcelJS.Worksheet, styleId: RowXmlContext['styleId'], sharedStrings: { add(text: string): number }): void {
  const ws = sheet as unknown as SheetInternals;
  let si = 0;
  const ctx: RowXmlContext = { styleId, sharedString: (t) => sharedStrings.add(t), nextSharedIndex: () => si++ };
  // Rows go to the sheet's stream in batches: one write (one Buffer) per row costs more than the row.
  let pending = '';
  const flush = () => {
    if (pending) ws.stream.write(pending);
    pending = '';
  };
  ws._writeRow = (row) => {
    if (!ws.startedData) {
      ws._writeColumns();
      ws._writeOpenSheetData();
      ws.startedData = true;
    }
    pending += rowXml(row, ctx);
    if (pending.length > 1 << 16) flush();
  };
  const closeSheetData = ws._writeCloseSheetData.bind(ws);
  ws._writeCloseSheetData = () => {
    flush();
    closeSheetData();
  };
}

/**
 * The sheet's rows are StreamRows (stream-row.ts), not exceljs Rows: a row lives from
 * addRow to commit, and exceljs's Row and Cell objects (a value object, a model and a
 * merged style object per cell) were most of what a row cost.
 */
function useStreamRows(sheet: ExcelJS.Worksheet): void {
  const ws = sheet as unknown as SheetInternals;
  const letters: string[] = [];
  const host: StreamSheet = {
    getColumn: (col) => sheet.getColumn(col) as unknown as { number: number; style?: CellStyle },
    _commitRow: (row) => ws._commitRow(row),
    letters: (col) => (letters[col] ??= columnLetters(col)),
  };
  ws.addRow = (values) => {
    const row = new StreamRow(host, ws._rowZero + ws._rows.length);
    ws._rows[row.number - ws._rowZero] = row;
    row.values = values;
    return row;
  };
  ws.getRow = (n) => {
    const index = n - ws._rowZero;
    if (index < 0) throw new Error(`row ${n} of ${sheet.name} has been committed`);
    return (ws._rows[index] ??= new StreamRow(host, n));
  };
}

function columnLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** `rowCount` as the in-memory sheet has it (the last row's number), committed rows included. */
function lastRowNumber(sheet: ExcelJS.Worksheet): void {
  const ws = sheet as unknown as { _rowZero: number; _rows: unknown[] | null };
  Object.defineProperty(sheet, 'rowCount', { get: () => ws._rowZero + (ws._rows?.length ?? 0) - 1 });
}

export type NodeBuffer = (bytes: Uint8Array) => Uint8Array;

export interface StreamWorkbook {
  writer: ExcelJS.Workbook;
  /** A new sheet; views and page setup must be known now (the streaming writer writes them first). */
  addSheet(name: string, options: Partial<ExcelJS.AddWorksheetOptions>): ExcelJS.Worksheet;
  /** A PNG in the workbook's media; its id goes to `placePicture`. */
  addPng(png: Uint8Array): number;
  /** Puts picture `imageId` on `sheet` (one picture per sheet), written when the sheet is committed. */
  placePicture(sheet: ExcelJS.Worksheet, imageId: number, anchor: PictureAnchor): void;
  /** Commits every sheet and returns the .xlsx bytes. */
  finish(): Promise<Uint8Array>;
}

export function createStreamWorkbook(props: {
  created: Date;
  creator: string;
  title: string;
  subject: string;
  keywords: string;
  description: string;
  /** Node's `Buffer.from`: the zip library (archiver) takes only a Buffer or a stream for binary entries. */
  nodeBuffer: NodeBuffer;
}): StreamWorkbook {
  // Styles are shared: the writer keeps one cellXfs entry per distinct style and cells
  // point at it, so a column's number format is one entry however many rows use it.
  // created / modified / creator are read by the constructor though its types leave them out.
  const options = { useStyles: true, useSharedStrings: true, created: props.created, modified: props.created, creator: props.creator, lastModifiedBy: props.creator };
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter(options);
  Object.assign(writer, { title: props.title, subject: props.subject, keywords: props.keywords, description: props.description });
  const inner = writer as unknown as WriterInternals;
  const drawings: string[] = [];
  const styleId = shareStyles(inner.styles);

  const addWorkbook = inner.addWorkbook.bind(inner);
  inner.addWorkbook = async () => {
    // exceljs's streaming writer always writes an empty calcPr; patch in fullCalcOnLoad.
    const zip = inner.zip;
    const append = zip.append.bind(zip);
    zip.append = (data, options) => append(options.name === '/xl/workbook.xml' ? data.replace(/<calcPr[^>]*\/>|(?=<\/workbook>)/, '<calcPr calcId="171027" fullCalcOnLoad="1"/>') : data, options);
    try {
      await addWorkbook();
    } finally {
      zip.append = append;
    }
  };
  const addContentTypes = inner.addContentTypes.bind(inner);
  inner.addContentTypes = async () => {
    const zip = inner.zip;
    const append = zip.append.bind(zip);
    const overrides = drawings
      .map((name) => `<Override PartName="/xl/drawings/${name}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`)
      .join('');
    zip.append = (data, options) => append(options.name === '[Content_Types].xml' ? data.replace('</Types>', `${overrides}</Types>`) : data, options);
    try {
      await addContentTypes();
    } finally {
      zip.append = append;
    }
  };

  return {
    writer,
    addSheet(name, options) {
      const sheet = writer.addWorksheet(name, options);
      writeRowsDirectly(sheet, styleId, inner.sharedStrings);
      useStreamRows(sheet);
      lastRowNumber(sheet);
      return sheet;
    },
    addPng: (png) => writer.addImage({ buffer: props.nodeBuffer(png) as unknown as ExcelJS.Buffer, extension: 'png' }),
    placePicture(sheet, imageId, anchor) {
      const ws = sheet as unknown as SheetInternals;
      const name = `drawing${drawings.length + 1}`;
      drawings.push(name);
      const medium = inner.getImage(imageId);
      inner.zip.append(drawingXml(anchor), { name: `xl/drawings/${name}.xml` });
      inner.zip.append(relsXml('rId1', REL_IMAGE, `../media/${medium.name}`), { name: `xl/drawings/_rels/${name}.xml.rels` });
      const rId = ws._sheetRelsWriter.addRelationship({ Target: `../drawings/${name}.xml`, Type: REL_DRAWING });
      // <drawing> belongs after pageSetup/headerFooter/rowBreaks and before legacyDrawing.
      const writeLegacy = ws._writeLegacyData.bind(ws);
      ws._writeLegacyData = () => {
        ws.stream.write(`<drawing r:id="${rId}"/>`);
        writeLegacy();
      };
    },
    async finish() {
      await (writer as unknown as { commit(): Promise<void> }).commit();
      const bytes = inner.stream.read();
      if (!bytes) throw new Error('the workbook writer produced no bytes');
      return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    },
  };
}
