import { describe, expect, it } from 'vitest';
import { projectPlan } from '../../../../shared/engine';
import { analyzeHistory, DEFAULT_SETTINGS, parseTrafficText } from '../../../../shared/traffic';
import { synthesize, weekdays } from '../../../../shared/traffic/forecast/synthetic.test-helper';
import { samplePlan } from '../test-plan.test-helper';
import { plainChartTheme } from './chart-theme';
import { historyOption } from './history-option';
import { projectionOption } from './projection-option';
import { eventBarsOption, sizedTiers, tierCapacityOption } from './tier-options';

const plan = samplePlan();
const projection = projectPlan(plan);

function samplePlanSummary() {
  const r = parseTrafficText('t,v\n2026-01-01T00:00Z,10\n2026-01-02T00:00Z,11\n', { fileName: 'h.csv', valueKind: 'rate', rateUnit: 'perSecond' });
  if (!r.ok) throw new Error(r.error.message);
  return r.summary;
}

function seriesOf(option: unknown): { name?: string; data?: unknown[]; markArea?: { data: unknown[][] } }[] {
  return (option as { series: { name?: string; data?: unknown[]; markArea?: { data: unknown[][] } }[] }).series;
}

describe('traffic chart options', () => {
  it('history: daily peaks, and the fitted trend with its rate and R² in the legend', () => {
    const r = parseTrafficText('t,v\n2026-01-01T00:00Z,10\n2026-01-02T00:00Z,11\n2026-01-03T00:00Z,12.1\n', { fileName: 'h.csv', valueKind: 'rate', rateUnit: 'perSecond' });
    if (!r.ok) throw new Error(r.error.message);
    const analysis = analyzeHistory(r.summary.dailyPeaks, DEFAULT_SETTINGS);
    const series = seriesOf(historyOption({ summary: r.summary, analysis, baseline: { rps: 12, label: 'baseline' }, adopted: null }, plainChartTheme));
    expect(series[0]?.data).toEqual([['2026-01-01', 10], ['2026-01-02', 11], ['2026-01-03', 12.1]]);
    const trend = series.find((s) => s.name?.startsWith('Trend'));
    expect(trend?.name).toMatch(/^Trend: .* %\/month compound, R² 1\.000$/);
    expect(trend?.data).toHaveLength(3);
  });

  it('history: surge days marked outside the band, the surge shaded with its +N %, adopted labelled, the baseline days shaded', () => {
    const { dailyPeaks } = synthesize({ level: 1000, monthlyGrowth: 0.03, weekly: weekdays(0.7), dailyAmplitude: 0.5, peakHourUtc: 18, pointNoise: 0.01, dayNoise: 0.005, days: 70, start: '2025-09-22', intervalMinutes: 60, missingDays: [], surge: { startDay: 65, days: 3, multiplier: 3.5 }, seed: 2 });
    const summary = { ...samplePlanSummary(), dailyPeaks };
    const analysis = analyzeHistory(dailyPeaks, DEFAULT_SETTINGS);
    const sale = analysis.surges[0];
    if (!sale) throw new Error('no surge');
    const series = seriesOf(historyOption({ summary, analysis, baseline: null, adopted: { start: sale.start, end: sale.end, multiplier: sale.multiplier } }, plainChartTheme));
    const surgeDays = series.find((s) => s.name === 'Surge day');
    expect(surgeDays?.data?.map((d) => (d as [string, number])[0])).toEqual(['2025-11-26', '2025-11-27', '2025-11-28']);
    expect(surgeDays?.markArea?.data).toEqual([[{ xAxis: '2025-11-26', name: `adopted: +${Math.round((sale.multiplier - 1) * 100)} %` }, { xAxis: '2025-11-29' }]]);
    const band = series.find((s) => s.name === 'Expected range')?.data as [string, number][];
    const low = series.find((s) => s.name === 'band-low')?.data as [string, number][];
    for (const [date, peak] of surgeDays?.data as [string, number][]) {
      const i = low.findIndex((d) => d[0] === date);
      expect(peak).toBeGreaterThan((low[i]?.[1] ?? 0) + (band[i]?.[1] ?? 0));
    }
    expect(series[0]?.markArea?.data).toEqual([[{ xAxis: analysis.baseline.from, name: 'baseline days' }, { xAxis: '2025-12-01' }]]);
  });

  it('projection: one value per month and the event peak above its month', () => {
    const series = seriesOf(projectionOption(projection, null, plainChartTheme));
    expect(series[0]?.data).toHaveLength(projection.months.length);
    const event = series.find((s) => s.name?.startsWith('Event peak'));
    expect(event?.data).toEqual([[projection.months[projection.eventMonthIndex], projection.totals.entryRpsAtEvent]]);
  });

  it('projection: the peak\'s label and the event line\'s label are apart, and the peak sits below the legend', () => {
    const option = projectionOption(projection, null, plainChartTheme) as { yAxis: { boundaryGap?: unknown }; series: { markLine?: { label: { position?: string } } }[] };
    // The event line's label runs along the bottom of the line, the peak's sits above its point.
    expect(option.series[0]?.markLine?.label.position).toBe('insideStartTop');
    // Room above the highest value for the peak's label, under the legend.
    expect(option.yAxis.boundaryGap).toEqual([0, '25%']);
  });

  it('tier capacity: one panel per sized tier with required and today, shaded from the first short month', () => {
    const { option, shown } = tierCapacityOption(projection, plainChartTheme);
    const tiers = sizedTiers(projection);
    expect(shown).toBe(Math.min(tiers.length, 12));
    const series = seriesOf(option);
    expect(series).toHaveLength(shown * 2);
    for (const [i, tier] of tiers.slice(0, shown).entries()) {
      expect(series[2 * i + 1]?.data).toEqual(projection.months.map(() => tier.current));
      if (tier.firstShortMonth === null) expect(series[2 * i]?.markArea).toBeUndefined();
      else expect(series[2 * i]?.markArea?.data[0]).toEqual([{ xAxis: projection.months[tier.firstShortMonth] }, { xAxis: projection.months.at(-1) }]);
    }
  });

  it('event bars: today and required at the event per tier', () => {
    const series = seriesOf(eventBarsOption(projection, plainChartTheme));
    const tiers = sizedTiers(projection);
    expect(series[0]?.data).toEqual(tiers.map((t) => t.atEvent.current));
    const covered = series[1]?.data as (number | null)[];
    const short = series[2]?.data as (number | null)[];
    expect(tiers.map((_, k) => covered[k] ?? short[k])).toEqual(tiers.map((t) => t.atEvent.required));
  });

  it('the event bars’ legend colours are their bars’ colours: short tiers are their own red legend entry', () => {
    const option = eventBarsOption(projection, plainChartTheme) as { series: { name: string; color: string; data: unknown[]; stack?: string }[] };
    const tiers = sizedTiers(projection);
    expect(option.series.map((s) => s.name)).toEqual(['Today', 'Required at the event', 'Required, short today']);
    expect(option.series[2]!.color).toBe(plainChartTheme.short);
    for (const s of option.series) for (const d of s.data) expect(typeof d === 'number' || d === null, `${s.name}: a bar coloured apart from its legend`).toBe(true);
    tiers.forEach((t, k) => {
      const isShort = t.atEvent.required > t.atEvent.current;
      expect(option.series[isShort ? 2 : 1]!.data[k]).toBe(t.atEvent.required);
      expect(option.series[isShort ? 1 : 2]!.data[k]).toBeNull();
    });
    expect(option.series[1]!.stack).toBe(option.series[2]!.stack);
  });

  it('the event bars’ legend lists only colours some bar uses (no blue entry when every tier is short)', () => {
    const option = eventBarsOption(projection, plainChartTheme) as { legend: { data: string[] }; series: { name: string; data: unknown[] }[] };
    const used = option.series.filter((s) => s.data.some((d) => typeof d === 'number')).map((s) => s.name);
    expect(option.legend.data).toEqual(used);
    expect(sizedTiers(projection).every((t) => t.atEvent.required > t.atEvent.current)).toBe(true);
    expect(option.legend.data).not.toContain('Required at the event');
  });
});
