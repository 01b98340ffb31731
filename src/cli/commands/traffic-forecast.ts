import type { HistoryWindow } from '../../shared/model/traffic-history';
import { DEFAULT_SETTINGS, type BaselineStatistic, type GrowthMethod, type HistoryAnalysis, type HistorySettings, type TrafficSummary } from '../../shared/traffic';

/**
 * The forecast part of `headroom traffic` (issue 14): its options (window, baseline,
 * method) and what it prints. Every figure comes from the shared `analyzeHistory`, the
 * computation the app stores in the plan; this file only formats.
 */
export const forecastUsage = `  --window SPAN  the part of the history used for the fit and the baseline:
                 all (default) or the last N weeks (10w, or 10)
  --from DATE    the window as a date range from DATE (YYYY-MM-DD) …
  --to DATE      … to DATE (either may be left out)
  --statistic S  baseline statistic of daily peaks: max, p99, p95 (default) or mean
  --baseline-days N  the baseline is taken over the last N days of the window (default 28)
  --include-surges   count surge days in the baseline (default: left out)
  --method M     growth fitted compound (default) or linear`;

export const FORECAST_VALUE_OPTIONS = ['--window', '--from', '--to', '--statistic', '--baseline-days', '--method'] as const;
export const FORECAST_FLAG_OPTIONS = ['--include-surges'] as const;

export interface ForecastArgs {
  window: HistoryWindow | undefined;
  from: string | undefined;
  to: string | undefined;
  settings: HistorySettings;
}

export function defaultForecastArgs(): ForecastArgs {
  return { window: undefined, from: undefined, to: undefined, settings: { ...DEFAULT_SETTINGS } };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const STATISTICS: readonly BaselineStatistic[] = ['max', 'p99', 'p95', 'mean'];
const METHODS: readonly GrowthMethod[] = ['compound', 'linear'];

function isDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const ms = Date.parse(`${value}T00:00:00Z`);
  return Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 10) === value;
}

/** Takes one forecast option; returns an error message, or null when taken. */
export function takeForecastOption(args: ForecastArgs, name: string, value: string | undefined): string | null {
  if (name === '--include-surges') {
    args.settings.includeSurges = true;
    return null;
  }
  if (value === undefined || value === '') return `${name} expects a value`;
  switch (name) {
    case '--window': {
      if (value === 'all') args.window = { kind: 'all' };
      else {
        const m = /^(\d+)w?$/.exec(value);
        const weeks = m ? Number(m[1]) : NaN;
        if (!(weeks >= 1 && weeks <= 530)) return `--window expects all or a number of weeks from 1 to 530 (10w), got ${JSON.stringify(value)}`;
        args.window = { kind: 'lastWeeks', weeks };
      }
      return null;
    }
    case '--from':
    case '--to':
      if (!isDate(value)) return `${name} expects a date as YYYY-MM-DD, got ${JSON.stringify(value)}`;
      if (name === '--from') args.from = value;
      else args.to = value;
      return null;
    case '--statistic':
      if (!STATISTICS.some((s) => s === value)) return `--statistic expects one of ${STATISTICS.join(', ')}, got ${JSON.stringify(value)}`;
      args.settings.statistic = value as BaselineStatistic;
      return null;
    case '--baseline-days': {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1 || n > 3660) return `--baseline-days expects a whole number of days from 1 to 3660, got ${JSON.stringify(value)}`;
      args.settings.baselineDays = n;
      return null;
    }
    case '--method':
      if (!METHODS.some((m) => m === value)) return `--method expects compound or linear, got ${JSON.stringify(value)}`;
      args.settings.method = value as GrowthMethod;
      return null;
    default:
      return `unknown option ${name}`;
  }
}

/** The settings once every option is read; a range and --window together are refused. */
export function finishForecastArgs(args: ForecastArgs): HistorySettings | string {
  if (args.from !== undefined || args.to !== undefined) {
    if (args.window !== undefined) return '--window and --from/--to both choose the window: give one or the other';
    if (args.from !== undefined && args.to !== undefined && args.from > args.to) return `--from ${args.from} is after --to ${args.to}`;
    return { ...args.settings, window: { kind: 'range', ...(args.from ? { from: args.from } : {}), ...(args.to ? { to: args.to } : {}) } };
  }
  return { ...args.settings, window: args.window };
}

/** The JSON the CLI prints beside the summary: growth, baseline, surges, profile, year over year. */
export function forecastJson(summary: TrafficSummary, a: HistoryAnalysis, settings: HistorySettings) {
  const growth =
    'fit' in a.growth
      ? {
          method: a.growth.fit.method,
          monthlyRate: a.growth.fit.monthlyRate,
          r2: a.growth.fit.r2,
          pointsUsed: a.growth.fit.pointsUsed,
          firstDate: a.growth.fit.firstDate,
          lastDate: a.growth.fit.lastDate,
          weeklyCycleRemoved: a.growth.fit.weekly.removed,
          weekdayFactors: a.growth.fit.weekly.factors,
          excludedDays: a.excludedDays,
          quality: a.quality,
        }
      : { error: a.growth.error, excludedDays: a.excludedDays };
  const b = a.baseline;
  return {
    window: a.window,
    growth,
    baseline: { statistic: b.statistic, windowDays: settings.baselineDays, from: b.from, to: b.to, rps: b.rps, daysUsed: b.daysUsed, includeSurges: settings.includeSurges, excludedDays: b.excludedDays },
    surges: a.surges,
    profile: summary.profile ? { peakToAverage: summary.profile.peakToAverage, peakHour: summary.profile.peakHour, timeZone: summary.profile.timeZone, daysUsed: summary.profile.daysUsed } : null,
    yearOverYear: a.yoy,
  };
}

const rps = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const pct = (x: number, digits = 2) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(digits)} %`;

/** The forecast lines of the text report. */
export function forecastLines(summary: TrafficSummary, a: HistoryAnalysis): string[] {
  const b = a.baseline;
  const left = b.excludedDays.length > 0 ? `; ${b.excludedDays.length} surge day${b.excludedDays.length === 1 ? '' : 's'} left out (--include-surges counts them)` : b.surgeDaysIncluded > 0 ? `; ${b.surgeDaysIncluded} surge day${b.surgeDaysIncluded === 1 ? '' : 's'} counted` : '';
  const lines = [
    `  window       ${a.window.description}: ${a.window.from} → ${a.window.to}, ${a.window.days} day${a.window.days === 1 ? '' : 's'}`,
    `  baseline     ${rps.format(b.rps)} req/s (${b.statistic} of ${b.daysUsed} daily peaks, ${b.from} → ${b.to}${left})`,
  ];
  if ('fit' in a.growth) {
    const f = a.growth.fit;
    lines.push(`  growth       ${pct(f.monthlyRate)}/month ${f.method} (R² ${f.r2.toFixed(3)}, ${f.pointsUsed} days fitted)`);
    lines.push(`  fit          ${a.quality}`);
  } else lines.push(`  growth       not fitted: ${a.growth.error}`);
  if (a.yoy) lines.push(`  year/year    ${a.yoy.month} vs ${a.yoy.lastYearMonth}: median daily peak ${rps.format(a.yoy.medianPeak)} vs ${rps.format(a.yoy.lastYearMedianPeak)} req/s, ${pct(a.yoy.yoyGrowth, 1)} (${pct(a.yoy.monthlyEquivalent)}/month)`);
  for (const s of a.surges) {
    lines.push(`  surge        ${s.start} → ${s.end} (${s.days} day${s.days === 1 ? '' : 's'}): peak ×${s.multiplier.toFixed(2)} over the trend (+${Math.round(s.percentIncrease)} %), ${rps.format(s.peakRps)} req/s on ${s.peakDate}${s.atEnd ? ', still running at the end of the window' : ''}`);
  }
  const p = summary.profile;
  if (p) lines.push(`  daily shape  peak ${p.peakToAverage.toFixed(2)}× the day's average, highest at ${String(p.peakHour).padStart(2, '0')}:00 ${p.timeZone} (${p.daysUsed} full days)`);
  return lines;
}
