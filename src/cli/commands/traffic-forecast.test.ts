import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { synthesize, toCsv, weekdays } from '../../shared/traffic/forecast/synthetic.test-helper';
import { capturedIo } from '../captured-io.test-helper';
import { main } from '../main';

function io() {
  return capturedIo();
}

/** Ten weeks growing 3 %/month that end two days after a 3-day sale at +250 %. */
const dir = mkdtempSync(path.join(tmpdir(), 'headroom-cli-forecast-'));
const file = path.join(dir, 'sale.csv');
writeFileSync(
  file,
  toCsv(
    synthesize({ level: 10_000, monthlyGrowth: 0.03, weekly: weekdays(0.7), dailyAmplitude: 0.6, peakHourUtc: 19, pointNoise: 0.015, dayNoise: 0.008, days: 70, start: '2025-09-22', intervalMinutes: 15, missingDays: [], surge: { startDay: 65, days: 3, multiplier: 3.5 }, seed: 14 }).points,
  ),
);

interface ForecastJson {
  growth: { monthlyRate: number; excludedDays: { date: string; reason: string }[]; quality: string };
  baseline: { rps: number; excludedDays: { date: string }[]; daysUsed: number; includeSurges: boolean };
  surges: { start: string; end: string; multiplier: number; percentIncrease: number }[];
  profile: { peakToAverage: number; peakHour: number; timeZone: string };
  window: { from: string; to: string; days: number };
}

async function json(args: string[]): Promise<ForecastJson> {
  const t = io();
  expect(await main(['traffic', file, '--json', ...args], t.cliIo)).toBe(0);
  return JSON.parse(t.out()) as ForecastJson;
}

describe('headroom traffic: the forecast', () => {
  it('--json gives the surge, the days left out of the fit and the baseline, and the daily shape', async () => {
    const out = await json([]);
    expect(Math.abs(out.growth.monthlyRate - 0.03)).toBeLessThan(0.005);
    expect(out.surges).toHaveLength(1);
    expect(out.surges[0]).toMatchObject({ start: '2025-11-26', end: '2025-11-28' });
    expect(out.surges[0]?.multiplier).toBeGreaterThan(3.2);
    expect(out.growth.excludedDays.filter((d) => d.reason === 'surge').map((d) => d.date)).toEqual(['2025-11-26', '2025-11-27', '2025-11-28']);
    expect(out.baseline.excludedDays.map((d) => d.date)).toEqual(['2025-11-26', '2025-11-27', '2025-11-28']);
    expect(out.baseline.daysUsed).toBe(25);
    expect(out.profile.peakHour).toBe(19);
    expect(out.profile.timeZone).toBe('UTC');
    expect(out.profile.peakToAverage).toBeGreaterThan(1.5);
  });

  it('--include-surges counts the sale in the baseline; --window and --from/--to pick the days', async () => {
    const base = await json([]);
    const withSale = await json(['--include-surges']);
    expect(withSale.baseline.rps).toBeGreaterThan(2 * base.baseline.rps);
    expect(withSale.baseline.excludedDays).toEqual([]);
    expect((await json(['--window', '4w'])).window.days).toBe(28);
    const range = await json(['--from', '2025-10-01', '--to', '2025-11-20']);
    expect([range.window.from, range.window.to, range.window.days]).toEqual(['2025-10-01', '2025-11-20', 51]);
    expect(range.surges).toEqual([]);
  });

  it('prints the quality line and the surge in the text report', async () => {
    const t = io();
    expect(await main(['traffic', file, '--statistic', 'max', '--baseline-days', '14'], t.cliIo)).toBe(0);
    expect(t.out()).toMatch(/fit {10}weekly cycle removed; 3 days of a surge left out; .*the trend explains \d+% of the rest/);
    expect(t.out()).toMatch(/surge {8}2025-11-26 → 2025-11-28 \(3 days\): peak ×3\.\d\d over the trend \(\+2\d\d %\)/);
    expect(t.out()).toMatch(/baseline {5}[\d,.]+ req\/s \(max of 11 daily peaks, 2025-11-17 → 2025-11-30; 3 surge days left out/);
    expect(t.out()).toMatch(/daily shape {2}peak 1\.\d\d× the day's average, highest at 19:00 UTC/);
  });

  it('refuses bad forecast options with a clear message', async () => {
    for (const [args, message] of [
      [['--window', '0w'], /--window expects all or a number of weeks/],
      [['--from', '2025-13-01'], /--from expects a date as YYYY-MM-DD, got "2025-13-01"/],
      [['--from', '2025-11-01', '--to', '2025-10-01'], /--from 2025-11-01 is after --to 2025-10-01/],
      [['--window', '4w', '--from', '2025-10-01'], /--window and --from\/--to both choose the window/],
      [['--statistic', 'p90'], /--statistic expects one of max, p99, p95, mean/],
      [['--method', 'cubic'], /--method expects compound or linear/],
    ] as const) {
      const t = io();
      expect(await main(['traffic', file, ...args], t.cliIo)).toBe(1);
      expect(t.err()).toMatch(message);
    }
  });
});
