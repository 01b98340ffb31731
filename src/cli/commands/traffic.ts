import { analyzeHistory, NeedsPointsError, TRAFFIC_FORMATS, type HistoryAnalysis, type HistorySettings, type RateUnit, type TrafficFormatOption, type TrafficImportOptions, type TrafficParseResult, type TrafficSummary } from '../../shared/traffic';
import { importTrafficFile } from '../../main/traffic/import-traffic-file';
import { EXIT_FAILURE, EXIT_INVALID_PLAN, EXIT_OK, type CliIo } from '../io';
import { readOptions } from '../command-input';
import { defaultForecastArgs, finishForecastArgs, FORECAST_FLAG_OPTIONS, FORECAST_VALUE_OPTIONS, forecastJson, forecastLines, forecastUsage, takeForecastOption } from './traffic-forecast';

/** Bad input gets the same exit code as an invalid plan: the file was read but is wrong. */
const EXIT_BAD_INPUT = EXIT_INVALID_PLAN;

export const summary = 'Summarize a metrics export (rows, range, interval, daily peaks, baseline, robust growth, surges, daily shape)';
export const usage = `Usage: headroom traffic <file> [--json] [--format auto|${TRAFFIC_FORMATS.join('|')}]
                        [--count] [--unit perSecond|perMinute|perHour] [--series NAME]
                        [--tz ZONE] [--date-order mdy|dmy] [--strict]
                        [--window all|Nw | --from DATE --to DATE] [--statistic S]
                        [--baseline-days N] [--include-surges] [--method compound|linear]

  --json        print the summary as JSON
  --format      the export's format (default: detected from the content)
  --count       values are requests counted per interval (divided by the interval)
  --unit        values are rates in this unit; with --count or --unit the file's own
                hints (CloudWatch Sum/Count, .as_count(), a column named rps) are overridden,
                without them a file that does not say is refused
  --series      which column / query / series when the file has several
  --tz          time zone of date-times without an offset (default UTC)
  --date-order  order of slash dates such as 03/04/2026 (default: guessed)
  --strict      refuse gaps, rows out of time order and repeated timestamps
                instead of warning about them (by default rows are sorted and
                repeats merged, the larger value kept)
${forecastUsage}

Exit codes: 0 done, 1 unreadable file or bad options, 2 the file is not a usable metrics export.`;

const FORMATS: readonly TrafficFormatOption[] = ['auto', ...TRAFFIC_FORMATS];
const UNITS: readonly RateUnit[] = ['perSecond', 'perMinute', 'perHour'];

type Args = { file: string; json: boolean; options: TrafficImportOptions; forecast: HistorySettings };

function takeValue(argv: string[], i: number, name: string): [string | undefined, number] {
  const arg = argv[i] ?? '';
  if (arg.startsWith(`${name}=`)) return [arg.slice(name.length + 1), i];
  return [argv[i + 1], i + 1];
}

function parseArgs(argv: string[]): Args | string {
  let file: string | null = null;
  let json = false;
  const options: Omit<TrafficImportOptions, 'fileName'> = {};
  const forecast = defaultForecastArgs();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const name = arg.split('=')[0] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--count') options.valueKind = 'count';
    else if (arg === '--strict') options.allowGaps = false;
    else if (FORECAST_FLAG_OPTIONS.some((o) => o === arg)) {
      const problem = takeForecastOption(forecast, arg, undefined);
      if (problem !== null) return problem;
    } else if (FORECAST_VALUE_OPTIONS.some((o) => o === name)) {
      const [value, next] = takeValue(argv, i, name);
      i = next;
      const problem = takeForecastOption(forecast, name, value);
      if (problem !== null) return problem;
    }
    else if (['--format', '--unit', '--series', '--tz', '--date-order'].includes(name)) {
      const [value, next] = takeValue(argv, i, name);
      i = next;
      if (value === undefined || value === '') return `${name} expects a value`;
      if (name === '--format') {
        if (!FORMATS.some((f) => f === value)) return `--format expects one of ${FORMATS.join(', ')}, got ${JSON.stringify(value)}`;
        options.format = value as TrafficFormatOption;
      } else if (name === '--unit') {
        if (!UNITS.some((u) => u === value)) return `--unit expects one of ${UNITS.join(', ')}, got ${JSON.stringify(value)}`;
        options.rateUnit = value as RateUnit;
      } else if (name === '--date-order') {
        if (value !== 'mdy' && value !== 'dmy') return `--date-order expects mdy or dmy, got ${JSON.stringify(value)}`;
        options.dateOrder = value;
      } else if (name === '--series') options.series = value;
      else options.timeZone = value;
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else if (file === null) file = arg;
    else return `unexpected argument ${arg}`;
  }
  if (file === null) return 'missing the metrics file';
  const fileName = file.split(/[\\/]/).pop() ?? file;
  const settings = finishForecastArgs(forecast);
  if (typeof settings === 'string') return settings;
  return { file, json, options: { ...options, fileName }, forecast: settings };
}

/**
 * The file streamed as the app reads it, in flat memory: the summary is folded as rows
 * arrive and no point is kept. A file out of time order has to be sorted, so it is read
 * a second time keeping its points.
 */
async function readStreamed(file: string, options: TrafficImportOptions): Promise<TrafficParseResult> {
  try {
    return await importTrafficFile(file, { ...options, keepPoints: false });
  } catch (error) {
    if (!(error instanceof NeedsPointsError)) throw error;
    return importTrafficFile(file, { ...options, keepPoints: true });
  }
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const args = readOptions('traffic', usage, argv, io, parseArgs);
  if (typeof args === 'number') return args;
  let result: TrafficParseResult;
  try {
    result = await readStreamed(args.file, args.options);
  } catch (error) {
    io.stderr(`headroom traffic: cannot read ${args.file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_FAILURE;
  }
  if (!result.ok) {
    if (args.json) io.stdout(`${JSON.stringify({ ok: false, error: result.error }, null, 2)}\n`);
    io.stderr(`headroom traffic: ${result.error.message}\n`);
    return EXIT_BAD_INPUT;
  }
  const s = result.summary;
  const analysis = analyzeHistory(s.dailyPeaks, args.forecast);
  if (args.json) {
    const { dailyPeaks, profile: _profile, ...rest } = s;
    const out = { ok: true, summary: { ...rest, days: dailyPeaks.length, dailyPeaks }, ...forecastJson(s, analysis, args.forecast), warnings: result.warnings };
    io.stdout(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    io.stdout(`${renderText(s, analysis, result.warnings)}\n`);
  }
  return EXIT_OK;
}

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const rps = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

function seconds(s: number): string {
  if (s < 120) return `${rps.format(s)} s`;
  if (s < 7200) return `${rps.format(s / 60)} min`;
  return `${rps.format(s / 3600)} h`;
}

function renderText(s: TrafficSummary, analysis: HistoryAnalysis, warnings: string[]): string {
  const lines = [
    `${s.fileName}: ${s.format}${s.series === null ? '' : `, series ${JSON.stringify(s.series)}`}`,
    `  rows         ${integer.format(s.rows)}`,
    `  range        ${s.firstTimestamp} → ${s.lastTimestamp}`,
    `  values       ${s.valueNote ?? s.valueKind}`,
    `  interval     ${seconds(s.intervalSeconds)} (median step)${s.gaps.count > 0 ? `, ${s.gaps.count} gap${s.gaps.count === 1 ? '' : 's'} (largest ${seconds(s.gaps.largestSeconds)})` : ''}`,
    `  daily peaks  ${s.dailyPeaks.length} day${s.dailyPeaks.length === 1 ? '' : 's'} (UTC): max ${rps.format(s.peak)}, p99 ${rps.format(s.p99)}, p95 ${rps.format(s.p95)}, mean ${rps.format(s.mean)} req/s`,
    ...forecastLines(s, analysis),
  ];
  for (const w of warnings) lines.push(`  warning: ${w}`);
  return lines.join('\n');
}
