import { fail, quoteFound } from './errors';
import { fieldText, type CsvRowSink, type FieldRefs } from './csv-scanner';
import { headerPlan, headerlessPlan, metricOfHeader, type ColumnPlan } from './csv-columns';
import { parseFormattedValue, parseNumberAt } from './parse-number';
import type { DetectedReading } from './value-reading';
import { parseTimestampAt, type TimeContext } from './parse-time';
import type { SeriesBuilder } from './series-builder';
import type { TrafficFormat } from './types';

/**
 * Turns scanned CSV rows into validated points: the first non-blank row decides header
 * or not and which columns to read; every later row is parsed in place from char codes.
 */
export interface CsvRowHandler {
  onRow: CsvRowSink;
  plan(): ColumnPlan | null;
  /** Warnings collected while reading (skipped empty values, other series). */
  warnings(): string[];
  /** What the values are, from the header and from units written in the values ("256 req/s"). */
  reading(): DetectedReading;
  headerLine(): number;
}

export interface CsvRowContext {
  file: string;
  delimiter: number;
  time: TimeContext;
  series: string | undefined;
  forcedFormat: TrafficFormat | null;
  builder: SeriesBuilder;
}

export const TIMESTAMP_EXPECTED = 'a timestamp (ISO 8601 such as 2026-11-22T14:05:00Z, epoch seconds or milliseconds, or a date-time such as 11/22/2026 14:05)';

export function timestampExpected(raw: string, order: 'mdy' | 'dmy'): string {
  if (!raw.includes('/')) return TIMESTAMP_EXPECTED;
  return order === 'mdy'
    ? `${TIMESTAMP_EXPECTED}; slash dates are read as month/day/year here, set the date order to day/month/year if the file uses that`
    : `${TIMESTAMP_EXPECTED}; slash dates are read as day/month/year here`;
}

function isBlankRow(text: string, f: FieldRefs, nf: number): boolean {
  for (let k = 0; k < nf; k++) {
    for (let i = f.start[k] ?? 0; i < (f.end[k] ?? 0); i++) if (text.charCodeAt(i) !== 32) return false;
  }
  return true;
}

export function createCsvRowHandler(ctx: CsvRowContext): CsvRowHandler {
  const { file, time, builder } = ctx;
  const decimalComma = ctx.delimiter !== 44;
  let plan: ColumnPlan | null = null;
  let headerLine = 0;
  let timeCol = 0;
  let seriesCol = -1;
  let minFields = 2;
  let target: string | null = null;
  let emptyValues = 0;
  let firstEmptyLine = 0;
  let otherSeriesRows = 0;
  const otherSeries = new Set<string>();
  /** Long layout, no series chosen: the metric whose series are totalled (names like `sum:x{env:a}`), else null. */
  let totalMetric: string | null = null;
  const seriesIndex = new Map<string, number>();
  /** The current row's series index in seriesIndex (0 = the first series). */
  let rowSeries = 0;
  const MAX_TOTALLED = 65_000;
  let valueCols: number[] = [1];
  let sepLineSeen = false;
  /** Seconds per unit written in formatted values (Grafana's "Formatted data"): 1 for "req/s", 60 for "rpm"; null = none. */
  let valueUnit: number | null = null;
  let valueUnitText = '';
  let formatted = 0;

  function valueAt(text: string, f: FieldRefs, col: number, line: number): number {
    const s0 = f.start[col] ?? 0;
    const e0 = f.end[col] ?? 0;
    const v = parseNumberAt(text, s0, e0, decimalComma);
    if (v === v || s0 === e0) return v;
    const raw = fieldText(text, f, col);
    const fv = parseFormattedValue(raw, decimalComma);
    if (fv === null) return NaN;
    formatted++;
    if (fv.perSeconds !== null) {
      if (valueUnit !== null && valueUnit !== fv.perSeconds) fail(file, line, col + 1, `values in one unit (earlier rows are ${JSON.stringify(valueUnitText)})`, quoteFound(raw));
      valueUnit = fv.perSeconds;
      valueUnitText = fv.unit;
    }
    return fv.value;
  }

  function firstRow(text: string, f: FieldRefs, nf: number, line: number): boolean {
    const first = parseTimestampAt(text, f.start[0] ?? 0, f.end[0] ?? 0, time);
    if (first === first) {
      for (let k = 2; k < nf; k++) {
        const name = fieldText(text, f, k);
        if (/^[a-zA-Z_:][\w:]*(_total|_count)$/.test(name)) {
          fail(file, line, k + 1, 'request rates or counts per interval', `${quoteFound(name)}, a raw counter (VictoriaMetrics' /api/v1/export/csv writes raw samples): export the rate instead, e.g. /api/v1/query_range?query=sum(rate(${name}[5m])), or /api/v1/export (JSON lines), which Headroom turns into per-second increases`);
        }
      }
      plan = headerlessPlan(file, line, nf, ctx.series, ctx.forcedFormat ?? 'csv');
    } else {
      const cells: string[] = [];
      for (let k = 0; k < nf; k++) cells.push(fieldText(text, f, k));
      plan = headerPlan(file, line, cells, ctx.series, ctx.forcedFormat);
      headerLine = line;
    }
    timeCol = plan.timeCol;
    valueCols = plan.valueCols;
    seriesCol = plan.seriesCol;
    minFields = plan.minFields;
    target = plan.seriesName;
    builder.timeColumn = timeCol + 1;
    return plan.hasHeader;
  }

  /** On the first data row: warn when other numeric columns could have been the series. */
  function noteOtherSeries(p: ColumnPlan, text: string, f: FieldRefs, nf: number): void {
    const numeric = p.otherSeries.filter((o) => o.column < nf && parseNumberAt(text, f.start[o.column] ?? 0, f.end[o.column] ?? 0, decimalComma) === parseNumberAt(text, f.start[o.column] ?? 0, f.end[o.column] ?? 0, decimalComma));
    p.otherSeries = [];
    if (numeric.length > 0) {
      // Names in full (not shortened): the user copies one into the series option.
      const names = [p.label ?? '', ...numeric.map((o) => o.name)].map((n) => JSON.stringify(n)).join(', ');
      p.warnings.push(`The file has ${numeric.length + 1} series (${names}); imported ${JSON.stringify(p.label ?? '')}. Choose another with the series option.`);
    }
  }

  function onRow(text: string, f: FieldRefs, nf: number, line: number): void {
    if ((f.start[0] ?? 0) === (f.end[0] ?? 0) || text.charCodeAt(f.start[0] ?? 0) === 32) {
      if (isBlankRow(text, f, nf)) return;
    }
    if (plan === null && !sepLineSeen && nf <= 2 && fieldText(text, f, 0).toLowerCase() === 'sep=') {
      // Excel's separator hint, as Grafana's "Download for Excel" writes it: the delimiter was taken from it.
      sepLineSeen = true;
      return;
    }
    if (plan === null && firstRow(text, f, nf, line)) return;
    if (nf < minFields) {
      fail(file, line, null, `${minFields} columns separated by ${delimiterName(ctx.delimiter)}`, `${nf} column${nf === 1 ? '' : 's'}`);
    }
    if (seriesCol >= 0) {
      const s = f.start[seriesCol] ?? 0;
      const e = f.end[seriesCol] ?? 0;
      if (target === null) {
        target = fieldText(text, f, seriesCol);
        if (plan !== null) plan.label = target;
        if (plan !== null && plan.seriesName === null) totalMetric = metricOfHeader(target);
        seriesIndex.set(target, 0);
      }
      if (e - s !== target.length || !text.startsWith(target, s)) {
        const name = fieldText(text, f, seriesCol);
        if (name !== target) {
          // Series of the same metric split by a label are totalled; others skipped.
          if (totalMetric !== null && metricOfHeader(name) === totalMetric && (seriesIndex.has(name) || seriesIndex.size < MAX_TOTALLED)) {
            let k = seriesIndex.get(name);
            if (k === undefined) {
              k = seriesIndex.size;
              seriesIndex.set(name, k);
            }
            rowSeries = k;
          } else {
            otherSeriesRows++;
            if (otherSeries.size < 5) otherSeries.add(name);
            return;
          }
        } else rowSeries = 0;
      } else rowSeries = 0;
    }
    if (plan !== null && plan.otherSeries.length > 0) noteOtherSeries(plan, text, f, nf);
    const ts = f.start[timeCol] ?? 0;
    const te = f.end[timeCol] ?? 0;
    const t = parseTimestampAt(text, ts, te, time);
    if (t !== t) {
      const raw = fieldText(text, f, timeCol);
      if (/^\d{1,2}:\d{2}(:\d{2}([.,]\d+)?)?( ?[ap]m)?$/i.test(raw)) {
        fail(file, line, timeCol + 1, 'a timestamp with a date', `${quoteFound(raw)}, a time of day with no date: there is no date in these times (Kibana writes only the time when the range fits in one day; set the date format to include the date, or export a longer range)`);
      }
      fail(file, line, timeCol + 1, timestampExpected(raw, time.dateOrder), quoteFound(raw));
    }
    let v = 0;
    let present = 0;
    for (const col of valueCols) {
      const x = valueAt(text, f, col, line);
      if (!(x >= 0)) {
        const raw = fieldText(text, f, col);
        // Exports leave a cell empty where the metric had no data: a missing point, not an error.
        if (raw === '' || /^(nan|null|-|n\/a)$/i.test(raw)) continue;
        fail(file, line, col + 1, x < 0 ? 'a number ≥ 0 (requests cannot be negative)' : 'a number ≥ 0', quoteFound(raw));
      }
      v += x;
      present++;
    }
    if (present === 0) {
      if (emptyValues++ === 0) firstEmptyLine = line;
      return;
    }
    builder.add(t, v, line, rowSeries);
  }

  return {
    onRow,
    plan(): ColumnPlan | null {
      if (plan !== null && seriesIndex.size > 1) {
        plan.label = `${totalMetric ?? ''} (total of ${seriesIndex.size} series)`;
        plan.choices = [...seriesIndex.keys()].slice(0, 200);
      }
      return plan;
    },
    headerLine: () => headerLine,
    reading(): DetectedReading {
      const fromHeader: DetectedReading = plan?.reading ?? { kind: 'unknown', source: 'the file' };
      // A unit written in every value says more than a guess from the column's name.
      if (valueUnit === null) return fromHeader;
      return { kind: 'rate', perSeconds: valueUnit, source: `values written with the unit ${JSON.stringify(valueUnitText)}` };
    },
    warnings(): string[] {
      const w: string[] = [];
      if (formatted > 0) w.push(`${formatted.toLocaleString('en-US')} values were written formatted (with units or K/M suffixes, as Grafana's "Formatted data" writes them) and were read as plain numbers.`);
      if (emptyValues > 0) w.push(`${emptyValues} row${emptyValues === 1 ? '' : 's'} had no value (first on line ${firstEmptyLine}) and ${emptyValues === 1 ? 'was' : 'were'} skipped as ${emptyValues === 1 ? 'a missing point' : 'missing points'}.`);
      if (seriesIndex.size > 1) {
        const names = [...seriesIndex.keys()];
        const shown = names.slice(0, 6).map(quoteFound).join(', ');
        w.push(`Totalled ${names.length} series of ${quoteFound(totalMetric ?? '')}: ${shown}${names.length > 6 ? ` and ${names.length - 6} more` : ''}. Choose one with the series option.`);
      }
      if (otherSeriesRows > 0) {
        w.push(`Imported the series ${quoteFound(target ?? '')}; skipped ${otherSeriesRows} rows of other series (${[...otherSeries].map(quoteFound).join(', ')}). Choose another with the series option.`);
      }
      return w;
    },
  };
}

export function delimiterName(code: number): string {
  return code === 9 ? 'tabs' : code === 59 ? 'semicolons' : 'commas';
}
