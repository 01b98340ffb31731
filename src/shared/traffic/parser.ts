import { fail, importError, TrafficInputError } from './errors';
import { createCsvScanner, type CsvScanner } from './csv-scanner';
import { createCsvRowHandler, type CsvRowHandler } from './csv-rows';
import { readCloudWatchRows } from './cloudwatch-rows';
import { readJsonDocument } from './json-document';
import { MAX_JSON_CHARS } from './prometheus';
import { makeZone, type TimeContext, type Zone } from './parse-time';
import { createSeriesBuilder, type SeriesBuilder } from './series-builder';
import { emitSeries } from './series-set';
import { sniff, type Sniffed } from './sniff';
import { readingFromName, resolveReading } from './value-reading';
import type { TrafficFormat, TrafficImportOptions, TrafficParseResult, TrafficParser } from './types';

/**
 * The chunk-fed import: feed decoded text in slices of any size (they may split lines,
 * quoted fields or CRLF pairs), then `finish()`. The result is all-or-nothing: the
 * first problem stops the import and is the only thing reported.
 *
 * CSV streams row by row; JSON (Prometheus) and CloudWatch's transposed rows are
 * buffered whole, capped at MAX_JSON_CHARS.
 */
const BINARY_PROBE_CHARS = 1024;

type Mode = 'sniff' | 'csv' | 'buffer';

export function createTrafficParser(options: TrafficImportOptions): TrafficParser {
  const file = options.fileName;
  const builder: SeriesBuilder = createSeriesBuilder(file, options.keepPoints ?? true);
  let mode: Mode = 'sniff';
  let failed: TrafficParseResult | null = null;
  let head = '';
  let probed = 0;
  let started = false;
  let sniffed: Sniffed | null = null;
  let time: TimeContext | null = null;
  let scanner: CsvScanner | null = null;
  let rows: CsvRowHandler | null = null;
  const buffered: string[] = [];
  let bufferedChars = 0;
  let zone: Zone | null = null;
  /** Timestamps read without a zone or offset, and how many fell in a repeated (fall-back) hour. */
  let naive = 0;
  let repeatedHour = 0;

  function timeContext(order: 'mdy' | 'dmy'): TimeContext {
    let z: Zone;
    try {
      z = makeZone(options.timeZone ?? 'UTC');
    } catch {
      fail(file, 0, null, 'a known IANA time zone such as Europe/Paris', JSON.stringify(options.timeZone));
    }
    zone = z;
    let previous = NaN;
    let direction = 0;
    return {
      dateOrder: order,
      localToUtc(wallMs: number): number {
        naive++;
        const utc = z.toUtc(wallMs, previous, direction);
        if (utc !== previous && zoneRepeats(z, utc)) repeatedHour++;
        if (previous === previous && utc !== previous) direction = utc > previous ? 1 : -1;
        previous = utc;
        return utc;
      },
    };
  }

  function probeBinary(chunk: string): void {
    // NUL or the replacement char (invalid UTF-8) early on: a binary file, not text.
    const limit = Math.min(chunk.length, BINARY_PROBE_CHARS - probed);
    for (let i = 0; i < limit; i++) {
      const c = chunk.charCodeAt(i);
      if (c === 0 || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) {
        fail(file, 0, null, 'a text file (CSV or JSON)', `binary data (character ${probed + i + 1} is control character ${c}): this is not a text file`);
      }
      if (c === 0xfffd) {
        fail(file, 0, null, 'UTF-8 text (a CSV or JSON export)', `bytes that are not UTF-8 at character ${probed + i + 1}: this is not a text file in UTF-8 (re-save it as UTF-8 CSV)`);
      }
    }
    probed += limit;
  }

  function forced(): TrafficFormat | null {
    return options.format === undefined || options.format === 'auto' ? null : options.format;
  }

  function start(s: Sniffed, text: string): void {
    sniffed = s;
    time = timeContext(s.dateOrder);
    const f = forced();
    if (s.kind === 'markup') {
      fail(file, 1, 1, 'a CSV or JSON metrics export', 'markup starting with "<": this looks like an HTML or XML page (a login page saved instead of the export?)');
    }
    if (s.kind === 'csv' && f !== null && JSON_ONLY.has(f)) fail(file, 1, 1, `${f} JSON (as the format option says)`, 'text that is not JSON');
    if (s.kind === 'json' && f !== null && CSV_ONLY.has(f)) fail(file, 1, 1, `a ${f} CSV export (as the format option says)`, 'JSON');
    if (s.kind === 'csv') {
      rows = createCsvRowHandler({ file, delimiter: s.delimiter, time, series: options.series, forcedFormat: f, builder });
      scanner = createCsvScanner(file, s.delimiter, rows.onRow);
      mode = 'csv';
      scanner.push(text);
    } else {
      mode = 'buffer';
      addBuffered(text);
    }
  }

  function addBuffered(text: string): void {
    bufferedChars += text.length;
    if (bufferedChars > MAX_JSON_CHARS) {
      fail(file, 0, null, `a ${sniffed?.kind === 'json' ? 'JSON' : 'row-per-field CloudWatch'} file under ${MAX_JSON_CHARS / 1024 / 1024} MB (it is read whole)`, 'a larger file: export a coarser step or a shorter range');
    }
    buffered.push(text);
  }

  function guarded(work: () => void): void {
    if (failed !== null) return;
    try {
      work();
    } catch (e) {
      if (e instanceof TrafficInputError) failed = { ok: false, error: e.detail };
      else throw e;
    }
  }

  function push(chunk: string): void {
    guarded(() => {
      let text = chunk;
      if (!started && text.length > 0) {
        started = true;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      if (probed < BINARY_PROBE_CHARS) probeBinary(text);
      if (mode === 'csv') scanner?.push(text);
      else if (mode === 'buffer') addBuffered(text);
      else {
        head += text;
        // Decide only once the binary probe has seen the whole first KB, so the verdict
        // (and so the error) never depends on where the chunks were cut.
        const s = head.length < BINARY_PROBE_CHARS ? null : sniff(head, false, options.dateOrder);
        if (s !== null) {
          const all = head;
          head = '';
          start(s, all);
        }
      }
    });
  }

  function finish(): TrafficParseResult {
    guarded(() => {
      if (mode === 'sniff') {
        if (head.trim() === '') fail(file, 0, null, 'a header or data rows', 'an empty file');
        start(sniff(head, true, options.dateOrder) ?? { kind: 'csv', delimiter: 44, dateOrder: 'mdy' }, head);
        head = '';
      }
    });
    if (failed !== null) return failed;
    try {
      return complete();
    } catch (e) {
      if (e instanceof TrafficInputError) return { ok: false, error: e.detail };
      throw e;
    }
  }

  function complete(): TrafficParseResult {
    const z = zone;
    const meta = {
      allowGaps: options.allowGaps ?? true,
      timeZone: options.timeZone ?? 'UTC',
      inRepeatedHour: z === null ? undefined : (utc: number) => zoneRepeats(z, utc),
      get naiveAsUtc(): boolean {
        return naive > 0 && options.timeZone === undefined;
      },
    };
    if (mode === 'buffer' && sniffed !== null && time !== null) {
      const text = buffered.join('');
      buffered.length = 0;
      if (sniffed.kind === 'json') {
        const doc = readJsonDocument(file, text, time);
        const f = forced();
        if (f !== null && f !== doc.format) fail(file, 1, null, `the ${f} shape (as the format option says)`, `the ${doc.format} shape`);
        const read = emitSeries(file, doc.series, options.series, builder);
        const reading = (): ReturnType<typeof resolveReading> => resolveReading(file, options, read.reading);
        return builder.finish({ ...meta, reading, format: doc.format, series: read.series, warnings: [...doc.warnings, ...read.warnings, ...timeWarnings()], seriesChoices: read.choices });
      }
      const read = readCloudWatchRows(file, text, sniffed.delimiter, time, options.series, builder);
      const reading = (): ReturnType<typeof resolveReading> => resolveReading(file, options, readingFromName(read.series));
      return builder.finish({ ...meta, reading, format: 'cloudwatch', series: read.series, warnings: [...read.warnings, ...timeWarnings()] });
    }
    scanner?.finish();
    const plan = rows?.plan() ?? null;
    if (rows === null || plan === null) return { ok: false, error: importError(file, 0, null, 'a header or data rows', 'only blank lines') };
    if (builder.count === 0 && plan.hasHeader) {
      const why = rows.warnings()[0];
      fail(file, rows.headerLine() + 1, null, `data rows after the header on line ${rows.headerLine()}`, why === undefined ? 'none: the file has a header only' : `no usable rows (${why})`);
    }
    const handler = rows;
    const reading = (): ReturnType<typeof resolveReading> => resolveReading(file, options, handler.reading());
    return builder.finish({ ...meta, reading, format: plan.format, series: plan.label, warnings: [...plan.warnings, ...rows.warnings(), ...timeWarnings()], seriesChoices: plan.choices });
  }

  function timeWarnings(): string[] {
    const w: string[] = [];
    if (naive > 0) {
      const zoneName = options.timeZone ?? 'UTC';
      w.push(
        options.timeZone === undefined
          ? `${naive.toLocaleString('en-US')} timestamps carry no zone or UTC offset (as Grafana, Kibana and spreadsheets write the browser's local time); they were read as UTC. If they are local times, give the zone (--tz Europe/Paris, or the time zone in the app).`
          : `${naive.toLocaleString('en-US')} timestamps carry no zone or UTC offset; they were read in ${zoneName}, as asked.`,
      );
    }
    if (repeatedHour > 0) w.push(`${repeatedHour.toLocaleString('en-US')} timestamps fall in the hour that repeats when clocks go back in ${options.timeZone ?? 'UTC'} (DST); each pass of that hour was read as its own hour, in file order.`);
    return w;
  }

  return { push, finish };
}

/** Families that only come as JSON, and those that only come as CSV, for a forced format that contradicts the file. */
const JSON_ONLY = new Set<TrafficFormat>(['prometheus', 'azure', 'gcp', 'newrelic']);
const CSV_ONLY = new Set<TrafficFormat>(['csv', 'grafana', 'kibana', 'athena']);

function zoneRepeats(z: Zone, utc: number): boolean {
  return z.repeated(utc);
}

/** The whole text at once (tests, small files, the clipboard). */
export function parseTrafficText(text: string, options: TrafficImportOptions): TrafficParseResult {
  const parser = createTrafficParser(options);
  parser.push(text);
  return parser.finish();
}
