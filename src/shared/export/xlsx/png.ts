/**
 * A small PNG encoder and line-chart renderer, pure TypeScript, so the Summary sheet gets
 * its chart without a browser or canvas. Compression is injected (`deflate` must return a
 * zlib stream, e.g. node:zlib's deflateSync) to keep src/shared free of node imports;
 * without one the image is stored uncompressed, which is valid PNG, only larger.
 */

import { formatNumber } from '../../engine/format';
import { drawText, fitText, TEXT_HEIGHT, textWidth } from './chart-font';

export type Deflate = (data: Uint8Array) => Uint8Array;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const x of bytes) {
    a = (a + x) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** A zlib stream of "stored" (uncompressed) deflate blocks. */
export function storedZlib(data: Uint8Array): Uint8Array {
  const blocks = Math.max(1, Math.ceil(data.length / 65535));
  const out = new Uint8Array(2 + data.length + blocks * 5 + 4);
  out[0] = 0x78;
  out[1] = 0x01;
  let o = 2;
  for (let i = 0; i < blocks; i++) {
    const chunk = data.subarray(i * 65535, Math.min(data.length, (i + 1) * 65535));
    out[o++] = i === blocks - 1 ? 1 : 0;
    out[o++] = chunk.length & 0xff;
    out[o++] = chunk.length >>> 8;
    out[o++] = ~chunk.length & 0xff;
    out[o++] = (~chunk.length >>> 8) & 0xff;
    out.set(chunk, o);
    o += chunk.length;
  }
  const adler = adler32(data);
  out.set([adler >>> 24, (adler >>> 16) & 0xff, (adler >>> 8) & 0xff, adler & 0xff], o);
  return out;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

export type Rgb = readonly [number, number, number];

/** Encodes an 8-bit palette image (one byte per pixel, index into `palette`). */
export function encodeIndexedPng(width: number, height: number, pixels: Uint8Array, palette: readonly Rgb[], deflate?: Deflate): Uint8Array {
  const raw = new Uint8Array((width + 1) * height);
  for (let y = 0; y < height; y++) raw.set(pixels.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, width);
  v.setUint32(4, height);
  ihdr.set([8, 3, 0, 0, 0], 8);
  const plte = new Uint8Array(palette.length * 3);
  palette.forEach((c, i) => plte.set(c, i * 3));
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('PLTE', plte),
    chunk('IDAT', (deflate ?? storedZlib)(raw)),
    chunk('IEND', new Uint8Array(0)),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

export interface ChartSeries {
  values: readonly number[];
  /** Palette index: 2 = blue, 3 = orange, 4 = red, 5 = green. */
  color: number;
  /** Shown in the legend above the plot. */
  name?: string;
  /** Line width in pixels (default 2); draw a wider series first so it shows under a narrower one. */
  width?: number;
}

const PALETTE: readonly Rgb[] = [
  [255, 255, 255],
  [220, 220, 220],
  [31, 119, 180],
  [255, 127, 14],
  [214, 39, 40],
  [44, 160, 44],
  [90, 90, 90],
];

/** Palette index of the axis, its values and the legend text. */
const TEXT = 6;

export interface ChartOptions {
  width?: number;
  height?: number;
  /** Month index of the event: a dashed red marker, labelled `markLabel`. */
  markIndex?: number;
  markLabel?: string;
  /** A value at `markIndex` drawn as a red dot (a tier's need at the event peak). */
  markValue?: number;
  /** The x axis' labels (the months), drawn as many as fit without overlapping. */
  labels?: readonly string[];
  /** Drawn top left, where a chart of unnamed series would have its legend (a panel's tier). */
  title?: string;
  deflate?: Deflate;
}

/** The chart as palette indices, and where its plot area lies (for the tests and the encoder). */
export function chartPixels(series: readonly ChartSeries[], options: ChartOptions = {}) {
  const width = options.width ?? 720;
  const height = options.height ?? 320;
  const px = new Uint8Array(width * height);
  const count = Math.max(2, ...series.map((s) => s.values.length));
  const mark = options.markValue !== undefined && Number.isFinite(options.markValue) ? [options.markValue] : [];
  const axis = niceAxis(Math.max(1, ...mark, ...series.flatMap((s) => s.values.filter(Number.isFinite))));
  const maxValue = axis.top;
  const yText = [0, 1, 2, 3, 4].map((g) => formatNumber(axis.step * g, axis.decimals));
  // Room on the right for half the last month label, so charts side by side never run their labels together.
  const lastLabel = options.labels?.at(-1) ?? '';
  const plot = { left: 12 + Math.max(...yText.map(textWidth)), right: width - Math.max(16, Math.ceil(textWidth(lastLabel) / 2) + 6), top: 34, bottom: height - 30 };
  const plotW = plot.right - plot.left;
  const plotH = plot.bottom - plot.top;
  const xAt = (i: number) => plot.left + Math.round((i / (count - 1)) * plotW);
  const yAt = (v: number) => plot.bottom - Math.round((Math.min(Math.max(v, 0), maxValue) / maxValue) * plotH);
  const set = (x: number, y: number, c: number) => {
    if (x >= 0 && y >= 0 && x < width && y < height) px[y * width + x] = c;
  };
  // Grid lines with their values on the y axis.
  for (let g = 0; g <= 4; g++) {
    const y = plot.bottom - Math.round((g / 4) * plotH);
    for (let x = plot.left; x <= plot.right; x++) set(x, y, 1);
    const label = yText[g]!;
    drawText(label, plot.left - 6 - textWidth(label), y - Math.floor(TEXT_HEIGHT / 2), (x, yy) => set(x, yy, TEXT));
  }
  for (let y = plot.top; y <= plot.bottom; y++) set(plot.left, y, TEXT);
  for (let x = plot.left; x <= plot.right; x++) set(x, plot.bottom, TEXT);
  // Month labels: every k-th, so that they never run into each other.
  const labels = options.labels ?? [];
  if (labels.length > 0) {
    const widest = Math.max(...labels.map(textWidth)) + 16;
    const every = Math.max(1, Math.ceil((widest * (count - 1)) / Math.max(1, plotW)));
    for (let i = 0; i < labels.length; i += every) {
      const label = labels[i]!;
      const x = Math.min(width - textWidth(label) - 2, Math.max(0, xAt(i) - Math.floor(textWidth(label) / 2)));
      for (let y = plot.bottom; y <= plot.bottom + 3; y++) set(xAt(i), y, TEXT);
      drawText(label, x, plot.bottom + 8, (xx, y) => set(xx, y, TEXT));
    }
  }
  const markAt = options.markIndex !== undefined && options.markIndex >= 0 && options.markIndex < count ? options.markIndex : null;
  if (markAt !== null) {
    const x = xAt(markAt);
    for (let y = plot.top; y <= plot.bottom; y += 2) set(x, y, 4);
    if (options.markLabel) {
      // Beside the dot when there is one (the event peak's need), else at the top of the marker.
      const y = mark.length > 0 ? Math.min(plot.bottom - TEXT_HEIGHT - 2, Math.max(plot.top + 2, yAt(mark[0]!) - Math.floor(TEXT_HEIGHT / 2))) : plot.top + 4;
      const room = plot.right - x - 8;
      const lx = textWidth(options.markLabel) <= room ? x + 8 : x - 8 - textWidth(options.markLabel);
      drawText(options.markLabel, Math.max(plot.left + 2, lx), y, (xx, yy) => set(xx, yy, 4));
    }
  }
  for (const s of series) {
    // A wider line under a narrower one stays visible where the two run together (today = need).
    const thick = s.width ?? 2;
    const from = -Math.floor((thick - 1) / 2);
    for (let i = 1; i < s.values.length; i++) {
      const a = s.values[i - 1] ?? 0;
      const b = s.values[i] ?? 0;
      line(xAt(i - 1), yAt(a), xAt(i), yAt(b), (x, y) => {
        for (let d = from; d < from + thick; d++) set(x, y + d, s.color);
      });
    }
  }
  if (mark.length > 0 && markAt !== null) {
    const cx = xAt(markAt);
    const cy = yAt(mark[0]!);
    for (let dy = -3; dy <= 3; dy++) for (let dx = -3; dx <= 3; dx++) if (dx * dx + dy * dy <= 10) set(cx + dx, cy + dy, 4);
  }
  if (options.title) drawText(fitText(options.title, width - 8), 4, 10, (x, y) => set(x, y, TEXT));
  // Legend: a swatch in each series' colour, then its name.
  let lx = plot.left;
  for (const s of series) {
    if (!s.name) continue;
    for (let y = 10; y < 10 + TEXT_HEIGHT; y++) for (let x = lx; x < lx + 18; x++) set(x, y, s.color);
    drawText(s.name, lx + 24, 10, (x, y) => set(x, y, TEXT));
    lx += 24 + textWidth(s.name) + 28;
  }
  return { width, height, px, plot };
}

/**
 * The y axis' top: four equal steps of a round size (1, 2, 3 or 5 × a power of ten; 15 and
 * 25 from there up), so every grid line reads as a whole number (0, 2, 4, 6, 8, not 0, 3,
 * 5, 8, 10). Steps below 1 only when the values are below 4, so whole units never get a half.
 */
export function niceAxis(maxValue: number): { top: number; step: number; decimals: number } {
  const raw = Math.max(maxValue, 1e-9) / 4;
  const p = 10 ** Math.floor(Math.log10(raw));
  const multiples = p >= 10 ? [1, 1.5, 2, 2.5, 3, 5, 10] : p >= 1 ? [1, 2, 3, 5, 10] : [1, 2, 5, 10];
  const step = (multiples.find((m) => m * p >= raw - 1e-12) ?? 10) * p;
  const decimals = step >= 1 ? 0 : (String(Number(step.toPrecision(6))).split('.')[1] ?? '').length;
  return { top: step * 4, step, decimals };
}

/**
 * A line chart of a few series over the same months, with its y-axis values, month labels,
 * a legend, and a dashed marker at `markIndex` (the event month).
 */
export function renderLineChart(series: readonly ChartSeries[], options: ChartOptions = {}): Uint8Array {
  const { width, height, px } = chartPixels(series, options);
  return encodeIndexedPng(width, height, px, PALETTE, options.deflate);
}

export interface ChartPanel {
  series: readonly ChartSeries[];
  options: Omit<ChartOptions, 'width' | 'height' | 'deflate'>;
}

export interface GridOptions {
  columns: number;
  panelWidth: number;
  panelHeight: number;
  /** One legend above all panels: a swatch and a name per entry. */
  legend: readonly { name: string; color: number }[];
  /** A line of text under the legend (what the panels are, what was left out). */
  caption?: string;
  deflate?: Deflate;
}

const GRID_HEADER = 48;

/** Width and height of a grid of `count` panels: known before anything is drawn (the sheet reserves the space). */
export function gridSize(count: number, o: Pick<GridOptions, 'columns' | 'panelWidth' | 'panelHeight'>): { width: number; height: number } {
  const rows = Math.max(1, Math.ceil(count / o.columns));
  return { width: o.columns * o.panelWidth, height: GRID_HEADER + rows * o.panelHeight };
}

/** Panels side by side, `columns` to a row, under one legend: small multiples, one picture. */
export function gridPixels(panels: readonly ChartPanel[], o: GridOptions) {
  const { width, height } = gridSize(panels.length, o);
  const px = new Uint8Array(width * height);
  const set = (x: number, y: number, c: number) => {
    if (x >= 0 && y >= 0 && x < width && y < height) px[y * width + x] = c;
  };
  let lx = 8;
  for (const entry of o.legend) {
    for (let y = 8; y < 8 + TEXT_HEIGHT; y++) for (let x = lx; x < lx + 18; x++) set(x, y, entry.color);
    drawText(entry.name, lx + 24, 8, (x, y) => set(x, y, TEXT));
    lx += 24 + textWidth(entry.name) + 28;
  }
  if (o.caption) drawText(fitText(o.caption, width - 16), 8, 8 + TEXT_HEIGHT + 10, (x, y) => set(x, y, TEXT));
  panels.forEach((panel, i) => {
    const img = chartPixels(panel.series, { ...panel.options, width: o.panelWidth, height: o.panelHeight });
    const ox = (i % o.columns) * o.panelWidth;
    const oy = GRID_HEADER + Math.floor(i / o.columns) * o.panelHeight;
    for (let y = 0; y < img.height; y++) px.set(img.px.subarray(y * img.width, (y + 1) * img.width), (oy + y) * width + ox);
    // A light frame, so each tier reads as its own chart.
    for (let x = ox; x < ox + o.panelWidth; x++) set(x, oy, 1);
    for (let y = oy; y < oy + o.panelHeight; y++) set(ox, y, 1);
  });
  return { width, height, px };
}

export function renderChartGrid(panels: readonly ChartPanel[], o: GridOptions): Uint8Array {
  const { width, height, px } = gridPixels(panels, o);
  return encodeIndexedPng(width, height, px, PALETTE, o.deflate);
}

function line(x0: number, y0: number, x1: number, y1: number, plot: (x: number, y: number) => void): void {
  const dx = Math.abs(x1 - x0);
  const dy = -Math.abs(y1 - y0);
  const sx = x0 < x1 ? 1 : -1;
  const sy = y0 < y1 ? 1 : -1;
  let err = dx + dy;
  for (;;) {
    plot(x0, y0);
    if (x0 === x1 && y0 === y1) return;
    const e2 = 2 * err;
    if (e2 >= dy) {
      err += dy;
      x0 += sx;
    }
    if (e2 <= dx) {
      err += dx;
      y0 += sy;
    }
  }
}
