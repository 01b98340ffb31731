import ExcelJS from 'exceljs';

/**
 * exceljs's streaming `WorkbookWriter`, with the three things its 4.4 release leaves out
 * and the report needs: a picture on a sheet (the streaming worksheet has no `addImage`),
 * `fullCalcOnLoad` (so Excel recomputes every formula on open) and the core document
 * properties beyond creator/dates. Rows are written to the zip as they are committed, so
 * a sheet never holds more than the row being filled; the zip is kept in memory (no
 * `stream` option) and read out as bytes at the end, which keeps src/shared free of
 * Node's fs and lets main, the CLI and the browser host save the bytes as they do now.
 *
 * The patches reach into exceljs internals (`zip`, `_sheetRelsWriter`, `_writeLegacyData`,
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
  sharedStrings: unknown;
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
 * the shared style entry by rendering that object to XML, cell by cell: a third of the
 * writing time. A cell's style is a few small fields, so its JSON finds the same entry.
 */
function shareStyles(styles: StylesInternals): void {
  const addStyleModel = styles.addStyleModel.bind(styles);
  const ids = new Map<string, number>();
  styles.addStyleModel = (model, cellType) => {
    if (!model) return 0;
    const key = `${cellType ?? ''}|${JSON.stringify(model)}`;
    let id = ids.get(key);
    if (id === undefined) {
      id = addStyleModel(model, cellType);
      ids.set(key, id);
    }
    return id;
  };
}

/**
 * The streaming worksheet hands each row a copy of its shared-formula counter, so every
 * row's shared formula gets si="0" (Excel and LibreOffice then repeat the first row's
 * formula everywhere), and it keeps every formula cell of the sheet in one map for good.
 * Each row's write reads `_formulae` and then `_siFormulae`: a fresh map per row, and the
 * counter carried on from the si numbers the previous row used. A shared formula must
 * therefore have its master in the same row (the Projection sheet's month cells do).
 */
function numberSharedFormulas(sheet: ExcelJS.Worksheet): void {
  let next = 0;
  let previous: Record<string, { si?: number }> = {};
  Object.defineProperty(sheet, '_formulae', {
    get() {
      for (const model of Object.values(previous)) if (model.si !== undefined) next = Math.max(next, model.si + 1);
      previous = {};
      return previous;
    },
    set() {},
  });
  Object.defineProperty(sheet, '_siFormulae', { get: () => next, set() {} });
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
  shareStyles(inner.styles);

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
      numberSharedFormulas(sheet);
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
