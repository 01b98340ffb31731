import { fail, quoteFound } from './errors';
import { createCsvScanner, fieldText } from './csv-scanner';
import { parseNumberAt } from './parse-number';
import { parseTimestampAt, type TimeContext } from './parse-time';
import { TIMESTAMP_EXPECTED } from './csv-rows';
import type { SeriesBuilder } from './series-builder';

/**
 * CloudWatch's GetMetricData result laid out in rows, as the CLI's text output and
 * spreadsheets of it look: one row per field (Id, Label, StatusCode, Timestamps, Values),
 * the data running across columns, newest first. Several metrics follow one another.
 * Rows this wide cannot stream by row, so the caller buffers the file (size-capped).
 */
interface Block {
  label: string;
  tsLine: number;
  ts: string[];
  valuesLine: number;
  values: string[];
}

export interface CloudWatchRead {
  series: string;
  warnings: string[];
}

export function readCloudWatchRows(file: string, text: string, delimiter: number, time: TimeContext, series: string | undefined, builder: SeriesBuilder): CloudWatchRead {
  const blocks: Block[] = [];
  let current: Block | null = null;
  function fresh(): Block {
    const b: Block = { label: '', tsLine: 0, ts: [], valuesLine: 0, values: [] };
    blocks.push(b);
    return b;
  }
  const scanner = createCsvScanner(file, delimiter, (t, f, nf, line) => {
    const key = fieldText(t, f, 0).toLowerCase();
    const cells: string[] = [];
    for (let k = 1; k < nf; k++) cells.push(fieldText(t, f, k));
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    if (key === '' && cells.length === 0) return;
    if (key === 'id' || key === 'label') {
      if (current === null || current.tsLine > 0 || (key === 'label' && current.label !== '')) current = fresh();
      if (key === 'label') current.label = cells.join(' ');
    } else if (key === 'timestamps' || key === 'timestamp') {
      current ??= fresh();
      current.tsLine = line;
      current.ts = cells;
    } else if (key === 'values' || key === 'value') {
      current ??= fresh();
      current.valuesLine = line;
      current.values = cells;
    } else if (key !== 'statuscode' && key !== 'messages') {
      fail(file, line, 1, 'a row named Id, Label, StatusCode, Timestamps or Values (CloudWatch GetMetricData rows)', quoteFound(key));
    }
  }, Number.MAX_SAFE_INTEGER);
  scanner.push(text);
  scanner.finish();
  const usable = blocks.filter((b) => b.tsLine > 0);
  if (usable.length === 0) fail(file, 0, null, 'a Timestamps row and a Values row', 'neither');
  let pick = 0;
  const warnings: string[] = [];
  if (series !== undefined && series !== '') {
    pick = usable.findIndex((b) => b.label === series);
    if (pick < 0) pick = usable.findIndex((b) => b.label.includes(series));
    if (pick < 0) fail(file, 0, null, `a metric labelled ${quoteFound(series)} (one of ${usable.map((b) => quoteFound(b.label)).join(', ')})`, 'none');
  } else if (usable.length > 1) {
    warnings.push(`The file has ${usable.length} metrics; imported ${quoteFound(usable[0]?.label ?? '')}. Choose another with the series option.`);
  }
  const b = usable[pick] as Block;
  if (b.valuesLine === 0) fail(file, b.tsLine + 1, null, 'a Values row after the Timestamps row', 'none');
  if (b.values.length !== b.ts.length) {
    fail(file, b.valuesLine, null, `${b.ts.length} values, one per timestamp on line ${b.tsLine}`, `${b.values.length}`);
  }
  for (let k = 0; k < b.ts.length; k++) {
    const ts = b.ts[k] ?? '';
    const t = parseTimestampAt(ts, 0, ts.length, time);
    if (t !== t) fail(file, b.tsLine, k + 2, TIMESTAMP_EXPECTED, quoteFound(ts));
    const raw = b.values[k] ?? '';
    const v = parseNumberAt(raw, 0, raw.length, delimiter !== 44);
    if (!(v >= 0)) fail(file, b.valuesLine, k + 2, 'a number ≥ 0', quoteFound(raw));
    builder.timeColumn = k + 2;
    builder.add(t, v, b.tsLine);
  }
  return { series: b.label, warnings };
}
